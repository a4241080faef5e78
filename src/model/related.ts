import { comparable, linkedFigures, type Relation } from './indicators.js';
import type { Dataset, Fact } from './types.js';

/**
 * The figures related to one, found through an index of each indicator's and each category's
 * figures by place, built once per dataset on first use: a figure's related ones cost a pass
 * over its indicator's and category's figures, with no sort, however large the dataset.
 */

export interface Related {
  readonly fact: Fact;
  readonly relation: Relation;
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
 * Figures related to one: same indicator first (comparable before the rest), then same
 * category, grouped by place in the places' order, each place's by year. The figures it is
 * linked to (its target, its progress, its baseline) are listed apart, not here.
 */
export function relatedFigures(dataset: Dataset, fact: Fact): Related[] {
  const index = relatedIndex(dataset);
  const skip = new Set([fact.id, ...linkedFigures(dataset, fact).map((l) => l.fact.id)]);
  const places = new Map<string, { comparable: Related[]; indicator: Related[]; category: Related[] }>();
  const at = (place: string) => {
    let found = places.get(place);
    if (!found) places.set(place, (found = { comparable: [], indicator: [], category: [] }));
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
  if (fact.category !== undefined) {
    for (const [place, facts] of index.byCategory.get(fact.category) ?? []) {
      const found = at(place);
      for (const other of facts) {
        // A figure of the same indicator was found above, as the closer relation.
        if (skip.has(other.id) || (fact.indicator !== null && other.indicator === fact.indicator)) continue;
        found.category.push({ fact: other, relation: 'same-category' });
      }
    }
  }
  // A place comes before others by the closest relation it has, then by the places' order.
  const best = (p: { comparable: Related[]; indicator: Related[] }) => (p.comparable.length ? 0 : p.indicator.length ? 1 : 2);
  return [...places]
    .filter(([, p]) => p.comparable.length + p.indicator.length + p.category.length > 0)
    .sort(([a, pa], [b, pb]) => best(pa) - best(pb) || index.placeRank.get(a)! - index.placeRank.get(b)!)
    .flatMap(([, p]) => [...p.comparable, ...p.indicator, ...p.category]);
}
