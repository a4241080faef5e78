import { readyToAccept, type Order } from '../../review/session.js';
import { type Decision } from '../../review/write.js';
import { EDITABLE_FIELDS, editOf } from '../../review/fields.js';
import type { Command } from '../keys/words.js';
import { editQuery, typed } from '../text/query.js';
import { fieldPick, fieldPicker, typeIntoFieldPicker } from './picker.js';
import { rt } from './words.js';
import { nextIndicatorStep, startNewIndicator } from './newIndicator.js';
import { openPlaceForm, placeFormType, placeFormUpdate, proposedPlace } from './placeForm.js';
import { linksUpdate, openLinks } from './linksOverlay.js';
import { listType, listUpdate, openList } from './list.js';
import { openPreview, previewUpdate } from './preview.js';
import { currentProposal, namedProposedPlace, reviewMode, type ReviewEffect, type ReviewState } from './reviewState.js';

/**
 * What each key does to the review's state: pure, as the explorer's update is. Decisions are
 * effects: `update` names the decision, effects.ts makes it (a file written) and hands back
 * what came of it.
 */

const indexOf = (state: ReviewState) =>
  Math.max(
    0,
    state.review.proposals.findIndex((p) => p.fact.id === state.current),
  );

/** The proposal after a move, staying within the list. */
function moved(state: ReviewState, step: number): ReviewState {
  const list = state.review.proposals;
  if (list.length === 0) return state;
  const at = Math.min(list.length - 1, Math.max(0, indexOf(state) + step));
  return { ...state, current: list[at]!.fact.id, message: null };
}

const decide = (state: ReviewState, decision: Decision): { state: ReviewState; effects: ReviewEffect[] } => {
  const p = currentProposal(state);
  return p ? { state, effects: [{ type: 'decide', document: p.document, decision }] } : { state, effects: [] };
};

/**
 * What a key's command does to the review; `page` is how many rows of a list the screen shows,
 * which PgUp and PgDn move by.
 */
export function reviewUpdate(state: ReviewState, command: Command, page = 10): { state: ReviewState; effects: ReviewEffect[] } {
  const none = (s: ReviewState) => ({ state: s, effects: [] as ReviewEffect[] });
  const p = currentProposal(state);
  if (command === 'interrupt' || command === 'quit') return { state, effects: [{ type: 'quit' }] };
  switch (reviewMode(state)) {
    case 'reviewPlace':
    case 'reviewPlaceText': {
      const place = proposedPlace(state.places, state.placeForm!.id);
      if (!place) return none({ ...state, placeForm: null });
      const { form, effects } = placeFormUpdate(state.placeForm!, place, command);
      return { state: { ...state, placeForm: form }, effects };
    }
    case 'reviewLinks':
      return linksUpdate(state, command);
    case 'reviewPreview':
      return previewUpdate(state, command);
    case 'reviewList':
    case 'reviewListMin':
    case 'reviewListConfirm':
      return listUpdate(state, command);
    case 'reviewConfirm': {
      if (command === 'close') return none({ ...state, confirm: null });
      if (command !== 'confirm' || !state.confirm) return none(state);
      const except = [...state.skipped, ...state.confirm.unready];
      return {
        state: { ...state, confirm: null },
        effects: [{ type: 'decide', document: state.confirm.document, decision: { type: 'accept-all', except } }],
      };
    }
    case 'reviewText': {
      const text = state.text!;
      if (command === 'close') return none({ ...state, text: null });
      if (command === 'deleteChar') return none({ ...state, text: { ...text, value: editQuery(text.value, 'backspace') } });
      if (command === 'clearQuery') return none({ ...state, text: { ...text, value: '' } });
      if (command !== 'choose' || !p) return none(state);
      if (text.newIndicator) {
        const step = nextIndicatorStep(text.newIndicator, text.value, p.fact.unit);
        if ('ask' in step) return none({ ...state, text: { ...text, value: '', newIndicator: step.ask }, message: null });
        return {
          state: { ...state, text: null },
          effects: [{ type: 'proposeIndicator', document: p.document, id: p.fact.id, draft: step.draft }],
        };
      }
      const edits = editOf(text.field, text.value, state.names);
      if (typeof edits === 'string') return none({ ...state, message: edits });
      return decide({ ...state, text: null }, { type: 'edit', id: p.fact.id, edits });
    }
    case 'reviewFields': {
      const fields = state.fields!;
      if (command === 'close') return none({ ...state, fields: null });
      if (command === 'up' || command === 'down') {
        const cursor = Math.min(EDITABLE_FIELDS.length - 1, Math.max(0, fields.cursor + (command === 'down' ? 1 : -1)));
        return none({ ...state, fields: { cursor } });
      }
      if (command !== 'choose' || !p) return none(state);
      const field = EDITABLE_FIELDS[fields.cursor]!;
      // A field whose value comes from a list is chosen from it; the rest are typed.
      if (field.input === 'choice') return none({ ...state, picker: fieldPicker(field, p.fact, state.names, state.lang), message: null });
      return none({ ...state, text: { field, value: field.value(p.fact) } });
    }
    case 'reviewPicker': {
      const outcome = fieldPick(state.picker!, command, page);
      if ('picker' in outcome) return none({ ...state, picker: outcome.picker });
      const closed = { ...state, picker: null };
      if ('cancelled' in outcome || !p) return none(closed);
      if ('newIndicator' in outcome) return none({ ...closed, ...startNewIndicator(state.picker!.field, outcome.newIndicator) });
      if ('division' in outcome)
        return { state: closed, effects: [{ type: 'addDivision', document: p.document, id: p.fact.id, code: outcome.division }] };
      const edits = editOf(state.picker!.field, outcome.value, state.names);
      if (typeof edits === 'string') return none({ ...state, message: edits });
      return decide(closed, { type: 'edit', id: p.fact.id, edits });
    }
    case 'review':
    default:
      break;
  }
  switch (command) {
    case 'down':
      return none(moved(state, 1));
    case 'up':
      return none(moved(state, -1));
    case 'skip':
      if (!p) return none(state);
      return none({ ...moved(state, 1), skipped: state.skipped.includes(p.fact.id) ? state.skipped : [...state.skipped, p.fact.id] });
    case 'accept':
      return p ? decide(state, { type: 'accept', id: p.fact.id }) : none(state);
    case 'reject':
      return p ? decide(state, { type: 'reject', id: p.fact.id }) : none(state);
    case 'undo':
      return state.done.length === 0
        ? none({ ...state, message: rt('nothingToUndo', state.lang) })
        : { state, effects: [{ type: 'undo' }] };
    case 'edit':
      return p ? none({ ...state, fields: { cursor: 0 }, message: null }) : none(state);
    case 'openPlace': {
      const place = namedProposedPlace(state);
      return none(
        place
          ? { ...state, placeForm: openPlaceForm(place.entry.id), message: null }
          : { ...state, message: rt('noProposedPlace', state.lang) },
      );
    }
    case 'acceptAll': {
      if (!p) return none(state);
      const mine = state.review.proposals.filter((q) => q.document === p.document && !state.skipped.includes(q.fact.id));
      const unready = mine.filter((q) => !readyToAccept(q)).map((q) => q.fact.id);
      return none({ ...state, confirm: { document: p.document, count: mine.length - unready.length, unready } });
    }
    case 'links':
      return none(openLinks(state));
    case 'folderList':
      return none({ ...state, list: openList(), message: null });
    case 'preview':
      return p ? none(openPreview(state, p.fact.id)) : none(state);
    case 'cycleOrder': {
      const order: Order = state.order === 'confidence' ? 'text' : 'confidence';
      return { state: { ...state, order }, effects: [{ type: 'reorder', order }] };
    }
    default:
      return none(state);
  }
}

/** Text typed into the box that has the keyboard. */
export function reviewType(state: ReviewState, text: string): ReviewState {
  if (state.list && state.list.typing !== null) return { ...state, list: listType(state.list, typed(text)) };
  if (state.placeForm) return { ...state, placeForm: placeFormType(state.placeForm, text) };
  if (state.text) return { ...state, text: { ...state.text, value: state.text.value + typed(text) } };
  return state.picker ? { ...state, picker: typeIntoFieldPicker(state.picker, text) } : state;
}
