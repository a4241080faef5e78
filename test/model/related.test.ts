import { describe, expect, it } from 'vitest';
import { unitFamily } from '../../src/model/indicators.js';
import { relatedFigures } from '../../src/model/related.js';
import type { Dataset, Fact } from '../../src/model/types.js';
import { bundledDataset } from '../helpers.js';
import { withCopies } from './copies.js';

const RELATIONS = ['comparable', 'same-indicator', 'same-category'] as const;

/**
 * What relatedFigures promises, worked out the slow way: every other figure of the dataset
 * that is not linked to `fact`, by how it relates; places by their closest relation, then in
 * the order of places.yaml; within a place by relation, year, then the dataset's order.
 */
function expected(dataset: Dataset, fact: Fact): [string, string][] {
  const linked = new Set([fact.progress_of, fact.baseline_of]);
  for (const f of dataset.facts) if (f.progress_of === fact.id || f.baseline_of === fact.id) linked.add(f.id);
  const relationOf = (other: Fact): number | null => {
    if (fact.indicator !== null && other.indicator === fact.indicator) {
      return other.measure === fact.measure && unitFamily(other.unit) === unitFamily(fact.unit) ? 0 : 1;
    }
    return fact.category !== undefined && other.category === fact.category ? 2 : null;
  };
  const found = dataset.facts
    .map((other, order) => ({ other, order, relation: relationOf(other) }))
    .filter((x) => x.relation !== null && x.other.id !== fact.id && !linked.has(x.other.id));
  const closest = (place: string) => Math.min(...found.filter((x) => x.other.place === place).map((x) => x.relation!));
  const placeIndex = (place: string) => dataset.places.findIndex((p) => p.id === place);
  found.sort(
    (a, b) =>
      closest(a.other.place) - closest(b.other.place) ||
      placeIndex(a.other.place) - placeIndex(b.other.place) ||
      a.relation! - b.relation! ||
      a.other.year - b.other.year ||
      a.order - b.order,
  );
  return found.map((x) => [x.other.id, RELATIONS[x.relation!]!]);
}

const actual = (dataset: Dataset, fact: Fact) => relatedFigures(dataset, fact).map((r): [string, string] => [r.fact.id, r.relation]);

describe('relatedFigures', () => {
  const dataset = bundledDataset();

  it.each(dataset.facts.map((f) => [f.id, f]))('%s: as a scan of every figure finds them', (_id, fact) => {
    expect(actual(dataset, fact)).toEqual(expected(dataset, fact));
  });

  it('finds figures of every relation on the bundled data', () => {
    const seen = new Set(dataset.facts.flatMap((f) => relatedFigures(dataset, f).map((r) => r.relation)));
    expect([...seen].sort()).toEqual([...RELATIONS].sort());
  });

  it('orders copies of one figure (same place, year and indicator) as the dataset does', () => {
    const tripled = withCopies(dataset, 3);
    for (const fact of tripled.facts.filter((_, i) => i % 7 === 0)) expect(actual(tripled, fact), fact.id).toEqual(expected(tripled, fact));
  });
});
