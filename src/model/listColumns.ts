import type { SortKey } from './queries.js';

/**
 * The columns of the Figures list, in the order it draws them, and the sort key each is
 * sorted by. The mark (a target's progress, a proposal's ◇) and the English name sort with
 * the metric and the kind they go with.
 */
export type FactColumn = 'mark' | 'place' | 'metric' | 'metricEn' | 'value' | 'year' | 'kind' | 'document';
export const FACT_COLUMNS: readonly FactColumn[] = ['mark', 'place', 'metric', 'metricEn', 'value', 'year', 'kind', 'document'];

/** The sortable columns, in the list's order: each sort key once. */
export const SORTED_BY: Readonly<Record<SortKey, FactColumn>> = {
  place: 'place',
  metric: 'metric',
  value: 'value',
  year: 'year',
  kind: 'kind',
  document: 'document',
};

/** Columns in the list's order, whatever order they were picked in; every column for none or none known. */
export function columnsOf(picked: readonly string[]): readonly FactColumn[] {
  const known = FACT_COLUMNS.filter((c) => picked.includes(c));
  return known.length > 0 ? known : FACT_COLUMNS;
}
