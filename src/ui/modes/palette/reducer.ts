import type { Command } from '../../keys/words.js';
import type { ModeContext } from '../../state/mode.js';
import { moved } from '../../state/navigation.js';
import type { OverlayOf, Step, UiState } from '../../state/types.js';
import { appendQuery, editFilter } from '../../text/query.js';
import { PALETTE_QUERY, paletteChoice, paletteRows } from './rows.js';

type Palette = OverlayOf<'palette'>;

/** The palette opened over what is on screen, offering its commands; an overlay there comes back when the palette closes. */
export function openPalette(state: UiState): UiState {
  return { ...state, overlay: { kind: 'palette', query: '', cursor: 0, over: state.overlay } };
}

/** Keys while the palette is open: move, edit the filter, or close; Enter is `run`. */
export function choosing(state: UiState, palette: Palette, command: Command): UiState {
  const last = paletteRows(state, palette).length - 1;
  const cursor = moved(command, palette.cursor, { first: 0, last, page: state.viewport.rows });
  if (cursor !== null) return { ...state, overlay: { ...palette, cursor } };
  const closed = () => ({ ...state, overlay: palette.over });
  if (command === 'close') return closed();
  return editFilter<UiState>(palette.query, command, (query) => ({ ...state, overlay: { ...palette, query, cursor: 0 } }), closed) ?? state;
}

/** Enter: the chosen command runs as its key would, on what is under the palette; with no row left, nothing happens. */
export function run(state: UiState, palette: Palette, { update }: ModeContext): Step {
  const chosen = paletteChoice(state, palette);
  return chosen ? update({ ...state, overlay: palette.over }, chosen) : { state, effects: [] };
}

/** Text typed or pasted into the palette's filter, cut to the longest it keeps. */
export function typeIntoPalette(state: UiState, palette: Palette, text: string): UiState {
  return { ...state, overlay: { ...palette, query: appendQuery(palette.query, text, PALETTE_QUERY).query, cursor: 0 } };
}
