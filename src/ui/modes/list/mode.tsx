import type { ModeSpec, Position } from '../../state/mode.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';
import { onScreen } from '../global/reducer.js';
import { list } from './reducer.js';
import { ListScreen } from './view.js';

/** Where the pane's current item stands in its list. */
export function listPosition(state: UiState, q: Queries): Position | null {
  const at = q.position(state);
  return at < 0 ? null : { n: at + 1, total: q.items(state).length };
}

/** A pane's list, with the detail of its current item beside it where there is room. */
export const LIST: ModeSpec = {
  reduce: onScreen(list),
  view: ListScreen,
  position: listPosition,
  nothingToActOn: (state, q) => q.items(state).length === 0,
};
