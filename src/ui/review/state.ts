import { readyToAccept, type Decision, type Order, type Outcome, type Proposal, type Review } from '../../review/session.js';
import { EDITABLE_FIELDS, editOf, type EditableField } from '../../review/fields.js';
import type { FolderNames } from '../../review/names.js';
import type { Command, Mode } from '../keys/words.js';
import type { Lang } from '../strings.js';
import { editQuery, typed } from '../text/query.js';
import type { IndicatorDraft } from '../../review/indicators.js';
import { fieldPick, fieldPicker, typeIntoFieldPicker, type FieldPicker } from './picker.js';
import { rt } from './words.js';
import { nextIndicatorStep, startNewIndicator, type NewIndicator } from './newIndicator.js';
import { documentPlaceOf, type FolderPlaces } from '../../review/places.js';
import { openPlaceForm, placeFormType, placeFormUpdate, proposedPlace, type PlaceForm, type PlaceFormEffect } from './placeForm.js';
import { linksUpdate, openLinks, type LinksOverlay } from './linksOverlay.js';
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
  /** The interface's language: the screen's words, and the labels of the lists' values. */
  readonly lang: Lang;
  readonly fields: { readonly cursor: number } | null;
  /** A field's list of values to choose from, over the fields. */
  readonly picker: FieldPicker | null;
  /** A field typed into, or a new indicator's names and definition asked for one by one. */
  readonly text: { readonly field: EditableField; readonly value: string; readonly newIndicator?: NewIndicator } | null;
  /** Accepting all of a document: how many, and those left for lacking what a fact needs. */
  readonly confirm: { readonly document: string; readonly count: number; readonly unready: readonly string[] } | null;
  readonly message: string | null;
  /** The folder's places, its proposed ones with their prefill; null where places.yaml could not be read. */
  readonly places: FolderPlaces | null;
  /** The place form, open on a proposed place the document names. */
  readonly placeForm: PlaceForm | null;
  /** The links suggested for the proposal shown, open over it. */
  readonly links: LinksOverlay | null;
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
  /** A new indicator proposed to the folder's list, then the proposal's indicator set to it. */
  | { readonly type: 'proposeIndicator'; readonly document: string; readonly id: string; readonly draft: IndicatorDraft }
  /** A division of the gazetteer added to the folder's places, then made the proposal's place. */
  | { readonly type: 'addDivision'; readonly document: string; readonly id: string; readonly code: string }
  | { readonly type: 'reorder'; readonly order: Order }
  | { readonly type: 'quit' }
  | PlaceFormEffect;

export function initialReview(review: Review, order: Order, names: FolderNames = NO_NAMES, lang: Lang = 'en'): ReviewState {
  return {
    review,
    names,
    lang,
    order,
    current: review.proposals[0]?.fact.id ?? null,
    skipped: [],
    done: [],
    fields: null,
    picker: null,
    text: null,
    confirm: null,
    message: null,
    places: null,
    placeForm: null,
    links: null,
    list: null,
    preview: null,
  };
}

/** No names: a review read without its folder's lists takes ids only. */
const NO_NAMES: FolderNames = { indicator: [], category: [], topic: [], place: [] };

export function reviewMode(state: ReviewState): Mode {
  if (state.placeForm) return state.placeForm.text ? 'reviewPlaceText' : 'reviewPlace';
  if (state.links) return 'reviewLinks';
  if (state.confirm) return 'reviewConfirm';
  if (state.preview) return 'reviewPreview';
  if (state.list) return state.list.confirm ? 'reviewListConfirm' : state.list.typing !== null ? 'reviewListMin' : 'reviewList';
  if (state.text) return 'reviewText';
  if (state.picker) return 'reviewPicker';
  if (state.fields) return 'reviewFields';
  return 'review';
}

/** The proposed place the current proposal names (its own place, else its document's), if it names one. */
export function namedProposedPlace(state: ReviewState) {
  const p = currentProposal(state);
  const doc = p && state.review.documents.find((d) => d.id === p.document);
  return doc && proposedPlace(state.places, p.fact.place ?? documentPlaceOf(doc.file.text));
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

/** Whether keys typed go into a box: a field being edited, a list's filter, a place's field or the list's minimum confidence. */
export const typingMode = (mode: Mode): boolean =>
  mode === 'reviewText' || mode === 'reviewPicker' || mode === 'reviewPlaceText' || mode === 'reviewListMin';

/** Text typed into the box that has the keyboard. */
export function reviewType(state: ReviewState, text: string): ReviewState {
  if (state.list && state.list.typing !== null) return { ...state, list: listType(state.list, typed(text)) };
  if (state.placeForm) return { ...state, placeForm: placeFormType(state.placeForm, text) };
  if (state.text) return { ...state, text: { ...state.text, value: state.text.value + typed(text) } };
  return state.picker ? { ...state, picker: typeIntoFieldPicker(state.picker, text) } : state;
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
