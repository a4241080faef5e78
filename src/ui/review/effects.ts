import { indicatorEntry, proposeIndicator } from '../../review/indicators.js';
import { folderNames } from '../../review/names.js';
import { addDivision, finishPlace, readPlaces } from '../../review/places.js';
import type { Edits } from '../../review/decisions.js';
import { afterDecision } from '../../review/afterDecision.js';
import { readReview } from '../../review/session.js';
import { decide, undo, type Outcome } from '../../review/write.js';
import type { Lang } from '../strings.js';
import { reread, type ReviewEffect, type ReviewState } from './reviewState.js';
import { rt } from './words.js';

/**
 * The review's effects made: each decision written and checked, undone, the folder read again,
 * a new indicator or a gazetteer's division added to the folder's lists. The screen's state
 * says what is to be done; only this writes, and each write's outcome becomes the next state.
 */

/** The folder's places, or none where places.yaml cannot be read (validate says why): the review of figures goes on. */
export function placesOf(dir: string) {
  const read = readPlaces(dir);
  return 'problem' in read ? null : read;
}

/** Makes the effects in turn; `quit` ends the screen. */
export function runEffects(effects: readonly ReviewEffect[], from: ReviewState, quit: () => void): ReviewState {
  let next = from;
  for (const effect of effects) {
    const dir = next.review.dir;
    switch (effect.type) {
      case 'quit':
        quit();
        break;
      case 'reorder':
        next = reread(next, readReview(dir, effect.order), null);
        break;
      case 'undo': {
        const [last, ...rest] = next.done;
        const outcome = undo(dir, last!.outcome);
        if (!('written' in outcome)) {
          next = { ...next, message: messageOf(outcome, next.lang) };
          break;
        }
        // Undone, the proposal is back, and shown again. A list's write undone (a new indicator or
        // place) leaves every document as it was: the lists are read again, not the folder.
        const documentWrite = next.review.documents.some((d) => d.file.path === outcome.written.path);
        const review = documentWrite ? afterDecision(next.review, outcome, next.order) : next.review;
        next = { ...reread(next, review, rt('undone', next.lang), rest, last!.id), ...(documentWrite ? {} : listsOf(dir)) };
        break;
      }
      case 'proposeIndicator': {
        const entry = indicatorEntry(effect.draft, next.names.indicator);
        next =
          typeof entry === 'string'
            ? { ...next, message: `indicator: ${entry}` }
            : thenEdited(
                next,
                effect,
                { id: entry.id, outcome: proposeIndicator(dir, entry) },
                { indicator: entry.id },
                'indicatorProposed',
              );
        break;
      }
      case 'addDivision': {
        const added = next.places ? addDivision(dir, next.places, effect.code) : { problem: 'places.yaml cannot be read' };
        next =
          'problem' in added
            ? { ...next, message: messageOf(added, next.lang) }
            : thenEdited(next, effect, added, { place: added.id }, 'placeAdded');
        break;
      }
      case 'finishPlace': {
        const outcome = next.places ? finishPlace(dir, next.places, effect.id, effect.edits) : { problem: 'places.yaml cannot be read' };
        // Finished, the form closes; refused, it stays open with the fields given, and says why.
        next =
          'written' in outcome
            ? { ...next, ...listsOf(dir), placeForm: null, message: rt('placeFinished', next.lang, { id: effect.id }) }
            : { ...next, places: 'conflict' in outcome ? placesOf(dir) : next.places, message: messageOf(outcome, next.lang) };
        break;
      }
      case 'decide': {
        const doc = next.review.documents.find((d) => d.id === effect.document)!;
        const outcome = decide(dir, doc.file, effect.decision);
        if ('written' in outcome) {
          const id = 'id' in effect.decision ? effect.decision.id : null;
          next = reread(next, afterDecision(next.review, outcome, next.order), saidOf(effect, next.lang), [{ outcome, id }, ...next.done]);
        } else {
          // A file changed on disk is read again; a decision that left a problem was undone.
          next = { ...reread(next, afterDecision(next.review, outcome, next.order), null), message: messageOf(outcome, next.lang) };
        }
        break;
      }
    }
  }
  return next;
}

/** The folder's lists as they are now: its names, and its places. */
const listsOf = (dir: string) => ({ names: folderNames(dir), places: placesOf(dir) });

/**
 * An entry added to one of the folder's lists (a new indicator, a division of the gazetteer),
 * then the proposal edited to name it: two decisions, which u takes back one at a time, the
 * proposal's first. An entry the list had already is only named.
 */
function thenEdited(
  state: ReviewState,
  effect: { readonly document: string; readonly id: string },
  added: { readonly id: string; readonly outcome?: Outcome },
  edits: Edits,
  said: 'indicatorProposed' | 'placeAdded',
): ReviewState {
  const dir = state.review.dir;
  if (added.outcome && !('written' in added.outcome)) return { ...state, message: messageOf(added.outcome, state.lang) };
  const written = added.outcome && 'written' in added.outcome ? [{ outcome: added.outcome, id: null }] : [];
  const listed: ReviewState = { ...state, ...listsOf(dir), done: [...written, ...state.done] };
  const doc = state.review.documents.find((d) => d.id === effect.document)!;
  const outcome = decide(dir, doc.file, { type: 'edit', id: effect.id, edits });
  const review = afterDecision(state.review, outcome, state.order);
  if (!('written' in outcome)) return { ...reread(listed, review, null), message: messageOf(outcome, state.lang) };
  return reread(listed, review, rt(said, state.lang, { id: added.id }), [{ outcome, id: effect.id }, ...listed.done]);
}

function messageOf(outcome: { conflict: string } | { problem: string }, lang: Lang): string {
  return 'conflict' in outcome ? outcome.conflict : rt('notWritten', lang, { why: outcome.problem });
}

function saidOf(effect: Extract<ReviewEffect, { type: 'decide' }>, lang: Lang): string {
  const d = effect.decision;
  return d.type === 'accept'
    ? rt('accepted', lang)
    : d.type === 'reject'
      ? rt('rejected', lang)
      : d.type === 'edit'
        ? rt('edited', lang)
        : d.type === 'link'
          ? rt(d.key === 'progress_of' ? 'linkedReport' : 'linkedBaseline', lang, { id: d.id, target: d.target ?? '' })
          : rt('acceptedAll', lang, { doc: effect.document });
}
