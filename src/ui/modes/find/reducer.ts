import type { Command } from '../../keys/words.js';
import { anchorShowing } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { Screen, UiState } from '../../state/types.js';
import { t } from '../../strings.js';
import { matchFrom } from '../../text/find.js';
import { appendQuery, editOf, editQuery } from '../../text/query.js';
import type { ReaderFind } from './state.js';

/** The reader's find: `f` opens the box, typing finds, ↑↓ or n/N step, Enter keeps the matches, Esc clears them. */

type ReaderScreen = Extract<Screen, { kind: 'reader' }>;

/** The find box, when it is open and so takes the keys. */
export function findBox(state: UiState): ReaderFind | null {
  return state.screen.kind === 'reader' && state.screen.find?.open ? state.screen.find : null;
}

/** The reader with `find` in force, scrolled to its current match if that is out of view. */
function withFind(state: UiState, q: Queries, screen: ReaderScreen, find: ReaderFind): UiState {
  const at = q.matchesIn(screen.document, find.query)[find.match];
  if (!at) return { ...state, screen: { ...screen, find } };
  const lines = q.readerLines(screen.document, state.viewport.readerWidth);
  return { ...state, screen: { ...screen, find, anchor: anchorShowing(lines, screen.anchor, at.start, state.viewport.rows) } };
}

function withoutFind(state: UiState, screen: ReaderScreen): UiState {
  const { find: _cleared, ...rest } = screen;
  return { ...state, screen: rest };
}

/** A new query in the box: its first match from where the find began becomes the current one. */
export function findQuery(state: UiState, q: Queries, query: string): UiState {
  const screen = state.screen as ReaderScreen;
  const find = screen.find!;
  return withFind(state, q, screen, { ...find, query, match: matchFrom(q.matchesIn(screen.document, query), find.from) });
}

/** Backspace, Ctrl-W and Ctrl-U in the open box; undefined for any other key. */
export function findEdit(state: UiState, q: Queries, command: Command): UiState | undefined {
  const edit = editOf(command);
  const box = findBox(state);
  return edit && box ? findQuery(state, q, editQuery(box.query, edit)) : undefined;
}

/** Text typed or pasted into the open box: a query cut to its limit says so. */
export function typeIntoFind(state: UiState, q: Queries, text: string): UiState {
  const box = findBox(state);
  if (!box) return state;
  const { query, cut } = appendQuery(box.query, text);
  return { ...findQuery(state, q, query), notice: cut ? t('queryTooLong', state.lang) : state.notice };
}

/** What the find's commands do in the reader; null for the reader's other commands. */
export function findCommand(state: UiState, q: Queries, command: Command): UiState | null {
  const screen = state.screen as ReaderScreen;
  const find = screen.find;
  switch (command) {
    case 'find':
      // Reopened, the box keeps its query, so the find can be refined.
      return {
        ...state,
        screen: { ...screen, find: find ? { ...find, open: true } : { query: '', open: true, match: -1, from: screen.anchor } },
      };
    case 'nextMatch':
    case 'prevMatch': {
      const count = find ? q.matchesIn(screen.document, find.query).length : 0;
      if (!find || count === 0) return state;
      // Stepping wraps round the document, as a find does in a browser or an editor.
      const match = (find.match + (command === 'nextMatch' ? 1 : -1) + count) % count;
      return withFind(state, q, screen, { ...find, match });
    }
    case 'keepFind':
      // With nothing found there is nothing to keep marked, so the reader goes back to its figures.
      return find && find.match >= 0 ? { ...state, screen: { ...screen, find: { ...find, open: false } } } : withoutFind(state, screen);
    case 'clearFind':
      return withoutFind(state, screen);
    default:
      return null;
  }
}
