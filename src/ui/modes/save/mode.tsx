import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import { confirmReplace, editingPath, replacing, submitPath, typeIntoPath } from './reducer.js';
import { SaveBox } from './view.js';

/** The save box: letters are the file's name, Enter writes it, Esc cancels; it keeps every key. */
export const SAVE: ModeSpec = {
  reduce: (state, command) => editingPath(state, overlayOf(state, 'save'), command),
  step: (state, command) => (command === 'choose' ? submitPath(state, overlayOf(state, 'save')) : undefined),
  type: (state, text) => typeIntoPath(state, overlayOf(state, 'save'), text),
  view: SaveView,
};

/** The box asking whether to replace the file that has the name: y replaces it, n goes back to the name. */
export const SAVE_REPLACE: ModeSpec = {
  reduce: (state, command) => replacing(state, overlayOf(state, 'saveReplace'), command),
  step: (state, command) => (command === 'confirm' ? confirmReplace(state, overlayOf(state, 'saveReplace')) : undefined),
  view: SaveView,
};

function SaveView({ state, queries, width, height }: ModeViewProps) {
  return <SaveBox box={overlayOf(state, 'save', 'saveReplace')} queries={queries} lang={state.lang} width={width} height={height} />;
}
