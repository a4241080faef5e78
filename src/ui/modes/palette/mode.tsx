import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import { choosing, run, typeIntoPalette } from './reducer.js';
import { paletteRows } from './rows.js';
import { Palette } from './view.js';

/** The command palette: the commands of the mode under it, filtered by name; it keeps every key, and Enter runs one. */
export const PALETTE: ModeSpec = {
  reduce: (state, command) => choosing(state, overlayOf(state, 'palette'), command),
  step: (state, command, ctx) => (command === 'choose' ? run(state, overlayOf(state, 'palette'), ctx) : undefined),
  type: (state, text) => typeIntoPalette(state, overlayOf(state, 'palette'), text),
  view: PaletteView,
};

function PaletteView({ state, width, height }: ModeViewProps) {
  const palette = overlayOf(state, 'palette');
  return (
    <Palette
      rows={paletteRows(state, palette)}
      query={palette.query}
      cursor={palette.cursor}
      lang={state.lang}
      width={width}
      height={height}
    />
  );
}
