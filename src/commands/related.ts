import { exportFact } from '../tables/figure.js';
import { familyReason } from '../model/family.js';
import { linkedFigures } from '../model/indicators.js';
import { relatedFigures, type Related } from '../model/related.js';
import type { Dataset, Fact } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { figureLabel, placeLabel } from './label.js';

const LINK_WORDS = {
  target: 'the target it reports on',
  'baseline-of': 'the figure it is the starting level of (a target, or the level a change reached)',
  baseline: 'its starting level',
  progress: 'progress reported on it',
} as const;

/** Why a related figure stands beside `fact`, in words a reader and a script both take. */
export function relatedReason(dataset: Dataset, fact: Fact, r: Related): string {
  const other = r.fact;
  switch (r.relation) {
    case 'comparable':
      return 'comparable: same indicator, measure and unit';
    case 'same-indicator':
      return other.measure !== fact.measure
        ? `same indicator, not comparable: ${other.measure}, not ${fact.measure}`
        : `same indicator, not comparable: counted in ${other.unit || 'no unit'}, not ${fact.unit || 'no unit'}`;
    case 'same-family':
      return `related, not comparable: ${familyReason(dataset, fact.indicator!, other.indicator!).en}`;
    case 'same-category':
      return `same category: ${dataset.categoryById.get(other.category!)?.name.en ?? other.category}`;
  }
}

/** A fact's linked figures and related ones elsewhere, each with how it relates and why; text grouped by place, or JSON. */
export function relatedCommand(dataset: Dataset, id: string, json: boolean): { output: string } | { error: string; exitCode: number } {
  const fact = dataset.factById.get(id);
  if (!fact) return { error: `no fact "${id}" (find ids with: policy-explorer search …)`, exitCode: 1 };
  const linked = linkedFigures(dataset, fact);
  const related = relatedFigures(dataset, fact);
  if (json) {
    const rows = [
      ...linked.map((l) => ({ relation: l.link, reason: LINK_WORDS[l.link], ...exportFact(dataset, l.fact) })),
      ...related.map((r) => ({
        relation: r.relation,
        reason: relatedReason(dataset, fact, r),
        ...(r.family !== undefined ? { family: r.family } : {}),
        ...exportFact(dataset, r.fact),
      })),
    ];
    return { output: `${jsonSafe(JSON.stringify(rows, null, 2))}\n` };
  }
  const lines = [`${figureLabel(dataset, fact)}`];
  for (const l of linked) lines.push(`  ${LINK_WORDS[l.link]}: ${figureLabel(dataset, l.fact)}  [${l.fact.id}]`);
  let place = '';
  for (const r of related) {
    if (r.fact.place !== place) {
      place = r.fact.place;
      lines.push(placeLabel(dataset, place));
    }
    lines.push(`  ${figureLabel(dataset, r.fact)}  (${relatedReason(dataset, fact, r)})  [${r.fact.id}]`);
  }
  if (linked.length === 0 && related.length === 0) lines.push('  nothing related in the dataset');
  return { output: `${lines.join('\n')}\n` };
}
