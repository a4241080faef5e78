import type { Command, Mode } from '../../keys/words.js';
import { inputMode } from '../../state/mode.js';
import { moved } from '../../state/navigation.js';
import type { OverlayOf, UiState } from '../../state/types.js';
import { appendQuery, editFilter } from '../../text/query.js';
import { helpView, type HelpView } from './content.js';

type Help = OverlayOf<'help'>;

/** The help opened over what is on screen; an overlay there comes back when the help closes. */
export function openHelp(state: UiState): UiState {
  return { ...state, overlay: { kind: 'help', top: 0, query: '', over: state.overlay } };
}

/** The mode under the help: whose keys it lists first. */
export function helpMode(state: UiState, help: Help): Mode {
  return inputMode({ ...state, overlay: help.over });
}

/** The help as the state shows it now, for its length and its page. */
export function helpOf(state: UiState, help: Help): HelpView {
  const { width, rows } = state.viewport;
  return helpView(helpMode(state, help), state.lang, help.query, width, rows);
}

/** The help scrolls and takes a filter; Esc clears the filter, then closes it, as ? and F1 do at once. */
export function helping(state: UiState, help: Help, command: Command): UiState {
  const view = helpOf(state, help);
  const top = moved(command, help.top, { first: 0, last: view.maxTop, page: view.rows * view.columns });
  if (top !== null) return { ...state, overlay: { ...help, top } };
  const filter = (query: string) => ({ ...state, overlay: { ...help, top: 0, query } });
  const closed = () => ({ ...state, overlay: help.over });
  if (command === 'close') return help.query ? filter('') : closed();
  if (command === 'help') return closed();
  return editFilter<UiState>(help.query, command, filter, closed) ?? state;
}

/** Text typed or pasted into the help's filter: it shows the top of what answers it. */
export function typeIntoHelp(state: UiState, help: Help, text: string): UiState {
  return { ...state, overlay: { ...help, top: 0, query: appendQuery(help.query, text).query } };
}

/** After a resize the help's place is kept within its new length, so the first key after it moves it. */
export function keepHelpInView(state: UiState, help: Help): UiState {
  return { ...state, overlay: { ...help, top: Math.min(help.top, helpOf(state, help).maxTop) } };
}
