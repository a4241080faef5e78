import type { ModeSpec } from '../../state/mode.js';
import { onScreen } from '../global/reducer.js';
import { listPosition } from '../list/mode.js';
import { ListScreen } from '../list/view.js';
import { detail } from './reducer.js';

/** The detail of a pane's item with the keys: drawn with its list, whose place it keeps. */
export const DETAIL: ModeSpec = {
  reduce: onScreen(detail),
  view: ListScreen,
  position: listPosition,
};
