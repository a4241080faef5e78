import type { Command } from '../../keys/words.js';
import { jumpTo, push, showSource } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { Screen, UiState } from '../../state/types.js';
import { labeller } from '../../text/labels.js';
import { detailContentOf, detailMove, detailWidth } from './window.js';

/** The detail's keys: through its links (scrolling where they are far apart), into a linked figure or the text, back to the list. */
export function detail(state: UiState, q: Queries, command: Command): UiState | undefined {
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
      return undefined;
  }
}
