import { describe, expect, it } from 'vitest';
import {
  FACT_ORDERS,
  filterFacts,
  isReversed,
  NO_FILTER,
  sortKey,
  type FactFilter,
  type FactOrder,
  type SortKey,
} from '../../src/model/queries.js';
import type { Dataset, Fact } from '../../src/model/types.js';
import { bundledDataset } from '../helpers.js';
import { withCopies } from './copies.js';

/** The figures a filter keeps, sorted the slow way: the order's keys, then the dataset's order. */
function expected(dataset: Dataset, filter: FactFilter, order: FactOrder): string[] {
  const placeIndex = (f: Fact) => dataset.places.findIndex((p) => p.id === f.place);
  const docIndex = (f: Fact) => dataset.documents.findIndex((d) => d.id === f.document);
  const within = (place: string, parent: string): boolean => {
    if (place === parent) return true;
    const up = dataset.places.find((p) => p.id === place)?.parent;
    return up !== undefined && within(up, parent);
  };
  // Units and metrics rank by their place in the sorted list of those in the data.
  const rankOf = (values: string[]) => {
    const sorted = [...new Set(values)].sort();
    return (v: string) => sorted.indexOf(v);
  };
  const unitRank = rankOf(dataset.facts.map((f) => f.unit));
  const metricRank = rankOf(dataset.facts.map((f) => `${f.metric.zh}\u0000${f.metric.en}`));
  const keys: Record<SortKey, (f: Fact) => number[]> = {
    place: (f) => [placeIndex(f), f.year, f.kind === 'target' ? 0 : 1, docIndex(f), f.span[0]],
    year: (f) => [f.year, placeIndex(f), f.kind === 'target' ? 0 : 1, docIndex(f), f.span[0]],
    kind: (f) => [f.kind === 'target' ? 0 : 1, placeIndex(f), f.year, docIndex(f), f.span[0]],
    document: (f) => [docIndex(f), f.span[0]],
    value: (f) => [unitRank(f.unit), f.value ?? f.value_min!, placeIndex(f), f.year, docIndex(f), f.span[0]],
    metric: (f) => [metricRank(`${f.metric.zh}\u0000${f.metric.en}`), placeIndex(f), f.year, docIndex(f), f.span[0]],
  };
  const ids = dataset.facts
    .map((f, i) => ({ f, key: [...keys[sortKey(order)](f), i] }))
    .filter(
      ({ f }) =>
        (filter.places.length === 0 || filter.places.some((p) => within(f.place, p))) &&
        (filter.kind === 'all' || f.kind === filter.kind) &&
        (filter.categories.length === 0 || filter.categories.includes(f.category!)) &&
        (filter.years === null || (f.year >= (filter.years.from ?? 0) && f.year <= (filter.years.to ?? 9999))) &&
        (filter.indicators.length === 0 || filter.indicators.includes(f.indicator!)) &&
        (filter.topics.length === 0 || filter.topics.some((t) => f.tags.includes(t))),
    )
    .sort((a, b) => {
      for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k]! - b.key[k]!;
      return 0;
    })
    .map(({ f }) => f.id);
  // A reversed order is the whole ascending list read backwards.
  return isReversed(order) ? ids.reverse() : ids;
}

function filters(dataset: Dataset): FactFilter[] {
  const one = dataset.facts.find((f) => f.indicator !== null && f.category !== undefined && f.tags.length > 0)!;
  return [
    NO_FILTER,
    ...dataset.places.map((p) => ({ ...NO_FILTER, places: [p.id] })),
    { ...NO_FILTER, places: ['yangzhou', 'liangqing'] },
    { ...NO_FILTER, kind: 'target' },
    { ...NO_FILTER, kind: 'reported' },
    { ...NO_FILTER, years: { from: one.year, to: one.year } },
    { ...NO_FILTER, years: { from: 2022, to: 2024 } },
    { ...NO_FILTER, years: { from: null, to: 2023 } },
    { ...NO_FILTER, indicators: [one.indicator!] },
    { ...NO_FILTER, categories: [one.category!] },
    { ...NO_FILTER, topics: [one.tags[0]!] },
    { ...NO_FILTER, places: [one.place], kind: one.kind, years: { from: one.year, to: one.year } },
  ];
}

describe('filterFacts', () => {
  const dataset = bundledDataset();

  it.each(FACT_ORDERS)('keeps what each filter asks for, in %s order', (order) => {
    for (const filter of filters(dataset)) {
      expect(
        filterFacts(dataset, filter, order).map((f) => f.id),
        JSON.stringify(filter),
      ).toEqual(expected(dataset, filter, order));
    }
  });

  it('gives the same answer asked again, after other orders and filters', () => {
    const first = filterFacts(dataset, NO_FILTER, 'year').map((f) => f.id);
    filterFacts(dataset, { ...NO_FILTER, kind: 'target' }, 'place');
    expect(filterFacts(dataset, NO_FILTER, 'year').map((f) => f.id)).toEqual(first);
  });

  it.each(FACT_ORDERS)('keeps copies of one figure in the dataset’s order, in %s order', (order) => {
    const tripled = withCopies(dataset, 3);
    for (const filter of filters(tripled).slice(0, 4)) {
      expect(filterFacts(tripled, filter, order).map((f) => f.id)).toEqual(expected(tripled, filter, order));
    }
  });
});
