import { NO_FILTER } from '../model/queries.js';
import { finderRows } from './finder.js';
import { appendQuery, editFilter } from './text/query.js';
import type { Command } from './keys.js';
import { findBox, findCommand, findQuery } from './readerFind.js';
import { jumpTo, lineOf, moved, push, readerAt, showSource } from './state/navigation.js';
import type { Queries } from './state/selectors.js';
import { helpOf } from './modes.js';
import { detailContentOf, detailMove, detailWidth } from './detailView.js';
import { labeller } from './text/labels.js';
import { PALETTE_QUERY } from './palette.js';
import type { Finder, Overlay, Screen, UiState } from './state/types.js';
import { t } from './strings.js';

/** What the movement keys do on each screen and overlay: list, detail, reader, finder, chooser, help. */

export function reader(state: UiState, q: Queries, command: Command): UiState {
  const found = findCommand(state, q, command);
  if (found) return found;
  const screen = state.screen as Extract<Screen, { kind: 'reader' }>;
  const lines = q.readerLines(screen.document, state.viewport.readerWidth);
  const rows = state.viewport.rows;
  const maxTop = Math.max(0, lines.length - rows);
  const top = lineOf(lines, screen.anchor);
  const facts = q.readerFacts(screen.document);
  const showFact = (fact: number) => {
    const line = lineOf(lines, facts[fact]!.span[0]);
    const visible = line >= top && line < top + rows;
    return { ...state, screen: visible ? { ...screen, fact } : readerAt(state, q, screen.document, fact) };
  };
  const to = moved(command, top, { first: 0, last: maxTop, page: rows });
  if (to !== null) return { ...state, screen: { ...screen, anchor: lines[to]!.start } };
  const lineOfFact = (fact: number) => lineOf(lines, facts[fact]!.span[0]);
  // Scrolled away from the current figure, n and N step from the view: the first figure in it, the last before it.
  const inView = screen.fact >= 0 && lineOfFact(screen.fact) >= top && lineOfFact(screen.fact) < top + rows;
  switch (command) {
    case 'nextFact': {
      if (facts.length === 0) return state;
      if (inView) return showFact(Math.min(facts.length - 1, screen.fact + 1));
      const after = facts.findIndex((_, i) => lineOfFact(i) >= top);
      return showFact(after < 0 ? facts.length - 1 : after);
    }
    case 'prevFact': {
      if (facts.length === 0) return state;
      if (inView) return showFact(Math.max(0, screen.fact - 1));
      const before = facts.findLastIndex((_, i) => lineOfFact(i) < top);
      return showFact(Math.max(0, before));
    }
    case 'open':
      return screen.fact >= 0 ? jumpTo(state, q, facts[screen.fact]!.id) : state;
    default:
      return state;
  }
}

export function detail(state: UiState, q: Queries, command: Command): UiState {
  const screen = state.screen as Extract<Screen, { kind: 'detail' }>;
  const links = q.links(state);
  const moves: Partial<Record<Command, [1 | -1, boolean]>> = { down: [1, false], up: [-1, false], pageDown: [1, true], pageUp: [-1, true] };
  const move = moves[command];
  if (move) {
    const content = detailContentOf(state, q, labeller(q.dataset, state.lang, state.script), detailWidth(state), q.current(state));
    const at = detailMove(content, links.length, state.viewport.rows, screen, move[0], move[1]);
    return { ...state, screen: { kind: 'detail', cursor: at.cursor, ...(at.top === undefined ? {} : { top: at.top }) } };
  }
  // Home and End: the first line and no link, or the last link with the window following it.
  if (command === 'first') return { ...state, screen: { kind: 'detail', cursor: -1, top: 0 } };
  if (command === 'last') return { ...state, screen: { kind: 'detail', cursor: links.length - 1 } };
  switch (command) {
    case 'open': {
      if (links[screen.cursor]) return jumpTo(state, q, links[screen.cursor]!.id);
      // Enter on the item itself: a figure's document, where it says so, or the document's text.
      if (state.pane === 'figures') return showSource(state, q);
      const id = q.current(state);
      if (state.pane === 'documents' && id !== null) return push(state, { screen: { kind: 'reader', document: id, anchor: 0, fact: -1 } });
      return state;
    }
    case 'focusList':
      return { ...state, screen: { kind: 'list' } };
    default:
      return state;
  }
}

export function list(state: UiState, q: Queries, command: Command): UiState {
  const items = q.items(state);
  const index = Math.max(0, q.position(state));
  const to = moved(command, index, { first: 0, last: items.length - 1, page: Math.max(1, state.viewport.rows - 1) });
  if (to !== null) return items.length === 0 ? state : { ...state, selected: { ...state.selected, [state.pane]: items[to]! } };
  switch (command) {
    case 'open': {
      const id = q.current(state);
      if (id === null) return state;
      const selected = { ...state.selected, [state.pane]: id };
      if (state.pane === 'documents') return push(state, { selected, screen: { kind: 'reader', document: id, anchor: 0, fact: -1 } });
      return push(state, { selected, screen: { kind: 'detail', cursor: -1 } });
    }
    // A move of the keys, not a jump: nothing to go back through.
    case 'focusDetail':
      return q.current(state) === null ? state : { ...state, screen: { kind: 'detail', cursor: -1 } };
    default:
      return state;
  }
}

/** Keys while the finder is open: move through its results, jump to one, or close it. */
export function finding(state: UiState, finder: Finder, q: Queries, command: Command): UiState {
  const rows = finderRows(finder, q);
  const cursor = moved(command, finder.cursor, { first: 0, last: rows.length - 1, page: state.viewport.rows });
  if (cursor !== null) return { ...state, overlay: { ...finder, cursor } };
  switch (command) {
    case 'back':
      return { ...state, overlay: null };
    case 'search':
      return { ...state, overlay: { kind: 'search', query: '', cursor: 0 } };
    case 'focusDetail':
    case 'open': {
      const hit = rows[finder.cursor]?.hit;
      if (!hit) return state;
      const closed = { ...state, overlay: null };
      switch (hit.type) {
        case 'fact':
          return jumpTo(closed, q, hit.id);
        case 'place':
          return push(closed, { pane: 'figures', filter: { ...NO_FILTER, place: hit.id }, screen: { kind: 'list' } });
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

/** The help overlay scrolls and takes a filter; Esc clears the filter, then closes it, as ? and F1 do at once. */
export function help(state: UiState, open: Extract<Overlay, { kind: 'help' }>, command: Command): UiState {
  const view = helpOf(state);
  const top = moved(command, open.top, { first: 0, last: view.maxTop, page: view.rows * view.columns });
  if (top !== null) return { ...state, overlay: { ...open, top } };
  const filter = (query: string) => ({ ...state, overlay: { ...open, top: 0, query } });
  const closed = () => ({ ...state, overlay: open.over });
  if (command === 'close') return open.query ? filter('') : closed();
  if (command === 'help') return closed();
  return editFilter<UiState>(open.query, command, filter, closed) ?? state;
}

/** The copy-format chooser: move between the formats, or close it; `choose` is `update`'s. */
export function chooser(state: UiState, open: Extract<Overlay, { kind: 'chooser' }>, command: Command): UiState {
  const cursor = moved(command, open.cursor, { first: 0, last: open.choices.length - 1, page: 1 });
  if (cursor !== null) return { ...state, overlay: { ...open, cursor } };
  return command === 'close' ? { ...state, overlay: open.over } : state;
}

/** The timeline: move through its figures, and open one. */
export function timelineScreen(state: UiState, q: Queries, command: Command): UiState {
  const screen = state.screen as Extract<Screen, { kind: 'timeline' }>;
  const facts = q.timelineFacts(state);
  const cursor = moved(command, screen.cursor, { first: 0, last: facts.length - 1, page: state.viewport.rows });
  if (cursor !== null) return { ...state, screen: { ...screen, cursor } };
  if ((command === 'open' || command === 'focusDetail') && facts[screen.cursor]) return jumpTo(state, q, facts[screen.cursor]!.id);
  return state;
}

/** Text typed or pasted: into the palette's or the help's filter, the reader's find box or the search box, whichever is open. */
export function typeInto(state: UiState, q: Queries, text: string): UiState {
  const open = state.overlay;
  if (open?.kind === 'palette')
    return { ...state, overlay: { ...open, query: appendQuery(open.query, text, PALETTE_QUERY).query, cursor: 0 } };
  if (open?.kind === 'help') return { ...state, overlay: { ...open, top: 0, query: appendQuery(open.query, text).query } };
  const box = findBox(state);
  if (box) {
    const { query, cut } = appendQuery(box.query, text);
    return { ...findQuery(state, q, query), notice: cut ? t('queryTooLong', state.lang) : state.notice };
  }
  if (open?.kind !== 'search') return state;
  const { query, cut } = appendQuery(open.query, text);
  return { ...state, overlay: { ...open, query, cursor: 0 }, notice: cut ? t('queryTooLong', state.lang) : state.notice };
}
