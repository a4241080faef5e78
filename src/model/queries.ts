import { matcher, type FactFilter } from './filter.js';
import type { Dataset, Fact, PolicyDocument } from './types.js';

/** Questions the explorer asks of the dataset. Pure: no React, no terminal. */

export type { FactFilter, KindFilter, StatusFilter, ValueBounds, YearRange } from './filter.js';
export { NO_FILTER, placeAndBelow } from './filter.js';

/** What the figures are sorted by. */
export type SortKey = 'place' | 'year' | 'kind' | 'document' | 'value' | 'metric';
export const SORT_KEYS: readonly SortKey[] = ['place', 'year', 'kind', 'document', 'value', 'metric'];
/** A sort key, ascending, or reversed with a leading `-`: one string, so it is saved as it is. */
export type FactOrder = SortKey | `-${SortKey}`;
export const FACT_ORDERS: readonly FactOrder[] = [...SORT_KEYS, ...SORT_KEYS.map((k) => `-${k}` as const)];

export const sortKey = (order: FactOrder): SortKey => (order.startsWith('-') ? order.slice(1) : order) as SortKey;
export const isReversed = (order: FactOrder): boolean => order.startsWith('-');
/** The next sort key, in the same direction. */
export const nextSortKey = (order: FactOrder): FactOrder => {
  const key = SORT_KEYS[(SORT_KEYS.indexOf(sortKey(order)) + 1) % SORT_KEYS.length]!;
  return isReversed(order) ? `-${key}` : key;
};
export const reverseOrder = (order: FactOrder): FactOrder => (isReversed(order) ? sortKey(order) : `-${sortKey(order)}`);

/** The number a value sort uses: the value, or a range's lower end. */
const sortValue = (f: Fact): number => f.value ?? f.value_min ?? 0;
/** Codepoint order, the same on every machine (localeCompare depends on the ICU build). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The places that have facts, in the order of places.yaml (each place before those within it). */
export function placesWithFacts(dataset: Dataset): string[] {
  return dataset.places.filter((p) => dataset.factsByPlace.has(p.id)).map((p) => p.id);
}

const sorted = new WeakMap<Dataset, Map<FactOrder, readonly Fact[]>>();

/**
 * Every fact in `order`, sorted once per dataset and order. The sort is stable, so a filter
 * of this list is in the order a sort of the filtered facts would give: a filter is one pass.
 */
function factsInOrder(dataset: Dataset, order: FactOrder): readonly Fact[] {
  let orders = sorted.get(dataset);
  if (!orders) sorted.set(dataset, (orders = new Map()));
  let facts = orders.get(order);
  if (!facts) {
    const rank = new Map(dataset.places.map((p, i) => [p.id, i]));
    const docRank = new Map(dataset.documents.map((d, i) => [d.id, i]));
    const byPlace = (a: Fact, b: Fact) => rank.get(a.place)! - rank.get(b.place)!;
    const byYear = (a: Fact, b: Fact) => a.year - b.year;
    const byKind = (a: Fact, b: Fact) => (a.kind === b.kind ? 0 : a.kind === 'target' ? -1 : 1);
    const byDocument = (a: Fact, b: Fact) => docRank.get(a.document)! - docRank.get(b.document)! || a.span[0] - b.span[0];
    // Values of different units are never compared: a value sort groups the figures by unit as
    // written (家, 亿元, %), then sorts each group by number. No figure is converted.
    const byUnit = (a: Fact, b: Fact) => byText(a.unit, b.unit);
    const byValue = (a: Fact, b: Fact) => sortValue(a) - sortValue(b);
    const byMetric = (a: Fact, b: Fact) => byText(a.metric.zh, b.metric.zh) || byText(a.metric.en ?? '', b.metric.en ?? '');
    const chains: Record<SortKey, ((a: Fact, b: Fact) => number)[]> = {
      place: [byPlace, byYear, byKind, byDocument],
      year: [byYear, byPlace, byKind, byDocument],
      kind: [byKind, byPlace, byYear, byDocument],
      document: [byDocument],
      value: [byUnit, byValue, byPlace, byYear, byDocument],
      metric: [byMetric, byPlace, byYear, byDocument],
    };
    if (isReversed(order)) {
      facts = [...factsInOrder(dataset, sortKey(order))].reverse();
      orders.set(order, facts);
      return facts;
    }
    facts = [...dataset.facts].sort((a, b) => {
      for (const compare of chains[sortKey(order)]) {
        const c = compare(a, b);
        if (c !== 0) return c;
      }
      return 0;
    });
    orders.set(order, facts);
  }
  return facts;
}

/** The figures a filter keeps, in `order`: one pass over the sorted list. */
export function filterFacts(dataset: Dataset, filter: FactFilter, order: FactOrder): Fact[] {
  return factsInOrder(dataset, order).filter(matcher(dataset, filter));
}

const SENTENCE_END = /[。；！？;!?\n]/u;

/** The sentence of the document around a span, for showing a quote in its context. */
export function sentenceAround(doc: PolicyDocument, span: readonly [number, number]): { text: string; quoteAt: number } {
  let start = span[0];
  while (start > 0 && !SENTENCE_END.test(doc.text[start - 1]!)) start--;
  let end = span[1];
  while (end < doc.text.length && !SENTENCE_END.test(doc.text[end - 1] ?? '')) end++;
  if (end < doc.text.length && doc.text[end - 1] === '\n') end--;
  return { text: doc.text.slice(start, end), quoteAt: span[0] - start };
}

/** The facts of a document in the order their quotes stand in its text. */
export function factsInText(dataset: Dataset, doc: PolicyDocument): Fact[] {
  return doc.facts.map((id) => dataset.factById.get(id)!).sort((a, b) => a.span[0] - b.span[0]);
}
