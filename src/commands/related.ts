import { linkedFigures } from '../model/indicators.js';
import { relatedFigures } from '../model/related.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { figureJson, figureLabel, placeLabel } from './label.js';

const RELATION_WORDS = {
  comparable: 'comparable',
  'same-indicator': 'same indicator, not comparable',
  'same-category': 'same category',
} as const;
const LINK_WORDS = {
  target: 'the target it reports on',
  'baseline-of': 'the figure it is the starting level of (a target, or the level a change reached)',
  baseline: 'its starting level',
  progress: 'progress reported on it',
} as const;

/** A fact's linked figures and related ones elsewhere, each with how it relates; text grouped by place, or JSON. */
export function relatedCommand(dataset: Dataset, id: string, json: boolean): { output: string } | { error: string; exitCode: number } {
  const fact = dataset.factById.get(id);
  if (!fact) return { error: `no fact "${id}" (find ids with: policy-explorer search …)`, exitCode: 1 };
  const linked = linkedFigures(dataset, fact);
  const related = relatedFigures(dataset, fact);
  if (json) {
    const rows = [
      ...linked.map((l) => ({ relation: l.link, ...figureJson(dataset, l.fact) })),
      ...related.map((r) => ({ relation: r.relation, ...figureJson(dataset, r.fact) })),
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
    lines.push(`  ${figureLabel(dataset, r.fact)}  (${RELATION_WORDS[r.relation]})  [${r.fact.id}]`);
  }
  if (linked.length === 0 && related.length === 0) lines.push('  nothing related in the dataset');
  return { output: `${lines.join('\n')}\n` };
}
