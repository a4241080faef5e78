import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import { choosingFormat, copyChosen } from './reducer.js';
import { Chooser } from './view.js';

/** The copy-format chooser: it keeps every key, and Enter copies in the format chosen. */
export const CHOOSER: ModeSpec = {
  reduce: (state, command) => choosingFormat(state, overlayOf(state, 'chooser'), command),
  step: (state, command, ctx) => (command === 'choose' ? copyChosen(state, overlayOf(state, 'chooser'), ctx.q) : undefined),
  view: ChooserView,
};

function ChooserView({ state, width, height }: ModeViewProps) {
  const chooser = overlayOf(state, 'chooser');
  return <Chooser choices={chooser.choices} cursor={chooser.cursor} lang={state.lang} width={width} height={height} />;
}
