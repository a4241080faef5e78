import type { Command } from '../../keys/words.js';
import { moved, push } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';

/** A list's keys: move the selection, open the item (a document in the reader, anything else in its detail), or move into its detail. */
export function list(state: UiState, q: Queries, command: Command): UiState | undefined {
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
      return undefined;
  }
}
