import type { Dataset, Fact } from '../../src/model/types.js';

function groupBy(facts: readonly Fact[], key: (f: Fact) => string | null | undefined): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = key(f);
    if (k === null || k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return groups;
}

/**
 * The dataset with `times` copies of every fact under new ids (links pointing into their own
 * copy), as the bench's scaled datasets are: many figures of one place, year and indicator,
 * told apart only by the dataset's order.
 */
export function withCopies(dataset: Dataset, times: number): Dataset {
  const facts: Fact[] = [];
  for (let n = 0; n < times; n++) {
    const copy = (id: string | undefined) => (id === undefined || n === 0 ? id : `${id}~${n}`);
    for (const f of dataset.facts)
      facts.push({ ...f, id: copy(f.id)!, progress_of: copy(f.progress_of), baseline_of: copy(f.baseline_of) });
  }
  return {
    ...dataset,
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    factsByCategory: groupBy(facts, (f) => f.category),
    factsByPlace: groupBy(facts, (f) => f.place),
    factsByIndicator: groupBy(facts, (f) => f.indicator),
    progressByTarget: groupBy(facts, (f) => f.progress_of),
    baselineByTarget: groupBy(facts, (f) => f.baseline_of),
  };
}
