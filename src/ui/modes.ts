import { helpView } from './help.js';
import type { Mode } from './keys.js';
import type { UiState } from './state/types.js';

/** What has the keyboard in a state, and the help it shows: the mode decides which bindings answer. */

/** The mode under the help: whose keys it lists first. */
export function helpMode(state: UiState): Mode {
  return inputMode({ ...state, overlay: state.overlay?.kind === 'help' ? state.overlay.over : state.overlay });
}

/** The help as the state shows it now, for its length and its page. */
export function helpOf(state: UiState) {
  const { width, rows } = state.viewport;
  return helpView(helpMode(state), state.lang, state.overlay?.kind === 'help' ? state.overlay.query : '', width, rows);
}

/** What has the keyboard: the overlay on top, else the screen. */
export function inputMode(state: UiState): Mode {
  if (!state.viewport.drawn) return 'too-small';
  if (state.overlay) return state.overlay.kind;
  if (state.screen.kind === 'reader' && state.screen.find) return state.screen.find.open ? 'find' : 'found';
  return state.screen.kind;
}
