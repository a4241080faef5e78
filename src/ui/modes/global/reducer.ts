import { SCRIPTS } from '../../../model/script.js';
import type { Command } from '../../keys/words.js';
import type { ModeContext } from '../../state/mode.js';
import { focusedFact, next, push, showSource } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import { PANES, type Pane, type UiState } from '../../state/types.js';
import { filtering } from './filters.js';

/**
 * What the keys every screen shares do: the panes, the language, the script and the folded
 * detail, the search box and the related figures, the timeline, the source, and back. Each
 * screen's row in the table answers these first (`onScreen`), then its own keys.
 */

/** Switching panes from a detail or the reader keeps it in the history, so Back can return to it. */
function showPane(state: UiState, pane: Pane): UiState {
  const change = { pane, screen: { kind: 'list' } as const };
  return state.screen.kind === 'list' ? { ...state, ...change } : push(state, change);
}

/** What a key of every screen does; undefined for any other key. */
export function everyScreen(state: UiState, q: Queries, command: Command): UiState | undefined {
  switch (command) {
    case 'search':
      return { ...state, overlay: { kind: 'search', query: '', cursor: 0 } };
    case 'related': {
      const fact = focusedFact(state, q);
      return fact ? { ...state, overlay: { kind: 'related', fact, cursor: 0 } } : state;
    }
    case 'toggleLang':
      return { ...state, lang: state.lang === 'en' ? 'zh' : 'en' };
    case 'toggleDetail':
      return { ...state, detailHidden: !state.detailHidden };
    case 'toggleScript':
      return { ...state, script: next(SCRIPTS, state.script) };
    case 'nextPane':
      return showPane(state, next(PANES, state.pane));
    case 'prevPane':
      return showPane(state, next(PANES, state.pane, -1));
    case 'paneDocuments':
      return showPane(state, 'documents');
    case 'paneFigures':
      return showPane(state, 'figures');
    case 'paneCategories':
      return showPane(state, 'categories');
    case 'paneCompare':
      return showPane(state, 'compare');
    case 'timeline':
      return push(state, { pane: 'figures', screen: { kind: 'timeline', cursor: 0 } });
    case 'progress':
      return push(state, { pane: 'figures', screen: { kind: 'progress', cursor: 0 } });
    case 'showSource':
      return showSource(state, q);
    case 'back': {
      const previous = state.history.at(-1);
      // The timeline and the progress screen take the filter keys: the list they came from keeps what was chosen there.
      const kept = state.screen.kind === 'timeline' || state.screen.kind === 'progress' ? { filter: state.filter, order: state.order } : {};
      if (previous) return { ...state, ...previous, ...kept, history: state.history.slice(0, -1), message: null };
      return state.screen.kind === 'list' ? state : { ...state, screen: { kind: 'list' } };
    }
    default:
      return undefined;
  }
}

/** A screen's own keys: what they do, undefined for any other. */
export type ScreenKeys = (state: UiState, q: Queries, command: Command) => UiState | undefined;

/** A screen's reducer: the filter and order keys, the keys every screen shares, then the screen's own. */
export function onScreen(own: ScreenKeys) {
  return (state: UiState, command: Command, { q }: ModeContext): UiState | undefined =>
    filtering(state, q, command) ?? everyScreen(state, q, command) ?? own(state, q, command);
}
