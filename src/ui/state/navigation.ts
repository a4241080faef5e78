import { NO_FILTER } from '../../model/queries.js';
import type { Command } from '../keys/words.js';
import type { Queries } from './selectors.js';
import type { Screen, UiState, View } from './types.js';
import type { WrappedLine } from '../text/wrap.js';
import { progressInView } from '../modes/progress/targets.js';

/** Moving about: the history stack, jumps to a figure, and the reader placed on a figure. */

export function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}

/**
 * Where a movement command takes a cursor at `at` over [first, last], a page being `page`
 * rows: every list, the detail's links, the reader's lines and the help move alike.
 * Null for a command that is not a movement.
 */
export function moved(command: Command, at: number, range: { first: number; last: number; page: number }): number | null {
  const { first, last, page } = range;
  const steps: Partial<Record<Command, number>> = { up: at - 1, down: at + 1, pageUp: at - page, pageDown: at + page, first, last };
  const to = steps[command];
  return to === undefined ? null : clamp(to, first, Math.max(first, last));
}

export function view(state: UiState): View {
  return { pane: state.pane, selected: state.selected, filter: state.filter, order: state.order, screen: state.screen };
}

export function push(state: UiState, change: Partial<UiState>): UiState {
  return { ...state, history: [...state.history, view(state)], ...change };
}

/** Shows a figure in the Figures pane with its detail focused, clearing filters that hide it. */
export function jumpTo(state: UiState, q: Queries, fact: string): UiState {
  const visible = q.list({ pane: 'figures', filter: state.filter, order: state.order }).position(fact) >= 0;
  return push(state, {
    pane: 'figures',
    filter: visible ? state.filter : NO_FILTER,
    selected: { ...state.selected, figures: fact },
    screen: { kind: 'detail', cursor: -1 },
    message: visible ? null : 'filtersCleared',
  });
}

export function lineOf(lines: readonly WrappedLine[], offset: number): number {
  let i = 0;
  while (i + 1 < lines.length && lines[i + 1]!.start <= offset) i++;
  return i;
}

/** The top line that shows `offset` a third of the way down the reader's `rows`. */
function topShowing(lines: readonly WrappedLine[], offset: number, rows: number): number {
  return clamp(lineOf(lines, offset) - Math.floor(rows / 3), 0, Math.max(0, lines.length - rows));
}

/** The reader on a document, scrolled to show one of its figures a third of the way down. */
export function readerAt(state: UiState, q: Queries, document: string, fact: number): Extract<Screen, { kind: 'reader' }> {
  const facts = q.readerFacts(document);
  if (fact < 0 || !facts[fact]) return { kind: 'reader', document, anchor: 0, fact: -1 };
  const lines = q.readerLines(document, state.viewport.readerWidth);
  return { kind: 'reader', document, anchor: lines[topShowing(lines, facts[fact]!.span[0], state.viewport.rows)]!.start, fact };
}

/** The reader's anchor once `offset` must be seen: unchanged if it is in view, else scrolled to it. */
export function anchorShowing(lines: readonly WrappedLine[], anchor: number, offset: number, rows: number): number {
  const top = lineOf(lines, anchor);
  const line = lineOf(lines, offset);
  return line >= top && line < top + rows ? anchor : lines[topShowing(lines, offset, rows)]!.start;
}

/** The figure in focus: the selected one in Figures, or the link the cursor is on. */
export function focusedFact(state: UiState, q: Queries): string | null {
  if (state.screen.kind === 'detail' && state.screen.cursor >= 0) return q.links(state)[state.screen.cursor]?.id ?? null;
  if (state.screen.kind === 'timeline') return q.timelineFacts(state)[state.screen.cursor]?.id ?? null;
  if (state.screen.kind === 'progress') return progressInView(state, q)[state.screen.cursor]?.target.id ?? null;
  return state.pane === 'figures' && state.screen.kind !== 'reader' ? q.current(state) : null;
}

/** Opens the reader on the focused figure's document, at its quote. */
export function showSource(state: UiState, q: Queries): UiState {
  const id = focusedFact(state, q);
  if (id === null) return state;
  const fact = q.dataset.factById.get(id)!;
  const doc = q.dataset.documentById.get(fact.document)!;
  const index = q.readerFacts(doc.id).findIndex((f) => f.id === id);
  return push(state, { screen: readerAt(state, q, doc.id, index) });
}

/** The reader after a resize: the current figure, if it was in view, still is once the text is wrapped anew. */
export function keepFactInView(state: UiState, viewport: UiState['viewport'], q: Queries): Screen {
  const screen = state.screen;
  if (screen.kind !== 'reader' || screen.fact < 0) return screen;
  const at = q.readerFacts(screen.document)[screen.fact]?.span[0];
  if (at === undefined) return screen;
  const before = q.readerLines(screen.document, state.viewport.readerWidth);
  const top = lineOf(before, screen.anchor);
  const line = lineOf(before, at);
  if (line < top || line >= top + state.viewport.rows) return screen;
  return { ...screen, anchor: anchorShowing(q.readerLines(screen.document, viewport.readerWidth), screen.anchor, at, viewport.rows) };
}

/** The item after `current` in a cycle (before it, for a negative step). */
export function next<T>(items: readonly T[], current: T, step = 1): T {
  const i = items.indexOf(current);
  return items[(i + step + items.length) % items.length]!;
}
