import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import { editingFilter, submitFilter, typeIntoFilter } from './reducer.js';
import { FilterBox } from './view.js';

/** The filter box: letters are a year range or a value bound, Enter applies it, Esc cancels; it keeps every key. */
export const FILTER_BOX: ModeSpec = {
  reduce: (state, command, { q }) =>
    command === 'choose'
      ? submitFilter(state, overlayOf(state, 'filterBox'), q)
      : editingFilter(state, overlayOf(state, 'filterBox'), command),
  type: (state, text) => typeIntoFilter(state, overlayOf(state, 'filterBox'), text),
  view: FilterBoxView,
};

function FilterBoxView({ state, width, height }: ModeViewProps) {
  return <FilterBox box={overlayOf(state, 'filterBox')} lang={state.lang} width={width} height={height} />;
}
