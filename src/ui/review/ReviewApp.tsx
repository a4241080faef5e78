import { Box, useApp } from 'ink';
import { useRef, useState } from 'react';
import { folderNames } from '../../review/names.js';
import { finishPlace, readPlaces } from '../../review/places.js';
import { decide, readReview, undo, type Order, type Review } from '../../review/session.js';
import { indicatorEntry, proposeIndicator } from '../../review/indicators.js';
import { rt } from './words.js';
import { PickerView } from '../modes/picker/view.js';
import type { Lang } from '../strings.js';
import { Lines } from '../components/Lines.js';
import { useKeys, useTerminalSize, type Size } from '../input/keys.js';
import { commandFor } from '../keys/keymap.js';
import { initialReview, reread, reviewMode, reviewType, reviewUpdate, type ReviewEffect, type ReviewState } from './state.js';
import { reviewLines } from './view.js';

/**
 * The review screen: keys to commands by the one key table, commands to the next state by
 * `reviewUpdate`, and its effects (a decision written, undone, the folder read again) made
 * here, the only place that writes.
 */
export function ReviewApp({
  review,
  order,
  lang = 'en',
  size: fixedSize,
  onInterrupt,
}: {
  review: Review;
  order: Order;
  lang?: Lang;
  size?: Size;
  onInterrupt?: () => void;
}) {
  const [state, setState] = useState(() => ({
    ...initialReview(review, order, folderNames(review.dir), lang),
    places: placesOf(review.dir),
  }));
  const latest = useRef(state);
  // After q, keys still in the same read must decide nothing (a file written after quitting).
  const quitting = useRef(false);
  const size = useTerminalSize(fixedSize);
  const { exit } = useApp();

  const run = (effects: readonly ReviewEffect[], from: ReviewState): ReviewState => {
    let next = from;
    for (const effect of effects) {
      const dir = next.review.dir;
      if (effect.type === 'quit') {
        quitting.current = true;
        exit();
      } else if (effect.type === 'reorder') {
        next = reread(next, readReview(dir, effect.order), null);
      } else if (effect.type === 'undo') {
        const [last, ...rest] = next.done;
        const outcome = undo(dir, last!.outcome);
        // Undone, the proposal is back, and shown again.
        // The folder's lists are read again too: a new indicator may be what was undone.
        next =
          'written' in outcome
            ? { ...reread(next, readReview(dir, next.order), rt('undone', next.lang), rest, last!.id), names: folderNames(dir) }
            : { ...next, message: messageOf(outcome, next.lang) };
      } else if (effect.type === 'proposeIndicator') {
        next = proposingIndicator(next, effect);
      } else if (effect.type === 'finishPlace') {
        const outcome = next.places ? finishPlace(dir, next.places, effect.id, effect.edits) : { problem: 'places.yaml cannot be read' };
        // Finished, the form closes; refused, it stays open with the fields given, and says why.
        next =
          'written' in outcome
            ? { ...next, places: placesOf(dir), placeForm: null, message: rt('placeFinished', next.lang, { id: effect.id }) }
            : { ...next, places: 'conflict' in outcome ? placesOf(dir) : next.places, message: messageOf(outcome, next.lang) };
      } else {
        const doc = next.review.documents.find((d) => d.id === effect.document)!;
        const outcome = decide(dir, doc.file, effect.decision);
        if ('written' in outcome) {
          const id = 'id' in effect.decision ? effect.decision.id : null;
          next = reread(next, readReview(dir, next.order), saidOf(effect, next.lang), [{ outcome, id }, ...next.done]);
        } else {
          // A file changed on disk is read again; a decision that left a problem was undone.
          next = { ...reread(next, readReview(dir, next.order), null), message: messageOf(outcome, next.lang) };
        }
      }
    }
    return next;
  };

  const take = (input: string, key: Parameters<typeof commandFor>[2]) => {
    const mode = reviewMode(latest.current);
    const command = commandFor(mode, input, key);
    if (command === 'interrupt') onInterrupt?.();
    let next: ReviewState;
    if (command) {
      const { state: s, effects } = reviewUpdate(latest.current, command, pickerRows(size.rows));
      next = run(effects, s);
    } else if (typingIn(mode) && input !== '' && !key.ctrl && !key.meta) {
      next = reviewType(latest.current, input);
    } else return;
    latest.current = next;
    setState(next);
  };

  const typing = () => typingIn(reviewMode(latest.current));
  useKeys(
    (event) => {
      if (quitting.current) return;
      if (event.kind === 'key') return take(event.input, event.key);
      // Text typed ahead or pasted goes into the field being edited; a paste anywhere else decides nothing.
      if (!typing()) return;
      latest.current = reviewType(latest.current, event.text);
      setState(latest.current);
    },
    { takesText: typing },
  );

  const width = Math.max(20, size.columns);
  const height = Math.max(4, size.rows - 1);
  const lines = reviewLines(state, width, height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[lines.title]} width={width} />
      <Box height={height - 1 - lines.status.length} flexDirection="column">
        {state.picker ? (
          <PickerView picker={state.picker} lang={state.lang} width={width} height={height - 1 - lines.status.length} />
        ) : (
          <Lines lines={lines.body} width={width} />
        )}
      </Box>
      <Lines lines={lines.status} width={width} />
    </Box>
  );
}

/**
 * A new indicator written to the folder's list, then the proposal's indicator set to it: two
 * decisions, which u takes back one at a time, the proposal's first.
 */
function proposingIndicator(state: ReviewState, effect: Extract<ReviewEffect, { type: 'proposeIndicator' }>): ReviewState {
  const dir = state.review.dir;
  const entry = indicatorEntry(effect.draft, state.names.indicator);
  if (typeof entry === 'string') return { ...state, message: `indicator: ${entry}` };
  const proposed = proposeIndicator(dir, entry);
  if (!('written' in proposed)) return { ...state, message: messageOf(proposed, state.lang) };
  const listed: ReviewState = {
    ...state,
    names: folderNames(dir),
    done: [{ outcome: proposed, id: null }, ...state.done],
    message: rt('indicatorProposed', state.lang, { id: entry.id }),
  };
  const doc = state.review.documents.find((d) => d.id === effect.document)!;
  const outcome = decide(dir, doc.file, { type: 'edit', id: effect.id, edits: { indicator: entry.id } });
  if (!('written' in outcome)) return { ...reread(listed, readReview(dir, state.order), null), message: messageOf(outcome, state.lang) };
  return reread(listed, readReview(dir, state.order), listed.message, [{ outcome, id: effect.id }, ...listed.done]);
}

/** The folder's places, or none where places.yaml cannot be read (validate says why): the review of figures goes on. */
function placesOf(dir: string) {
  const read = readPlaces(dir);
  return 'problem' in read ? null : read;
}

/** The modes whose keys are text typed into a box or a list's filter. */
const typingIn = (mode: string) => ['reviewText', 'reviewPicker', 'reviewPlaceText'].includes(mode);

/** The rows a field's list shows: the screen's less its title and status lines. */
const pickerRows = (rows: number) => Math.max(1, rows - 4);

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
        : rt('acceptedAll', lang, { doc: effect.document });
}
