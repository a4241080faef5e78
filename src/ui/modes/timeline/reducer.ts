import type { Command } from '../../keys/words.js';
import { jumpTo, moved } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { Screen, UiState } from '../../state/types.js';

/** The timeline: move through its figures, and open one. */
export function timeline(state: UiState, q: Queries, command: Command): UiState | undefined {
  const screen = state.screen as Extract<Screen, { kind: 'timeline' }>;
  const facts = q.timelineFacts(state);
  const cursor = moved(command, screen.cursor, { first: 0, last: facts.length - 1, page: state.viewport.rows });
  if (cursor !== null) return { ...state, screen: { ...screen, cursor } };
  if (command !== 'open' && command !== 'focusDetail') return undefined;
  return facts[screen.cursor] ? jumpTo(state, q, facts[screen.cursor]!.id) : state;
}
