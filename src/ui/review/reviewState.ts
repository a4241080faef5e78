import type { Order, Proposal, Review } from '../../review/session.js';
import type { Decision, Outcome } from '../../review/write.js';
import type { EditableField } from '../../review/fields.js';
import type { FolderNames } from '../../review/names.js';
import type { IndicatorDraft } from '../../review/indicators.js';
import { documentPlaceOf, type FolderPlaces } from '../../review/places.js';
import type { Mode } from '../keys/words.js';
import type { Lang } from '../strings.js';
import type { NewIndicator } from './newIndicator.js';
import type { LinksOverlay, ListState, PreviewState } from './overlays.js';
import type { FieldPicker } from './picker.js';
import { proposedPlace, type PlaceForm, type PlaceFormEffect } from './placeForm.js';

/**
 * What the review screen holds: the folder as read, the proposal shown, the decisions made,
 * and whichever overlay is open over it, with the mode each makes. What a key does to it is
 * state.ts's; the overlays' keys are their own files'.
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

/** Whether keys typed go into a box: a field being edited, a list's filter, a place's field or the list's minimum confidence. */
export const typingMode = (mode: Mode): boolean =>
  mode === 'reviewText' || mode === 'reviewPicker' || mode === 'reviewPlaceText' || mode === 'reviewListMin';

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
