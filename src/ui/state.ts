import { FACT_ORDERS, factsInText, NO_FILTER, type FactFilter, type FactOrder, type KindFilter } from '../model/queries.js';
import type { Dataset } from '../model/types.js';
import type { Command } from './keys.js';
import { SCRIPTS, type Script } from './script.js';
import { editQuery, finderRows, typed, type Edit, type Finder } from './finder.js';
import type { Queries } from './selectors.js';
import type { Lang, StringId } from './strings.js';
import type { WrappedLine } from './text.js';

/** The explorer's whole state, changed only by `reduce`; components read it and dispatch. */

export type Pane = 'documents' | 'targets' | 'categories';
export const PANES: readonly Pane[] = ['documents', 'targets', 'categories'];

export type Screen =
  | { readonly kind: 'list' }
  /** Focus in the detail: `cursor` is on one of its links to other figures, or -1 on the item itself. */
  | { readonly kind: 'detail'; readonly cursor: number }
  /**
   * `anchor` is the text offset of the top line, so the place survives re-wrapping on resize;
   * `fact` indexes the document's figures in text order, -1 before the first.
   */
  | { readonly kind: 'reader'; readonly document: string; readonly anchor: number; readonly fact: number };

/** What Back restores. */
export interface View {
  readonly pane: Pane;
  readonly selected: Readonly<Record<Pane, string | null>>;
  readonly filter: FactFilter;
  readonly order: FactOrder;
  readonly screen: Screen;
}

export interface UiState extends View {
  readonly history: readonly View[];
  readonly help: boolean;
  /** The search box or the related-figures list, over whatever is on screen. */
  readonly finder: Finder | null;
  readonly lang: Lang;
  readonly script: Script;
  /** Rows a list or the reader shows, and the reader's width: paging and wrapping need them. */
  readonly viewport: { readonly rows: number; readonly readerWidth: number };
  readonly message: StringId | null;
}

export type Action =
  | { readonly type: 'command'; readonly command: Command }
  | { readonly type: 'viewport'; readonly rows: number; readonly readerWidth: number }
  | { readonly type: 'jump'; readonly fact: string }
  /** Text typed or pasted into the search box. */
  | { readonly type: 'type'; readonly text: string }
  | { readonly type: 'edit'; readonly edit: Edit }
  | { readonly type: 'clearMessage' };

export function initialState(dataset: Dataset, lang: Lang = 'en'): UiState {
  return {
    pane: 'documents',
    selected: { documents: dataset.documents[0]?.id ?? null, targets: null, categories: dataset.categories[0]?.id ?? null },
    filter: NO_FILTER,
    order: 'place',
    screen: { kind: 'list' },
    history: [],
    help: false,
    finder: null,
    lang,
    script: 'original',
    viewport: { rows: 20, readerWidth: 78 },
    message: null,
  };
}

const KINDS: readonly KindFilter[] = ['all', 'target', 'reported'];

function next<T>(items: readonly T[], current: T, step = 1): T {
  const i = items.indexOf(current);
  return items[(i + step + items.length) % items.length]!;
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}


function view(state: UiState): View {
  return { pane: state.pane, selected: state.selected, filter: state.filter, order: state.order, screen: state.screen };
}

function push(state: UiState, change: Partial<UiState>): UiState {
  return { ...state, history: [...state.history, view(state)], ...change };
}

/** Shows a figure in the Targets pane with its detail focused, clearing filters that hide it. */
function jumpTo(state: UiState, q: Queries, fact: string): UiState {
  const visible = q.facts(state.filter, state.order).some((f) => f.id === fact);
  return push(state, {
    pane: 'targets',
    filter: visible ? state.filter : NO_FILTER,
    selected: { ...state.selected, targets: fact },
    screen: { kind: 'detail', cursor: -1 },
    message: visible ? null : 'filtersCleared',
  });
}

function moveInList(state: UiState, q: Queries, to: (index: number, last: number) => number): UiState {
  const items = q.items(state);
  if (items.length === 0) return state;
  const index = Math.max(0, items.indexOf(q.current(state) ?? ''));
  const target = items[clamp(to(index, items.length - 1), 0, items.length - 1)]!;
  return { ...state, selected: { ...state.selected, [state.pane]: target } };
}

export function lineOf(lines: readonly WrappedLine[], offset: number): number {
  let i = 0;
  while (i + 1 < lines.length && lines[i + 1]!.start <= offset) i++;
  return i;
}

/** The reader on a document, scrolled to show one of its figures a third of the way down. */
function readerAt(state: UiState, q: Queries, document: string, fact: number): Extract<Screen, { kind: 'reader' }> {
  const facts = factsInText(q.dataset, q.dataset.documentById.get(document)!);
  if (fact < 0 || !facts[fact]) return { kind: 'reader', document, anchor: 0, fact: -1 };
  const lines = q.readerLines(document, state.viewport.readerWidth);
  const top = clamp(lineOf(lines, facts[fact]!.span[0]) - Math.floor(state.viewport.rows / 3), 0, Math.max(0, lines.length - state.viewport.rows));
  return { kind: 'reader', document, anchor: lines[top]!.start, fact };
}

function reader(state: UiState, q: Queries, command: Command): UiState {
  const screen = state.screen as Extract<Screen, { kind: 'reader' }>;
  const lines = q.readerLines(screen.document, state.viewport.readerWidth);
  const rows = state.viewport.rows;
  const maxTop = Math.max(0, lines.length - rows);
  const top = lineOf(lines, screen.anchor);
  const scroll = (to: number) => ({ ...state, screen: { ...screen, anchor: lines[clamp(to, 0, maxTop)]!.start } });
  const facts = factsInText(q.dataset, q.dataset.documentById.get(screen.document)!);
  const showFact = (fact: number) => {
    const line = lineOf(lines, facts[fact]!.span[0]);
    const visible = line >= top && line < top + rows;
    return { ...state, screen: visible ? { ...screen, fact } : readerAt(state, q, screen.document, fact) };
  };
  switch (command) {
    case 'up': return scroll(top - 1);
    case 'down': return scroll(top + 1);
    case 'pageUp': return scroll(top - rows);
    case 'pageDown': return scroll(top + rows);
    case 'first': return scroll(0);
    case 'last': return scroll(maxTop);
    case 'nextFact': return facts.length === 0 ? state : showFact(Math.min(facts.length - 1, screen.fact + 1));
    case 'prevFact': return facts.length === 0 ? state : showFact(Math.max(0, screen.fact - 1));
    case 'open': return screen.fact >= 0 ? jumpTo(state, q, facts[screen.fact]!.id) : state;
    default: return state;
  }
}

function detail(state: UiState, q: Queries, command: Command): UiState {
  const screen = state.screen as Extract<Screen, { kind: 'detail' }>;
  const links = q.links(state);
  const move = (cursor: number) => ({ ...state, screen: { ...screen, cursor: clamp(cursor, -1, links.length - 1) } });
  switch (command) {
    case 'up': return move(screen.cursor - 1);
    case 'down': return move(screen.cursor + 1);
    case 'pageUp': return move(screen.cursor - state.viewport.rows);
    case 'pageDown': return move(screen.cursor + state.viewport.rows);
    case 'first': return move(-1);
    case 'last': return move(links.length - 1);
    case 'open':
      if (links[screen.cursor]) return jumpTo(state, q, links[screen.cursor]!.id);
      // Enter on the figure itself: where does it say so?
      return state.pane === 'targets' ? showSource(state, q) : state;
    default: return state;
  }
}

/** The figure in focus: the selected one in Targets, or the link the cursor is on. */
function focusedFact(state: UiState, q: Queries): string | null {
  if (state.screen.kind === 'detail' && state.screen.cursor >= 0) return q.links(state)[state.screen.cursor]?.id ?? null;
  return state.pane === 'targets' && state.screen.kind !== 'reader' ? q.current(state) : null;
}

/** Opens the reader on the focused figure's document, at its quote. */
function showSource(state: UiState, q: Queries): UiState {
  const id = focusedFact(state, q);
  if (id === null) return state;
  const fact = q.dataset.factById.get(id)!;
  const doc = q.dataset.documentById.get(fact.document)!;
  const index = factsInText(q.dataset, doc).findIndex((f) => f.id === id);
  return push(state, { screen: readerAt(state, q, doc.id, index) });
}

function list(state: UiState, q: Queries, command: Command): UiState {
  const page = Math.max(1, state.viewport.rows - 1);
  switch (command) {
    case 'up': return moveInList(state, q, (i) => i - 1);
    case 'down': return moveInList(state, q, (i) => i + 1);
    case 'pageUp': return moveInList(state, q, (i) => i - page);
    case 'pageDown': return moveInList(state, q, (i) => i + page);
    case 'first': return moveInList(state, q, () => 0);
    case 'last': return moveInList(state, q, (_i, last) => last);
    case 'open': {
      const id = q.current(state);
      if (id === null) return state;
      const selected = { ...state.selected, [state.pane]: id };
      if (state.pane === 'documents') return push(state, { selected, screen: { kind: 'reader', document: id, anchor: 0, fact: -1 } });
      return push(state, { selected, screen: { kind: 'detail', cursor: -1 } });
    }
    default: return state;
  }
}

/** Keys while the finder is open: move through its results, jump to one, or close it. */
function finding(state: UiState, q: Queries, command: Command): UiState {
  const finder = state.finder!;
  const rows = finderRows(finder, q);
  const move = (cursor: number) => ({ ...state, finder: { ...finder, cursor: clamp(cursor, 0, Math.max(0, rows.length - 1)) } });
  switch (command) {
    case 'back': return { ...state, finder: null };
    case 'up': return move(finder.cursor - 1);
    case 'down': return move(finder.cursor + 1);
    case 'pageUp': return move(finder.cursor - state.viewport.rows);
    case 'pageDown': return move(finder.cursor + state.viewport.rows);
    case 'first': return move(0);
    case 'last': return move(rows.length - 1);
    case 'open': {
      const hit = rows[finder.cursor]?.hit;
      if (!hit) return state;
      const closed = { ...state, finder: null };
      switch (hit.type) {
        case 'fact': return jumpTo(closed, q, hit.id);
        case 'place': return push(closed, { pane: 'targets', filter: { ...NO_FILTER, place: hit.id }, screen: { kind: 'list' } });
        case 'document': return push(closed, { pane: 'documents', selected: { ...state.selected, documents: hit.id }, screen: { kind: 'detail', cursor: -1 } });
        case 'category': return push(closed, { pane: 'categories', selected: { ...state.selected, categories: hit.id }, screen: { kind: 'detail', cursor: -1 } });
      }
      break;
    }
    default: return state;
  }
  return state;
}

/** Switching panes from a detail or the reader keeps it in the history, so Back can return to it. */
function showPane(state: UiState, pane: Pane): UiState {
  const change = { pane, screen: { kind: 'list' } as const };
  return state.screen.kind === 'list' ? { ...state, ...change } : push(state, change);
}

/** Filters act on the Targets pane, and show it. */
function filtered(state: UiState, change: Partial<View>): UiState {
  return { ...state, ...change, pane: 'targets', screen: { kind: 'list' } };
}

export function reduce(state: UiState, action: Action, q: Queries): UiState {
  switch (action.type) {
    case 'viewport':
      return { ...state, viewport: { rows: Math.max(1, action.rows), readerWidth: Math.max(10, action.readerWidth) } };
    case 'clearMessage':
      return state.message === null ? state : { ...state, message: null };
    case 'jump':
      return q.dataset.factById.has(action.fact) ? jumpTo(state, q, action.fact) : state;
    case 'type':
      return state.finder?.kind === 'search' ? { ...state, finder: { ...state.finder, query: state.finder.query + typed(action.text), cursor: 0 } } : state;
    case 'edit':
      return state.finder?.kind === 'search' ? { ...state, finder: { ...state.finder, query: editQuery(state.finder.query, action.edit), cursor: 0 } } : state;
    case 'command':
      break;
  }
  const command = action.command;
  if (state.help) return command === 'help' || command === 'back' ? { ...state, help: false } : state;
  if (state.finder) return finding(state, q, command);
  switch (command) {
    case 'help': return { ...state, help: true };
    case 'search': return { ...state, finder: { kind: 'search', query: '', cursor: 0 } };
    case 'related': {
      const fact = focusedFact(state, q);
      return fact ? { ...state, finder: { kind: 'related', fact, cursor: 0 } } : state;
    }
    case 'quit': return state;
    case 'toggleLang': return { ...state, lang: state.lang === 'en' ? 'zh' : 'en' };
    case 'toggleScript': return { ...state, script: next(SCRIPTS, state.script) };
    case 'nextPane': return showPane(state, next(PANES, state.pane));
    case 'prevPane': return showPane(state, next(PANES, state.pane, -1));
    case 'paneDocuments': return showPane(state, 'documents');
    case 'paneTargets': return showPane(state, 'targets');
    case 'paneCategories': return showPane(state, 'categories');
    case 'showSource': return showSource(state, q);
    case 'cyclePlace': return filtered(state, { filter: { ...state.filter, place: next(q.placeCycle, state.filter.place) } });
    case 'cycleKind': return filtered(state, { filter: { ...state.filter, kind: next(KINDS, state.filter.kind) } });
    case 'cycleCategory': {
      // In Categories, e filters Targets by the category you are on.
      const onCategory = state.pane === 'categories' ? q.current(state) : null;
      const category = onCategory !== null && onCategory !== state.filter.category ? onCategory : next(q.categoryCycle, state.filter.category);
      return filtered(state, { filter: { ...state.filter, category } });
    }
    case 'clearFilters': return filtered(state, { filter: NO_FILTER });
    case 'cycleOrder': return filtered(state, { order: next(FACT_ORDERS, state.order) });
    case 'back': {
      const previous = state.history.at(-1);
      if (previous) return { ...state, ...previous, history: state.history.slice(0, -1), message: null };
      return state.screen.kind === 'list' ? state : { ...state, screen: { kind: 'list' } };
    }
    default:
      break;
  }
  switch (state.screen.kind) {
    case 'reader': return reader(state, q, command);
    case 'detail': return detail(state, q, command);
    case 'list': return list(state, q, command);
  }
}
