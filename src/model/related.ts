import { familyOf } from './family.js';
import { comparable, linkedFigures, type Relation } from './indicators.js';
import type { Dataset, Fact } from './types.js';

/**
 * The figures related to one, found through an index of each indicator's and each category's
 * figures by place, built once per dataset on first use: a figure's related ones cost a pass
 * over its indicator's, its family's and its category's figures, however large the dataset.
 */

export interface Related {
  readonly fact: Fact;
  readonly relation: Relation;
  /** For a figure of the same family, the indicator the family is named by. */
  readonly family?: string;
}

/** Group → place → its figures in order of year, then of the dataset; places in the order of places.yaml. */
type ByPlace = ReadonlyMap<string, readonly Fact[]>;

interface RelatedIndex {
  readonly byIndicator: ReadonlyMap<string, ByPlace>;
  readonly byCategory: ReadonlyMap<string, ByPlace>;
  readonly placeRank: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Dataset, RelatedIndex>();

function byPlace(groups: ReadonlyMap<string, readonly Fact[]>, placeRank: ReadonlyMap<string, number>): Map<string, ByPlace> {
  const out = new Map<string, ByPlace>();
  for (const [group, facts] of groups) {
    const places = new Map<string, Fact[]>();
    for (const f of facts) {
      const list = places.get(f.place);
      if (list) list.push(f);
      else places.set(f.place, [f]);
    }
    // Stable: figures of one year keep the dataset's order.
    for (const list of places.values()) list.sort((a, b) => a.year - b.year);
    out.set(group, new Map([...places].sort((a, b) => placeRank.get(a[0])! - placeRank.get(b[0])!)));
  }
  return out;
}

function relatedIndex(dataset: Dataset): RelatedIndex {
  let index = indexes.get(dataset);
  if (!index) {
    const placeRank = new Map(dataset.places.map((p, i) => [p.id, i]));
    index = {
      byIndicator: byPlace(dataset.factsByIndicator, placeRank),
      byCategory: byPlace(dataset.factsByCategory, placeRank),
      placeRank,
    };
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * How far a place is from the figure's own along the tree of places: 0 its own, 1 its parent
 * or a child, 2 a grandparent or grandchild…; a place off its line is Infinity.
 */
export function lineDistance(dataset: Dataset, from: string, to: string): number {
  const up = (start: string, goal: string): number => {
    let steps = 0;
    const seen = new Set<string>();
    for (let at: string | undefined = start; at !== undefined && !seen.has(at); at = dataset.placeById.get(at)?.parent, steps++) {
      if (at === goal) return steps;
      seen.add(at);
    }
    return Infinity;
  };
  return Math.min(up(from, to), up(to, from));
}

interface Found {
  comparable: Related[];
  indicator: Related[];
  family: Related[];
  category: Related[];
}

/**
 * Figures related to one: of each place, the same indicator first (comparable before the
 * rest), then the same family of indicators, then the same category, each by year. The
 * figure's own place comes first, then the places on its line (parent and children, then
 * further up and down), then the others in the places' order. The figures it is linked to
 * (its target, its progress, its baseline) are listed apart, not here.
 */
export function relatedFigures(dataset: Dataset, fact: Fact): Related[] {
  const index = relatedIndex(dataset);
  const skip = new Set([fact.id, ...linkedFigures(dataset, fact).map((l) => l.fact.id)]);
  const places = new Map<string, Found>();
  const at = (place: string) => {
    let found = places.get(place);
    if (!found) places.set(place, (found = { comparable: [], indicator: [], family: [], category: [] }));
    return found;
  };
  if (fact.indicator !== null) {
    for (const [place, facts] of index.byIndicator.get(fact.indicator) ?? []) {
      const found = at(place);
      for (const other of facts) {
        if (skip.has(other.id)) continue;
        if (comparable(fact, other)) found.comparable.push({ fact: other, relation: 'comparable' });
        else found.indicator.push({ fact: other, relation: 'same-indicator' });
      }
    }
  }
  const family = familyOf(dataset, fact.indicator);
  for (const member of family?.members ?? []) {
    if (member === fact.indicator) continue;
    for (const [place, facts] of index.byIndicator.get(member) ?? []) {
      const found = at(place);
      for (const other of facts) if (!skip.has(other.id)) found.family.push({ fact: other, relation: 'same-family', family: family!.head });
    }
  }
  if (fact.category !== undefined) {
    for (const [place, facts] of index.byCategory.get(fact.category) ?? []) {
      const found = at(place);
      for (const other of facts) {
        // A figure of the same indicator or family was found above, as the closer relation.
        if (
          skip.has(other.id) ||
          (other.indicator !== null && (other.indicator === fact.indicator || family?.members.includes(other.indicator)))
        )
          continue;
        found.category.push({ fact: other, relation: 'same-category' });
      }
    }
  }
  const distance = new Map([...places.keys()].map((p) => [p, lineDistance(dataset, fact.place, p)]));
  return [...places]
    .filter(([, p]) => p.comparable.length + p.indicator.length + p.family.length + p.category.length > 0)
    .sort(([a], [b]) => distance.get(a)! - distance.get(b)! || index.placeRank.get(a)! - index.placeRank.get(b)!)
    .flatMap(([, p]) => [
      ...p.comparable,
      ...p.indicator,
      // Each member's figures come by year; those of several members are merged by year (stable: the family's order).
      ...p.family.sort((a, b) => a.fact.year - b.fact.year),
      ...p.category,
    ]);
}
