import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import { helping, helpMode, keepHelpInView, typeIntoHelp } from './reducer.js';
import { Help } from './view.js';

/** The help: the keys of the mode under it first, scrolled and filtered; it keeps every key. */
export const HELP: ModeSpec = {
  reduce: (state, command) => helping(state, overlayOf(state, 'help'), command),
  type: (state, text) => typeIntoHelp(state, overlayOf(state, 'help'), text),
  resized: (state) => keepHelpInView(state, overlayOf(state, 'help')),
  view: HelpView,
};

function HelpView({ state, width, height }: ModeViewProps) {
  const help = overlayOf(state, 'help');
  return <Help mode={helpMode(state, help)} lang={state.lang} query={help.query} top={help.top} width={width} height={height} />;
}
