import { describe, expect, it } from 'vitest';
import { unitFamily } from '../../src/model/indicators.js';
import { relatedFigures } from '../../src/model/related.js';
import type { Dataset, Fact } from '../../src/model/types.js';
import { bundledDataset } from '../helpers.js';
import { withCopies } from './copies.js';

const RELATIONS = ['comparable', 'same-indicator', 'same-family', 'same-category'] as const;

/** The indicators of each one's family, the slow way: the indicators naming the same head, and the head. */
function familyMembers(dataset: Dataset, indicator: string | null): string[] {
  if (indicator === null) return [];
  const head = dataset.indicatorById.get(indicator)?.family ?? indicator;
  const members = dataset.indicators.filter((i) => i.family === head).map((i) => i.id);
  return members.length > 0 ? [head, ...members] : [];
}

/** Steps from one place to another up or down the tree of places, or Infinity off its line. */
function steps(dataset: Dataset, from: string, to: string): number {
  const chain = (p: string) => {
    const out = [p];
    for (let up = dataset.placeById.get(p)?.parent; up !== undefined; up = dataset.placeById.get(up)?.parent) out.push(up);
    return out;
  };
  const up = chain(from).indexOf(to);
  const down = chain(to).indexOf(from);
  return Math.min(up < 0 ? Infinity : up, down < 0 ? Infinity : down);
}

/**
 * What relatedFigures promises, worked out the slow way: every other figure of the dataset
 * that is not linked to `fact`, by how it relates; the figure's own place first, then those on
 * its line by how far, then the others in the order of places.yaml; within a place by
 * relation, year, then the dataset's order.
 */
function expected(dataset: Dataset, fact: Fact): [string, string][] {
  const linked = new Set([fact.progress_of, fact.baseline_of]);
  for (const f of dataset.facts) if (f.progress_of === fact.id || f.baseline_of === fact.id) linked.add(f.id);
  const family = familyMembers(dataset, fact.indicator);
  const relationOf = (other: Fact): number | null => {
    if (fact.indicator !== null && other.indicator === fact.indicator) {
      return other.measure === fact.measure && unitFamily(other.unit) === unitFamily(fact.unit) ? 0 : 1;
    }
    if (other.indicator !== null && family.includes(other.indicator)) return 2;
    return fact.category !== undefined && other.category === fact.category ? 3 : null;
  };
  const found = dataset.facts
    .map((other, order) => ({ other, order, relation: relationOf(other) }))
    .filter((x) => x.relation !== null && x.other.id !== fact.id && !linked.has(x.other.id));
  const placeIndex = (place: string) => dataset.places.findIndex((p) => p.id === place);
  found.sort(
    (a, b) =>
      steps(dataset, fact.place, a.other.place) - steps(dataset, fact.place, b.other.place) ||
      placeIndex(a.other.place) - placeIndex(b.other.place) ||
      a.relation! - b.relation! ||
      a.other.year - b.other.year ||
      (a.relation === 2 ? family.indexOf(a.other.indicator!) - family.indexOf(b.other.indicator!) : 0) ||
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
