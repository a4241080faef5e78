import type { Command } from '../../keys/words.js';
import { jumpTo, moved } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { Screen, UiState } from '../../state/types.js';
import { progressInView } from './targets.js';

/** The progress screen: move through its targets, and open one. */
export function progress(state: UiState, q: Queries, command: Command): UiState | undefined {
  const screen = state.screen as Extract<Screen, { kind: 'progress' }>;
  const rows = progressInView(state, q);
  // Two lines a target: a page holds half as many.
  const cursor = moved(command, screen.cursor, { first: 0, last: rows.length - 1, page: Math.max(1, Math.floor(state.viewport.rows / 2)) });
  if (cursor !== null) return { ...state, screen: { ...screen, cursor } };
  if (command !== 'open' && command !== 'focusDetail') return undefined;
  return rows[screen.cursor] ? jumpTo(state, q, rows[screen.cursor]!.target.id) : state;
}
