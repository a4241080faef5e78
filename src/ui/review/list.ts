import {
  acceptAbove,
  confidenceOf,
  FIGURE_STATES,
  filtered,
  folderFigures,
  NO_FILTER,
  type AcceptPlan,
  type FolderFigure,
} from '../../review/folder.js';
import type { Command } from '../keys/words.js';
import { previewed } from './preview.js';
import type { ReviewEffect, ReviewState } from './reviewState.js';
import type { ListState } from './overlays.js';
import { rt } from './words.js';

/**
 * The list of the folder's figures over the review (L), like a lazygit list: a cursor, marks,
 * filters by state, minimum confidence and document, and accepting at once the proposals shown
 * at or above the minimum but those marked. Pure: the decisions are effects.
 */

export const openList = (): ListState => ({ cursor: 0, filter: NO_FILTER, marked: [], typing: null, confirm: null });

/** The figures the list shows now, in its order. */
export function shownFigures(state: ReviewState): FolderFigure[] {
  return state.list ? filtered(folderFigures(state.review, state.skipped), state.list.filter) : [];
}

/** The cursor kept on a row that is there: after a filter or a decision, the list may be shorter. */
export const cursorIn = (list: ListState, rows: number): number => Math.max(0, Math.min(rows - 1, list.cursor));

/** The state filter's steps: all, then each state alone. */
const STEPS: readonly (readonly FolderFigure['state'][])[] = [[], ...FIGURE_STATES.map((s) => [s])];

type Updated = { state: ReviewState; effects: ReviewEffect[] };

export function listUpdate(state: ReviewState, command: Command): Updated {
  const none = (s: ReviewState): Updated => ({ state: s, effects: [] });
  const list = state.list!;
  const withList = (next: Partial<ListState>, message: string | null = null) => none({ ...state, list: { ...list, ...next }, message });
  if (list.confirm) {
    if (command === 'close') return withList({ confirm: null });
    if (command !== 'confirm') return none(state);
    const effects = list.confirm.decisions.map((d): ReviewEffect => ({ type: 'decide', ...d }));
    return { state: { ...state, list: { ...list, confirm: null, marked: [] } }, effects };
  }
  if (list.typing !== null) {
    if (command === 'close') return withList({ typing: null });
    if (command === 'deleteChar') return withList({ typing: list.typing.slice(0, -1) });
    if (command === 'clearQuery') return withList({ typing: '' });
    if (command !== 'choose') return none(state);
    if (list.typing.trim() === '') return withList({ typing: null, filter: { ...list.filter, min: null } });
    const min = confidenceOf(list.typing);
    if (typeof min === 'string') return none({ ...state, message: min });
    return withList({ typing: null, cursor: 0, filter: { ...list.filter, min } });
  }
  const rows = shownFigures(state);
  const cursor = cursorIn(list, rows.length);
  const row = rows[cursor];
  switch (command) {
    case 'close':
    case 'folderList':
      return none({ ...state, list: null, message: null });
    case 'down':
    case 'up':
      return withList({ cursor: cursorIn({ ...list, cursor: cursor + (command === 'down' ? 1 : -1) }, rows.length) });
    case 'toggle': {
      // Only a proposal can be left out of accepting: a decided figure has nothing to mark.
      if (!row?.id || (row.state !== 'proposed' && row.state !== 'skipped')) return none(state);
      const marked = list.marked.includes(row.id) ? list.marked.filter((id) => id !== row.id) : [...list.marked, row.id];
      return withList({ marked, cursor: cursorIn({ ...list, cursor: cursor + 1 }, rows.length) });
    }
    case 'cycleStatus': {
      const at = STEPS.findIndex((s) => s.join() === list.filter.states.join());
      return withList({ cursor: 0, filter: { ...list.filter, states: STEPS[(at + 1) % STEPS.length]! } });
    }
    case 'onlyDocument': {
      const document = list.filter.document === null ? (row?.document ?? null) : null;
      return withList({ cursor: 0, filter: { ...list.filter, document } });
    }
    case 'minConfidence':
      return withList({ typing: list.filter.min === null ? '' : String(list.filter.min) });
    case 'acceptAll':
    case 'preview': {
      const plan = shownPlan(state, list, rows);
      if (typeof plan === 'string') return none({ ...state, message: `nothing to accept: ${plan}` });
      if (command === 'preview')
        return none(previewed(state, rt('previewAcceptingShown', state.lang, { n: plan.accepted.length }), plan.decisions));
      return none({ ...state, list: { ...list, confirm: plan }, message: null });
    }
    case 'choose': {
      if (!row?.id || (row.state !== 'proposed' && row.state !== 'skipped')) {
        return none({ ...state, message: row ? `that figure is ${row.state} already: only a proposal is reviewed` : null });
      }
      return none({ ...state, list: null, current: row.id, message: null });
    }
    default:
      return none(state);
  }
}

/** The proposals shown at or above the minimum, but the marked and those not ready: a plan, or why there are none. */
function shownPlan(state: ReviewState, list: ListState, rows: readonly FolderFigure[]): AcceptPlan | string {
  // Skipped proposals stay out, as on the review screen, unless the list is showing them by name.
  const takes = (r: FolderFigure) => r.state === 'proposed' || (r.state === 'skipped' && list.filter.states.includes('skipped'));
  const ids = new Set(rows.filter(takes).map((r) => r.id));
  const candidates = state.review.proposals.filter((p) => ids.has(p.fact.id));
  const plan = acceptAbove(state.review, candidates, list.filter.min ?? 0, list.marked);
  if (plan.accepted.length > 0) return plan;
  return candidates.length === 0 ? 'no proposal is shown' : 'none of those shown is ready (e gives what they lack) or unmarked';
}

/** Digits typed into the minimum; anything else could not be part of a number from 0 to 1. */
export function listType(list: ListState, text: string): ListState {
  return list.typing === null ? list : { ...list, typing: (list.typing + text.replace(/[^\d.]/gu, '')).slice(0, 8) };
}
