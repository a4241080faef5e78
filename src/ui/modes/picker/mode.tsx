import type { Command } from '../../keys/words.js';
import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import type { OverlayOf, UiState } from '../../state/types.js';
import { applyColumns, applySet, applySort } from '../global/filterPickers.js';
import { pick, typeIntoPicker } from './reducer.js';
import type { PickerState } from './state.js';
import { PickerView } from './view.js';

type Picker = OverlayOf<'picker'>;

/** What each use of the picker does with what was chosen. */
const APPLY: Readonly<Record<PickerState['for'], (state: UiState, ids: readonly string[]) => UiState>> = {
  place: applySet('place'),
  indicator: applySet('indicator'),
  category: applySet('category'),
  topic: applySet('topic'),
  columns: applyColumns,
  sort: applySort,
};

/** A key in the picker: it moves, picks or edits the filter; Enter applies the choice and Esc leaves all as it was, closing it. */
function picking(state: UiState, picker: Picker, command: Command): UiState {
  const outcome = pick(picker, command, state.viewport.rows);
  if ('picker' in outcome) return { ...state, overlay: { ...picker, ...outcome.picker } };
  const closed = { ...state, overlay: picker.over };
  return 'chosen' in outcome ? APPLY[picker.for](closed, outcome.chosen) : closed;
}

/** A list to choose from with a filter typed over it; it keeps every key. */
export const PICKER: ModeSpec = {
  reduce: (state, command) => picking(state, overlayOf(state, 'picker'), command),
  type: (state, text) => {
    const picker = overlayOf(state, 'picker');
    return { ...state, overlay: { ...picker, ...typeIntoPicker(picker, text) } };
  },
  view: PickerOverlay,
};

function PickerOverlay({ state, width, height }: ModeViewProps) {
  return <PickerView picker={overlayOf(state, 'picker')} lang={state.lang} width={width} height={height} />;
}
