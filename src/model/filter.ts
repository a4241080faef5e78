import { sameUnit } from './progress.js';
import type { Dataset, Fact } from './types.js';

/**
 * What the Figures list keeps, as a spreadsheet's filters do: each condition holds a set (of
 * places, indicators, categories, topics), a range (of years) or bounds (of values); an empty
 * set or a null range asks nothing. Pure: no React, no terminal.
 */

export type KindFilter = 'all' | 'target' | 'reported';
/** Accepted facts, or the proposals an ingest made (in the dataset only with --include-proposed). */
export type StatusFilter = 'all' | 'accepted' | 'proposed';

/** Years from–to, both ends kept; a null end is open. */
export interface YearRange {
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * Values at least `min` and at most `max`, as written. Numbers compare only within one unit
 * (in either script), never converted: `unit` names the unit the bounds apply to (a figure in another unit is
 * left out), or null to hold every unit's numbers to them as written.
 */
export interface ValueBounds {
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string | null;
}

export interface FactFilter {
  /** Places, each with the places within it. */
  readonly places: readonly string[];
  readonly kind: KindFilter;
  readonly categories: readonly string[];
  readonly years: YearRange | null;
  readonly indicators: readonly string[];
  readonly topics: readonly string[];
  readonly status: StatusFilter;
  readonly values: ValueBounds | null;
}

export const NO_FILTER: FactFilter = {
  places: [],
  kind: 'all',
  categories: [],
  years: null,
  indicators: [],
  topics: [],
  status: 'all',
  values: null,
};

/** The one value a set holds, or null when it holds none or several: what a cycling key steps from. */
export const onlyOne = (set: readonly string[]): string | null => (set.length === 1 ? set[0]! : null);

/** A set of one, or the empty set (no condition) for null. */
export const setOf = (id: string | null): readonly string[] => (id === null ? [] : [id]);

/** A single year as a range, or no range. */
export const yearOnly = (year: number | null): YearRange | null => (year === null ? null : { from: year, to: year });

/** The year a range of one year holds, else null: what `y` steps from. */
export const singleYear = (years: YearRange | null): number | null =>
  years !== null && years.from !== null && years.from === years.to ? years.from : null;

/** A place and every place below it, so filtering by Nanning keeps Liangqing's figures. */
export function placeAndBelow(dataset: Dataset, place: string): Set<string> {
  return placesAndBelow(dataset, [place]);
}

/** Several places and every place below any of them, found in one pass per level. */
export function placesAndBelow(dataset: Dataset, places: readonly string[]): Set<string> {
  const below = new Set(places);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of dataset.places) {
      if (p.parent !== undefined && below.has(p.parent) && !below.has(p.id)) {
        below.add(p.id);
        grew = true;
      }
    }
  }
  return below;
}

/**
 * The value a lower bound is held to: a range's lower end, so "value ≥ 1,000" keeps a range
 * only where all of it is; likewise an upper bound is held to its upper end.
 */
const lowest = (f: Fact): number | null => f.value ?? f.value_min ?? null;
const highest = (f: Fact): number | null => f.value ?? f.value_max ?? f.value_min ?? null;

/** Whether a figure's value stands within the bounds, in the bounds' unit (or any, as written). */
export function withinBounds(f: Fact, bounds: ValueBounds): boolean {
  if (bounds.unit !== null && !sameUnit(f.unit, bounds.unit)) return false;
  if (bounds.min !== null) {
    const low = lowest(f);
    if (low === null || low < bounds.min) return false;
  }
  if (bounds.max !== null) {
    const high = highest(f);
    if (high === null || high > bounds.max) return false;
  }
  return true;
}

/**
 * The test a filter makes of a figure, with its sets made once: a filter of 142,000 figures
 * is then one pass of set lookups.
 */
export function matcher(dataset: Dataset, filter: FactFilter): (f: Fact) => boolean {
  const places = filter.places.length ? placesAndBelow(dataset, filter.places) : null;
  const categories = filter.categories.length ? new Set(filter.categories) : null;
  const indicators = filter.indicators.length ? new Set(filter.indicators) : null;
  const topics = filter.topics.length ? filter.topics : null;
  const from = filter.years?.from ?? -Infinity;
  const to = filter.years?.to ?? Infinity;
  const { kind, status, values } = filter;
  return (f) =>
    (places === null || places.has(f.place)) &&
    (kind === 'all' || f.kind === kind) &&
    (categories === null || (f.category !== undefined && categories.has(f.category))) &&
    f.year >= from &&
    f.year <= to &&
    (indicators === null || (f.indicator !== null && indicators.has(f.indicator))) &&
    (topics === null || topics.some((t) => f.tags.includes(t))) &&
    (status === 'all' || (f.status ?? 'accepted') === status) &&
    (values === null || withinBounds(f, values));
}

/** Whether the filter asks anything. */
export const isFiltered = (filter: FactFilter): boolean => JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
