import type { Command, ExplorerMode } from './keys/words.js';
import { CHOOSER } from './modes/chooser/mode.js';
import { openChooser } from './modes/chooser/reducer.js';
import { DETAIL } from './modes/detail/mode.js';
import { FILTER_BOX } from './modes/filterBox/mode.js';
import { FIND, FOUND } from './modes/find/mode.js';
import { RELATED, SEARCH } from './modes/finder/mode.js';
import { HELP } from './modes/help/mode.js';
import { openHelp } from './modes/help/reducer.js';
import { LIST } from './modes/list/mode.js';
import { PALETTE } from './modes/palette/mode.js';
import { openPalette } from './modes/palette/reducer.js';
import { PICKER } from './modes/picker/mode.js';
import { READER } from './modes/reader/mode.js';
import { SAVE, SAVE_REPLACE } from './modes/save/mode.js';
import { PROGRESS } from './modes/progress/mode.js';
import { TIMELINE } from './modes/timeline/mode.js';
import { TOO_SMALL } from './modes/tooSmall/mode.js';
import type { ModeSpec } from './state/mode.js';
import type { Queries } from './state/selectors.js';
import type { UiState } from './state/types.js';

/**
 * The table of the explorer's modes: for each, how it answers a key and typed text, how it is
 * drawn, and what its list is. The state says which mode it is in (`inputMode`); the router
 * (state.ts), the input hook and the App look the rest up here. Each mode's keys are declared
 * beside it, in its folder's keys.ts, and composed into the key table by keys/table.ts.
 */
export const MODES: Readonly<Record<ExplorerMode, ModeSpec>> = {
  'too-small': TOO_SMALL,
  help: HELP,
  palette: PALETTE,
  chooser: CHOOSER,
  save: SAVE,
  saveReplace: SAVE_REPLACE,
  picker: PICKER,
  filterBox: FILTER_BOX,
  search: SEARCH,
  related: RELATED,
  list: LIST,
  detail: DETAIL,
  reader: READER,
  find: FIND,
  found: FOUND,
  timeline: TIMELINE,
  progress: PROGRESS,
};

/** Whether a mode has a text box, where keys that are not commands are typed. */
export const takesText = (mode: ExplorerMode): boolean => MODES[mode].type !== undefined;

/** The overlays any mode opens over itself for a key it leaves to them; the one there is given back when they close. */
const OPENED_OVER: Partial<Record<Command, (state: UiState, q: Queries) => UiState>> = {
  help: openHelp,
  palette: openPalette,
  copyAs: openChooser,
};

/** The state a key a mode left leads to: the overlay it opens, if it opens one. */
export function openedOver(state: UiState, command: Command, q: Queries): UiState | undefined {
  return OPENED_OVER[command]?.(state, q);
}
