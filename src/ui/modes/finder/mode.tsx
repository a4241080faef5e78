import { overlayOf, type ModeSpec, type ModeViewProps } from '../../state/mode.js';
import type { UiState } from '../../state/types.js';
import { itemTitle } from '../list/rows.js';
import { finding, typeIntoSearch } from './reducer.js';
import { finderRows, RESULT_LIMIT } from './rows.js';
import { Finder } from './view.js';

const finderOf = (state: UiState) => overlayOf(state, 'search', 'related');

const finder = {
  reduce: (state, command, { q }) => finding(state, finderOf(state), q, command),
  view: FinderView,
  nothingToActOn: (state, q) => finderRows(finderOf(state), q).length === 0,
} satisfies ModeSpec;

/** The search box: results on every keystroke, grouped by kind. */
export const SEARCH: ModeSpec = { ...finder, type: (state, text) => typeIntoSearch(state, overlayOf(state, 'search'), text) };

/** The figures related to one, a list with no box. */
export const RELATED: ModeSpec = finder;

function FinderView({ state, queries, label, width, height, indexing }: ModeViewProps) {
  const open = finderOf(state);
  const d = queries.dataset;
  return (
    <Finder
      finder={open}
      rows={finderRows(open, queries)}
      notInData={open.kind === 'search' ? queries.searchAnswer(open.query, RESULT_LIMIT).placesNotInData : []}
      indexing={indexing}
      title={open.kind === 'related' ? itemTitle('figures', open.fact, d, state.lang, label) : ''}
      lang={state.lang}
      labelOf={(hit) => (hit.type === 'fact' ? label.factLine(d.factById.get(hit.id)!) : label.zh(hit.label))}
      width={width}
      height={height}
    />
  );
}
