import { exportFact } from '../tables/figure.js';
import { formatPercent, formatValue } from '../model/figureText.js';
import { progressOfTarget, type TargetProgress } from '../model/indicators.js';
import { PACE_GLYPH } from '../model/pace.js';
import { placeAndBelow } from '../model/queries.js';
import type { Dataset, Fact } from '../model/types.js';
import { paceWords } from '../cite/paceWords.js';
import { gapWords, progressTable } from '../cite/progressTable.js';
import { tableText } from '../tables/write.js';
import { jsonSafe } from '../platform/output.js';
import { placeLabel } from './label.js';

export const PROGRESS_FORMATS = ['md', 'tsv', 'csv', 'json'] as const;
export type ProgressFormat = (typeof PROGRESS_FORMATS)[number];

/** The targets of a place and of the places within it (all, without one), places in tree order, then years. */
export function targetsOf(dataset: Dataset, place: string | undefined): Fact[] {
  const places = place === undefined ? null : placeAndBelow(dataset, place);
  const rank = new Map(dataset.places.map((p, i) => [p.id, i]));
  return dataset.facts
    .filter((f) => f.kind === 'target' && (places === null || places.has(f.place)))
    .sort((a, b) => rank.get(a.place)! - rank.get(b.place)! || a.year - b.year);
}

/**
 * Every target with its latest progress figure, the share reached, the gap, the status, its
 * pace (model/pace.ts) and its baseline: a line a target, or the table of cite/progressTable.ts in a format, whose JSON
 * is the targets with their report and baseline as objects (`--json`). The place, when given,
 * is one of the dataset's (the command line checks).
 */
export function progressCommand(dataset: Dataset, options: { format?: ProgressFormat; place?: string }): { output: string } {
  const targets = targetsOf(dataset, options.place);
  if (options.format === 'json') {
    const rows = targets.map((t) => {
      const p = progressOfTarget(dataset, t);
      return {
        target: exportFact(dataset, p.target),
        report: p.report && exportFact(dataset, p.report),
        baseline: p.baseline && exportFact(dataset, p.baseline),
        status: p.status,
        ratio: p.ratio,
        gap: p.gap,
        reason: p.reason,
        // The trajectory beside the status: met, missed, on-track, behind-pace, or why it cannot be said.
        pace: p.pace,
        pace_reason: p.paceReason,
        expected: p.expected,
      };
    });
    return { output: `${jsonSafe(JSON.stringify(rows, null, 2))}\n` };
  }
  if (options.format !== undefined) return { output: [...tableText(progressTable(dataset, targets), options.format)].join('') };
  if (targets.length === 0) return { output: `${noTargets(dataset, options.place)}\n` };
  return { output: `${targets.map((t) => line(dataset, progressOfTarget(dataset, t))).join('\n')}\n` };
}

/** Why the list is empty, and where there are targets to see instead: an empty answer would pass for a broken one. */
function noTargets(dataset: Dataset, place: string | undefined): string {
  const targeted = new Set(dataset.facts.filter((f) => f.kind === 'target').map((f) => f.place));
  const where = dataset.places.filter((p) => targeted.has(p.id)).map((p) => p.id);
  if (place === undefined) return 'no targets in the dataset';
  const none = `no targets for ${placeLabel(dataset, place)} (${place}) or the places within it`;
  return where.length === 0 ? `${none}, nor anywhere in the dataset` : `${none}; there are targets for ${where.join(', ')}`;
}

function line(dataset: Dataset, p: TargetProgress): string {
  const t = p.target;
  // The pace's glyph leads, as in the explorer's list: a target behind but on the line is no miss.
  const parts = [`${PACE_GLYPH[p.pace]} ${placeLabel(dataset, t.place)} ${t.year} ${t.metric.zh}: target ${formatValue(t)}`];
  if (p.report) parts.push(`reported ${formatValue(p.report)} (${p.report.year})`);
  if (p.ratio !== null) parts.push(`${formatPercent(p.ratio)} of the target`);
  const gap = gapWords(p);
  if (gap !== '') parts.push(gap);
  if (p.baseline) parts.push(`starting from ${formatValue(p.baseline)} (${p.baseline.year})`);
  parts.push(p.reason ? `${p.status}: ${p.reason}` : p.status);
  // The status's reason is already said: the pace adds only its own.
  if (p.pace !== p.status) parts.push(paceWords(p.paceReason === p.reason ? { ...p, paceReason: null } : p, 'en', false));
  else parts.push(`due ${t.year}`);
  return `${parts.join(' · ')}  [${t.id}]`;
}
