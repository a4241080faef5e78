import { formatNumber, formatPercent, formatValue } from '../model/figureText.js';
import { progressOfTarget, type TargetProgress } from '../model/indicators.js';
import { STATUS_GLYPH } from '../model/progress.js';
import { placeAndBelow } from '../model/queries.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { figureJson, placeLabel } from './label.js';

/**
 * Every target with its latest progress figure, the share reached, the gap, the status, and
 * its baseline. The place, when given, is one of the dataset's (the command line checks).
 */
export function progressCommand(dataset: Dataset, options: { json: boolean; place?: string }): { output: string } {
  const places = options.place === undefined ? null : placeAndBelow(dataset, options.place);
  const rank = new Map(dataset.places.map((p, i) => [p.id, i]));
  const targets = dataset.facts
    .filter((f) => f.kind === 'target' && (places === null || places.has(f.place)))
    .sort((a, b) => rank.get(a.place)! - rank.get(b.place)! || a.year - b.year);
  const all = targets.map((t) => progressOfTarget(dataset, t));
  if (options.json) {
    const rows = all.map((p) => ({
      target: figureJson(dataset, p.target),
      report: p.report && figureJson(dataset, p.report),
      baseline: p.baseline && figureJson(dataset, p.baseline),
      status: p.status,
      ratio: p.ratio,
      gap: p.gap,
      reason: p.reason,
    }));
    return { output: `${jsonSafe(JSON.stringify(rows, null, 2))}\n` };
  }
  if (all.length === 0) return { output: `${noTargets(dataset, options.place)}\n` };
  return { output: `${all.map((p) => line(dataset, p)).join('\n')}\n` };
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
  const parts = [`${STATUS_GLYPH[p.status]} ${placeLabel(dataset, t.place)} ${t.year} ${t.metric.zh}: target ${formatValue(t)}`];
  if (p.report) parts.push(`reported ${formatValue(p.report)} (${p.report.year})`);
  if (p.ratio !== null) parts.push(`${formatPercent(p.ratio)} of the target`);
  if (p.gap !== null && p.gap > 0) parts.push(`${formatNumber(p.gap)} ${t.unit} ${p.ceiling ? 'under the cap' : 'to go'}`);
  if (p.gap !== null && p.gap < 0) parts.push(`${p.ceiling ? 'over the cap by' : 'exceeded by'} ${formatNumber(-p.gap)} ${t.unit}`);
  if (p.baseline) parts.push(`starting from ${formatValue(p.baseline)} (${p.baseline.year})`);
  parts.push(p.reason ? `${p.status}: ${p.reason}` : p.status);
  return `${parts.join(' · ')}  [${t.id}]`;
}
