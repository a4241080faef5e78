import { NO_FILTER, onlyOne, setOf, yearOnly, type KindFilter, type StatusFilter } from '../../../model/filter.js';
import { nextSortKey, reverseOrder } from '../../../model/queries.js';
import type { Command } from '../../keys/words.js';
import type { Queries } from '../../state/selectors.js';
import { next } from '../../state/navigation.js';
import type { UiState } from '../../state/types.js';
import { t } from '../../strings.js';
import { openFilterBox } from '../filterBox/reducer.js';
import { filtered } from './filtered.js';
import { openColumns, openFilterPicker, openSortBy } from './filterPickers.js';

/**
 * The filter and order keys of the Figures list: each of p e y i # t P cycles one filter
 * through single values (from a set of several it starts again); their capitals and the
 * palette's "filter: place…" and the rest pick several from a list or type a range. Undefined
 * for any other key.
 */

const KINDS: readonly KindFilter[] = ['all', 'target', 'reported'];
const STATUSES: readonly StatusFilter[] = ['all', 'proposed', 'accepted'];

export function filtering(state: UiState, q: Queries, command: Command): UiState | undefined {
  const f = state.filter;
  switch (command) {
    case 'cyclePlace':
      return filtered(state, { filter: { ...f, places: setOf(next(q.placeCycle, onlyOne(f.places))) } });
    case 'cycleKind':
      return filtered(state, { filter: { ...f, kind: next(KINDS, f.kind) } });
    case 'cycleStatus':
      // Proposals are in the dataset only with --include-proposed: without any, the filter would only empty the list.
      if (!q.dataset.facts.some((x) => x.status === 'proposed')) return { ...state, notice: t('noProposals', state.lang) };
      return filtered(state, { filter: { ...f, status: next(STATUSES, f.status) } });
    case 'cycleYear':
      return filtered(state, { filter: { ...f, years: yearOnly(q.nextYear(f)) } });
    case 'cycleIndicator': {
      // In Compare, i filters the figures by the indicator you are on.
      const on = state.pane === 'compare' ? q.current(state) : null;
      const one = onlyOne(f.indicators);
      const indicator = on !== null && on !== one ? on : next(q.indicatorCycle, one);
      return filtered(state, { filter: { ...f, indicators: setOf(indicator) } });
    }
    case 'cycleTopic':
      return filtered(state, { filter: { ...f, topics: setOf(next(q.topicCycle, onlyOne(f.topics))) } });
    case 'cycleCategory': {
      // In Categories, e filters the figures by the category you are on.
      const on = state.pane === 'categories' ? q.current(state) : null;
      const one = onlyOne(f.categories);
      const category = on !== null && on !== one ? on : next(q.categoryCycle, one);
      return filtered(state, { filter: { ...f, categories: setOf(category) } });
    }
    case 'pickPlace':
      return openFilterPicker(state, q, 'place');
    case 'pickIndicator':
      return openFilterPicker(state, q, 'indicator');
    case 'pickCategory':
      return openFilterPicker(state, q, 'category');
    case 'pickTopic':
      return openFilterPicker(state, q, 'topic');
    case 'yearRange':
      return openFilterBox(state, 'years');
    case 'valueAtLeast':
      return openFilterBox(state, 'min');
    case 'valueAtMost':
      return openFilterBox(state, 'max');
    case 'chooseColumns':
      return openColumns(state);
    case 'sortBy':
      return openSortBy(state);
    case 'clearFilters':
      return filtered(state, { filter: NO_FILTER });
    case 'cycleOrder':
      return filtered(state, { order: nextSortKey(state.order) });
    case 'reverseOrder':
      return filtered(state, { order: reverseOrder(state.order) });
    default:
      return undefined;
  }
}
