import { FACT_COLUMNS, SORTED_BY, columnsOf } from '../../../model/listColumns.js';
import { isReversed, sortKey, type FactOrder, type SortKey } from '../../../model/queries.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';
import { t, type StringId } from '../../strings.js';
import { labeller } from '../../text/labels.js';
import type { PickerChoice, PickerState } from '../picker/state.js';
import { filtered } from './filtered.js';

/**
 * The pickers over the Figures list: one per filter that holds a set (places, indicators,
 * categories, topics), several picked with Space, those in force picked already; the
 * columns the list shows; and the order, a column ascending or descending.
 */

export type SetFilter = 'place' | 'indicator' | 'category' | 'topic';
const FIELD = { place: 'places', indicator: 'indicators', category: 'categories', topic: 'topics' } as const;
const TITLE: Record<SetFilter, StringId> = {
  place: 'placePicker',
  indicator: 'indicatorPicker',
  category: 'categoryPicker',
  topic: 'topicPicker',
};

/** What each filter offers, named as the interface names them, found by every name they have. */
function choicesOf(state: UiState, q: Queries, filter: SetFilter): PickerChoice[] {
  const d = q.dataset;
  const label = labeller(d, state.lang, state.script);
  const ids = { place: q.placeCycle, indicator: q.indicatorCycle, category: q.categoryCycle, topic: q.topicCycle }[filter];
  return ids.flatMap((id): PickerChoice[] => {
    if (id === null) return [];
    if (filter === 'place') {
      const { name, short, aliases } = d.placeById.get(id)!;
      const names = [short.zh_hans, short.zh_hant, short.en, name.zh_hans, name.zh_hant, name.en, ...aliases];
      return [{ id, label: label.place(id), names }];
    }
    if (filter === 'indicator') {
      const { name, aliases } = d.indicatorById.get(id)!;
      const shown = state.lang === 'en' ? `${name.en}  ${label.zh(name.zh_hans)}` : label.zh(name.zh_hans);
      return [{ id, label: shown, names: [name.zh_hans, name.zh_hant, name.en, ...aliases] }];
    }
    if (filter === 'category') {
      const { name, aliases } = d.categoryById.get(id)!;
      return [{ id, label: label.category(id), names: [name.zh_hans, name.zh_hant, name.en, ...aliases] }];
    }
    const topic = d.topics.find((x) => x.id === id)!;
    return [{ id, label: state.lang === 'en' ? topic.en : topic.zh, names: [topic.zh, topic.en, id] }];
  });
}

function opened(state: UiState, picker: Omit<PickerState, 'kind' | 'query'>): UiState {
  const cursor = Math.max(
    0,
    picker.choices.findIndex((c) => picker.picked.includes(c.id)),
  );
  return { ...state, overlay: { kind: 'picker', query: '', ...picker, cursor, over: state.overlay } };
}

/** A filter's picker, those in force picked: unpicking them all and Enter clears the filter. */
export function openFilterPicker(state: UiState, q: Queries, filter: SetFilter): UiState {
  const picked = state.filter[FIELD[filter]];
  const title = t(TITLE[filter], state.lang);
  return opened(state, {
    for: filter,
    title,
    choices: choicesOf(state, q, filter),
    cursor: 0,
    picked,
    several: true,
    clears: picked.length > 0,
  });
}

/** The ids picked, as the filter's set. */
export function applySet(filter: SetFilter) {
  return (state: UiState, ids: readonly string[]): UiState => filtered(state, { filter: { ...state.filter, [FIELD[filter]]: ids } });
}

/** The list's columns, those shown picked: none picked shows them all again. */
export function openColumns(state: UiState): UiState {
  const choices = FACT_COLUMNS.map((c) => ({
    id: c,
    label: t(`column-${c}`, state.lang),
    names: [t(`column-${c}`, 'en'), t(`column-${c}`, 'zh'), c],
  }));
  return opened(state, {
    for: 'columns',
    title: t('columnsPicker', state.lang),
    choices,
    cursor: 0,
    picked: state.columns,
    several: true,
    clears: true,
  });
}

export function applyColumns(state: UiState, ids: readonly string[]): UiState {
  return { ...state, columns: columnsOf(ids), pane: 'figures' };
}

/** Every sortable column, ascending then descending. */
export function openSortBy(state: UiState): UiState {
  const orders = (Object.keys(SORTED_BY) as SortKey[]).flatMap((k): FactOrder[] => [k, `-${k}`]);
  const choices = orders.map((order) => {
    const column = t(`column-${SORTED_BY[sortKey(order)]}`, state.lang);
    const way = t(isReversed(order) ? 'descending' : 'ascending', state.lang);
    return { id: order, label: `${column} ${way}`, names: [`${column} ${way}`, t(`column-${SORTED_BY[sortKey(order)]}`, 'en'), order] };
  });
  // The cursor starts on the order in force; nothing is picked, so Enter takes the row the cursor is on.
  const cursor = Math.max(0, orders.indexOf(state.order));
  const picker = { title: t('sortPicker', state.lang), choices, query: '', cursor, picked: [], several: false };
  return { ...state, overlay: { kind: 'picker', for: 'sort', ...picker, over: state.overlay } };
}

export function applySort(state: UiState, ids: readonly string[]): UiState {
  const order = ids[0] as FactOrder | undefined;
  return order ? filtered(state, { order }) : state;
}
