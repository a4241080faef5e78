import { nextSortKey, NO_FILTER, reverseOrder, type KindFilter, type StatusFilter } from '../../../model/queries.js';
import type { Command } from '../../keys/words.js';
import type { Queries } from '../../state/selectors.js';
import { next } from '../../state/navigation.js';
import type { UiState, View } from '../../state/types.js';
import { t } from '../../strings.js';
import { labeller } from '../../text/labels.js';
import type { PickerChoice } from '../picker/state.js';

/**
 * The filter and order keys of the Figures list: each cycles one filter (place, kind, status,
 * year, indicator, topic, category) or the order, and shows the list; the palette's
 * "filter: place…" picks the place from a list instead. Undefined for any other key.
 */

const KINDS: readonly KindFilter[] = ['all', 'target', 'reported'];
const STATUSES: readonly StatusFilter[] = ['all', 'proposed', 'accepted'];

/** Filters act on the Figures pane, and show it. */
function filtered(state: UiState, change: Partial<View>): UiState {
  return { ...state, ...change, pane: 'figures', screen: { kind: 'list' } };
}

export function filtering(state: UiState, q: Queries, command: Command): UiState | undefined {
  switch (command) {
    case 'cyclePlace':
      return filtered(state, { filter: { ...state.filter, place: next(q.placeCycle, state.filter.place) } });
    case 'pickPlace':
      return pickingPlace(state, q);
    case 'cycleKind':
      return filtered(state, { filter: { ...state.filter, kind: next(KINDS, state.filter.kind) } });
    case 'cycleStatus':
      // Proposals are in the dataset only with --include-proposed: without any, the filter would only empty the list.
      if (!q.dataset.facts.some((f) => f.status === 'proposed')) return { ...state, notice: t('noProposals', state.lang) };
      return filtered(state, { filter: { ...state.filter, status: next(STATUSES, state.filter.status) } });
    case 'cycleYear':
      return filtered(state, { filter: { ...state.filter, year: q.nextYear(state.filter) } });
    case 'cycleIndicator': {
      // In Compare, i filters the figures by the indicator you are on.
      const on = state.pane === 'compare' ? q.current(state) : null;
      const indicator = on !== null && on !== state.filter.indicator ? on : next(q.indicatorCycle, state.filter.indicator);
      return filtered(state, { filter: { ...state.filter, indicator } });
    }
    case 'cycleTopic':
      return filtered(state, { filter: { ...state.filter, topic: next(q.topicCycle, state.filter.topic) } });
    case 'cycleCategory': {
      // In Categories, e filters the figures by the category you are on.
      const onCategory = state.pane === 'categories' ? q.current(state) : null;
      const category =
        onCategory !== null && onCategory !== state.filter.category ? onCategory : next(q.categoryCycle, state.filter.category);
      return filtered(state, { filter: { ...state.filter, category } });
    }
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

/** The places `p` cycles through, as a picker offers them: named as the interface names them, found by every name they have. */
function placeChoices(state: UiState, q: Queries): PickerChoice[] {
  const label = labeller(q.dataset, state.lang, state.script);
  return q.placeCycle.flatMap((id) => {
    const place = id === null ? undefined : q.dataset.placeById.get(id);
    if (!place) return [];
    const { name, short, aliases } = place;
    return [
      {
        id: place.id,
        label: label.place(place.id),
        names: [short.zh_hans, short.zh_hant, short.en, name.zh_hans, name.zh_hant, name.en, ...aliases],
      },
    ];
  });
}

/**
 * The picker over the place filter's choices, its cursor on the place in force. The filter
 * holds one place, so the picker takes one: Space picks it in place of the one before.
 */
function pickingPlace(state: UiState, q: Queries): UiState {
  const choices = placeChoices(state, q);
  const cursor = Math.max(
    0,
    choices.findIndex((c) => c.id === state.filter.place),
  );
  const picker = { title: t('placePicker', state.lang), choices, query: '', cursor, picked: [], several: false };
  return { ...state, overlay: { kind: 'picker', for: 'place', ...picker, over: state.overlay } };
}

/** The place a picker chose, as the place filter, the list of figures shown. */
export function byPlace(state: UiState, places: readonly string[]): UiState {
  return filtered(state, { filter: { ...state.filter, place: places[0] ?? null } });
}
