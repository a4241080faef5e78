import { NO_FILTER } from '../model/queries.js';
import { copyFormats } from './copy.js';
import { finderRows } from './finder.js';
import { helpPage } from './help.js';
import type { Command } from './keys.js';
import { clamp, jumpTo, lineOf, push, readerAt, showSource } from './navigation.js';
import type { Queries } from './selectors.js';
import type { Screen, UiState } from './state.js';

/** What the movement keys do on each screen and overlay: list, detail, reader, finder, chooser, help. */

export function moveInList(state: UiState, q: Queries, to: (index: number, last: number) => number): UiState {
  const items = q.items(state);
  if (items.length === 0) return state;
  const index = Math.max(0, items.indexOf(q.current(state) ?? ''));
  const target = items[clamp(to(index, items.length - 1), 0, items.length - 1)]!;
  return { ...state, selected: { ...state.selected, [state.pane]: target } };
}

export function reader(state: UiState, q: Queries, command: Command): UiState {
  const screen = state.screen as Extract<Screen, { kind: 'reader' }>;
  const lines = q.readerLines(screen.document, state.viewport.readerWidth);
  const rows = state.viewport.rows;
  const maxTop = Math.max(0, lines.length - rows);
  const top = lineOf(lines, screen.anchor);
  const scroll = (to: number) => ({ ...state, screen: { ...screen, anchor: lines[clamp(to, 0, maxTop)]!.start } });
  const facts = q.readerFacts(screen.document);
  const showFact = (fact: number) => {
    const line = lineOf(lines, facts[fact]!.span[0]);
    const visible = line >= top && line < top + rows;
    return { ...state, screen: visible ? { ...screen, fact } : readerAt(state, q, screen.document, fact) };
  };
  switch (command) {
    case 'up':
      return scroll(top - 1);
    case 'down':
      return scroll(top + 1);
    case 'pageUp':
      return scroll(top - rows);
    case 'pageDown':
      return scroll(top + rows);
    case 'first':
      return scroll(0);
    case 'last':
      return scroll(maxTop);
    case 'nextFact':
      return facts.length === 0 ? state : showFact(Math.min(facts.length - 1, screen.fact + 1));
    case 'prevFact':
      return facts.length === 0 ? state : showFact(Math.max(0, screen.fact - 1));
    case 'open':
      return screen.fact >= 0 ? jumpTo(state, q, facts[screen.fact]!.id) : state;
    default:
      return state;
  }
}

export function detail(state: UiState, q: Queries, command: Command): UiState {
  const screen = state.screen as Extract<Screen, { kind: 'detail' }>;
  const links = q.links(state);
  const move = (cursor: number) => ({ ...state, screen: { ...screen, cursor: clamp(cursor, -1, links.length - 1) } });
  switch (command) {
    case 'up':
      return move(screen.cursor - 1);
    case 'down':
      return move(screen.cursor + 1);
    case 'pageUp':
      return move(screen.cursor - state.viewport.rows);
    case 'pageDown':
      return move(screen.cursor + state.viewport.rows);
    case 'first':
      return move(-1);
    case 'last':
      return move(links.length - 1);
    case 'open':
      if (links[screen.cursor]) return jumpTo(state, q, links[screen.cursor]!.id);
      // Enter on the figure itself: where does it say so?
      return state.pane === 'targets' ? showSource(state, q) : state;
    default:
      return state;
  }
}

export function list(state: UiState, q: Queries, command: Command): UiState {
  const page = Math.max(1, state.viewport.rows - 1);
  switch (command) {
    case 'up':
      return moveInList(state, q, (i) => i - 1);
    case 'down':
      return moveInList(state, q, (i) => i + 1);
    case 'pageUp':
      return moveInList(state, q, (i) => i - page);
    case 'pageDown':
      return moveInList(state, q, (i) => i + page);
    case 'first':
      return moveInList(state, q, () => 0);
    case 'last':
      return moveInList(state, q, (_i, last) => last);
    case 'open': {
      const id = q.current(state);
      if (id === null) return state;
      const selected = { ...state.selected, [state.pane]: id };
      if (state.pane === 'documents') return push(state, { selected, screen: { kind: 'reader', document: id, anchor: 0, fact: -1 } });
      return push(state, { selected, screen: { kind: 'detail', cursor: -1 } });
    }
    default:
      return state;
  }
}

/** Keys while the finder is open: move through its results, jump to one, or close it. */
export function finding(state: UiState, q: Queries, command: Command): UiState {
  const finder = state.finder!;
  const rows = finderRows(finder, q);
  const move = (cursor: number) => ({ ...state, finder: { ...finder, cursor: clamp(cursor, 0, Math.max(0, rows.length - 1)) } });
  switch (command) {
    case 'back':
      return { ...state, finder: null };
    case 'search':
      return { ...state, finder: { kind: 'search', query: '', cursor: 0 } };
    case 'up':
      return move(finder.cursor - 1);
    case 'down':
      return move(finder.cursor + 1);
    case 'pageUp':
      return move(finder.cursor - state.viewport.rows);
    case 'pageDown':
      return move(finder.cursor + state.viewport.rows);
    case 'first':
      return move(0);
    case 'last':
      return move(rows.length - 1);
    case 'open': {
      const hit = rows[finder.cursor]?.hit;
      if (!hit) return state;
      const closed = { ...state, finder: null };
      switch (hit.type) {
        case 'fact':
          return jumpTo(closed, q, hit.id);
        case 'place':
          return push(closed, { pane: 'targets', filter: { ...NO_FILTER, place: hit.id }, screen: { kind: 'list' } });
        case 'document':
          return push(closed, {
            pane: 'documents',
            selected: { ...state.selected, documents: hit.id },
            screen: { kind: 'detail', cursor: -1 },
          });
        case 'category':
          return push(closed, {
            pane: 'categories',
            selected: { ...state.selected, categories: hit.id },
            screen: { kind: 'detail', cursor: -1 },
          });
      }
      break;
    }
    default:
      return state;
  }
  return state;
}

/** The help overlay scrolls, and closes on Esc or ?. */
export function help(state: UiState, command: Command): UiState {
  const page = helpPage(state.viewport.readerWidth, state.viewport.rows);
  const scroll = (top: number) => ({ ...state, help: { top: clamp(top, 0, page.maxTop) } });
  const top = state.help?.top ?? 0;
  switch (command) {
    case 'close':
      return { ...state, help: null };
    case 'up':
      return scroll(top - 1);
    case 'down':
      return scroll(top + 1);
    case 'pageUp':
      return scroll(top - page.rows);
    case 'pageDown':
      return scroll(top + page.rows);
    default:
      return state;
  }
}

/** The copy-format chooser: move between the formats, or close it; `choose` is `update`'s. */
export function chooser(state: UiState, command: Command): UiState {
  const open = state.chooser!;
  const move = (cursor: number) => ({ ...state, chooser: { ...open, cursor: clamp(cursor, 0, copyFormats(open.target).length - 1) } });
  switch (command) {
    case 'close':
      return { ...state, chooser: null };
    case 'up':
      return move(open.cursor - 1);
    case 'down':
      return move(open.cursor + 1);
    default:
      return state;
  }
}
