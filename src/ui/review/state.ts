import { readyToAccept, type Decision, type Order, type Outcome, type Proposal, type Review } from '../../review/session.js';
import { EDITABLE_FIELDS, editOf, type EditableField } from '../../review/fields.js';
import type { FolderNames } from '../../review/names.js';
import type { Command, Mode } from '../keys/words.js';
import { editQuery, typed } from '../text/query.js';
import { listType, listUpdate, openList, type ListState } from './list.js';
import { openPreview, previewUpdate, type PreviewState } from './preview.js';

/**
 * The review screen's state and what each key does to it: pure, as the explorer's update is.
 * Decisions are effects: `update` names the decision, the input hook makes it (a file
 * written) and hands back what came of it.
 */

export interface ReviewState {
  readonly review: Review;
  /** The folder's names of indicators, categories and topics, which a typed value may use for an id. */
  readonly names: FolderNames;
  readonly order: Order;
  /** The proposal shown: its id, kept across re-reads of the folder. */
  readonly current: string | null;
  /** Proposals skipped in this session: they stay proposals when the rest are accepted at once. */
  readonly skipped: readonly string[];
  /** Decisions written, the last first, each with the file as it was before and the proposal it was on: u takes them back. */
  readonly done: readonly Done[];
  readonly fields: { readonly cursor: number } | null;
  readonly text: { readonly field: EditableField; readonly value: string } | null;
  /** Accepting all of a document: how many, and those left for lacking what a fact needs. */
  readonly confirm: { readonly document: string; readonly count: number; readonly unready: readonly string[] } | null;
  readonly message: string | null;
  /** The list of the folder's figures (L), over the proposal. */
  readonly list: ListState | null;
  /** The diff a decision would write (d), over the proposal. */
  readonly preview: PreviewState | null;
}

export interface Done {
  readonly outcome: Extract<Outcome, { written: unknown }>;
  readonly id: string | null;
}

export type ReviewEffect =
  | { readonly type: 'decide'; readonly document: string; readonly decision: Decision }
  | { readonly type: 'undo' }
  | { readonly type: 'reorder'; readonly order: Order }
  | { readonly type: 'quit' };

export function initialReview(review: Review, order: Order, names: FolderNames = NO_NAMES): ReviewState {
  return {
    review,
    names,
    order,
    current: review.proposals[0]?.fact.id ?? null,
    skipped: [],
    done: [],
    fields: null,
    text: null,
    confirm: null,
    message: null,
    list: null,
    preview: null,
  };
}

/** No names: a review read without its folder's lists takes ids only. */
const NO_NAMES: FolderNames = { indicator: [], category: [], topic: [] };

export function reviewMode(state: ReviewState): Mode {
  if (state.confirm) return 'reviewConfirm';
  if (state.preview) return 'reviewPreview';
  if (state.list) return state.list.confirm ? 'reviewListConfirm' : state.list.typing !== null ? 'reviewListMin' : 'reviewList';
  if (state.text) return 'reviewText';
  if (state.fields) return 'reviewFields';
  return 'review';
}

export function currentProposal(state: ReviewState): Proposal | undefined {
  return state.review.proposals.find((p) => p.fact.id === state.current);
}

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

export function reviewUpdate(state: ReviewState, command: Command): { state: ReviewState; effects: ReviewEffect[] } {
  const none = (s: ReviewState) => ({ state: s, effects: [] as ReviewEffect[] });
  const p = currentProposal(state);
  if (command === 'interrupt' || command === 'quit') return { state, effects: [{ type: 'quit' }] };
  switch (reviewMode(state)) {
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
      // A field of a few values (kind, qualifier, measure): Enter steps to the next.
      if (field.input === 'choice') {
        const values = field.values!;
        const next = values[(values.indexOf(field.value(p.fact)) + 1) % values.length]!;
        const edits = editOf(field, next, state.names);
        return typeof edits === 'string' ? none({ ...state, message: edits }) : decide(state, { type: 'edit', id: p.fact.id, edits });
      }
      return none({ ...state, text: { field, value: field.value(p.fact) } });
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
      return state.done.length === 0 ? none({ ...state, message: 'nothing to undo' }) : { state, effects: [{ type: 'undo' }] };
    case 'edit':
      return p ? none({ ...state, fields: { cursor: 0 }, message: null }) : none(state);
    case 'acceptAll': {
      if (!p) return none(state);
      const mine = state.review.proposals.filter((q) => q.document === p.document && !state.skipped.includes(q.fact.id));
      const unready = mine.filter((q) => !readyToAccept(q)).map((q) => q.fact.id);
      return none({ ...state, confirm: { document: p.document, count: mine.length - unready.length, unready } });
    }
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

/** Whether keys typed go into a box: a field being edited, or the list's minimum confidence. */
export const typingMode = (mode: Mode): boolean => mode === 'reviewText' || mode === 'reviewListMin';

/** Text typed into the field being edited, or the minimum confidence. */
export function reviewType(state: ReviewState, text: string): ReviewState {
  if (state.list && state.list.typing !== null) return { ...state, list: listType(state.list, typed(text)) };
  return state.text ? { ...state, text: { ...state.text, value: state.text.value + typed(text) } } : state;
}

/**
 * The state once the folder was read again after a decision: the current proposal stays if it
 * is still one, else the next in the list takes its place.
 */
export function reread(state: ReviewState, review: Review, message: string | null, done = state.done, at?: string | null): ReviewState {
  const before = state.review.proposals.map((p) => p.fact.id);
  const ids = new Set(review.proposals.map((p) => p.fact.id));
  const wanted = at ?? state.current;
  let current = wanted !== null && ids.has(wanted) ? wanted : null;
  if (current === null) {
    const from = Math.max(0, before.indexOf(state.current ?? ''));
    current = before.slice(from).find((id) => ids.has(id)) ?? review.proposals.at(-1)?.fact.id ?? null;
  }
  return { ...state, review, current, done, message };
}
