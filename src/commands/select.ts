import { placeAndBelow } from '../model/queries.js';
import type { Dataset, Fact } from '../model/types.js';

/** What is wrong with a --place that names no place of the dataset, with the ones it has; undefined for a known place. */
export function unknownPlace(dataset: Dataset, place: string): string | undefined {
  return dataset.placeById.has(place) ? undefined : `no place "${place}" (use ${dataset.places.map((p) => p.id).join(', ')})`;
}

/** The facts an export's filters select: a place (with the places within), an indicator, a year, a kind. */
export function selectFacts(
  dataset: Dataset,
  filters: { place?: string; indicator?: string; year?: string; kind?: string },
): { facts: readonly Fact[] } | { error: string } {
  const { place, indicator, year, kind } = filters;
  const unknown = place === undefined ? undefined : unknownPlace(dataset, place);
  if (unknown !== undefined) return { error: unknown };
  if (indicator !== undefined && !dataset.indicatorById.has(indicator))
    return { error: `no indicator "${indicator}" (see the indicators in export --format json)` };
  if (year !== undefined && !/^\d{4}$/u.test(year)) return { error: `--year takes a year such as 2024, not "${year}"` };
  if (kind !== undefined && kind !== 'target' && kind !== 'reported') return { error: `unknown kind "${kind}" (use target, reported)` };
  const places = place === undefined ? null : placeAndBelow(dataset, place);
  return {
    facts: dataset.facts.filter(
      (f) =>
        (places === null || places.has(f.place)) &&
        (indicator === undefined || f.indicator === indicator) &&
        (year === undefined || f.year === Number(year)) &&
        (kind === undefined || f.kind === kind),
    ),
  };
}
