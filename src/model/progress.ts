import type { Qualifier } from './schema.js';

/**
 * How far a target is along, computed from the figures the data links to it; never stored.
 * A reported figure's qualifier makes it a bound, not a point ("more than 2,000" says only
 * that the true value is above 2,000), so the status is decided only where the bound
 * decides it; otherwise it is `uncertain`, with the reason. null is never read as 0.
 */

export type ProgressStatus = 'met' | 'behind' | 'uncertain' | 'no-report' | 'not-comparable';

/** What progress needs of a figure. */
export interface Figure {
  readonly kind: 'target' | 'reported';
  readonly year: number;
  readonly value?: number;
  readonly value_min?: number;
  readonly value_max?: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly measure: string;
}

export interface Progress<F extends Figure = Figure> {
  readonly target: F;
  /** The latest comparable report, or null. */
  readonly report: F | null;
  readonly status: ProgressStatus;
  /** Report ÷ target, where both are single numbers in the same unit and the report is exact. */
  readonly ratio: number | null;
  /** Target − report, in the target's unit, on the same terms; negative when exceeded. */
  readonly gap: number | null;
  /** Why the status is uncertain or not comparable, in a few words. */
  readonly reason: string | null;
}

/** The values the true figure may take, as the text states it. */
export function bounds(f: Figure): { lo: number; hi: number; exact: boolean } {
  if (f.value === undefined) return { lo: f.value_min!, hi: f.value_max!, exact: false };
  const v = f.value;
  switch (f.qualifier) {
    case 'exact':
      return { lo: v, hi: v, exact: true };
    case 'at_least':
    case 'more_than':
      return { lo: v, hi: Infinity, exact: false };
    case 'at_most':
    case 'less_than':
      return { lo: -Infinity, hi: v, exact: false };
    case 'nearly':
      // 近: a little below the number.
      return { lo: -Infinity, hi: v, exact: false };
    case 'about':
      // 约: taken as within 5% either way, so "about 2,000" settles a 1,800 target but not a 1,950 one.
      return { lo: v * 0.95, hi: v * 1.05, exact: false };
  }
}

/** The threshold a target sets, and whether it is a ceiling ("at most") rather than a floor. */
function threshold(target: Figure): { value: number; ceiling: boolean } {
  const ceiling = target.qualifier === 'at_most' || target.qualifier === 'less_than';
  const value = target.value ?? (ceiling ? target.value_max! : target.value_min!);
  return { value, ceiling };
}

/** Whether two figures can be set against each other: the same measure and the same unit as written. */
export function comparableTerms(a: Figure, b: Figure): string | null {
  if (a.measure !== b.measure) return `different measures (${a.measure}, ${b.measure})`;
  if (a.unit !== b.unit) return `different units (${a.unit || 'none'}, ${b.unit || 'none'})`;
  return null;
}

/** A target's progress on the reports linked to it (their `progress_of`): the latest comparable one counts. */
export function progressOf<F extends Figure>(target: F, reports: readonly F[]): Progress<F> {
  const none = { ratio: null, gap: null };
  if (target.measure === 'cap')
    return { target, report: null, status: 'not-comparable', ...none, reason: 'a policy limit, not a level to reach' };
  const comparable = reports.filter((r) => comparableTerms(target, r) === null);
  if (comparable.length === 0) {
    const reason = reports.length > 0 ? comparableTerms(target, reports[0]!) : null;
    return { target, report: reports.at(-1) ?? null, status: reports.length > 0 ? 'not-comparable' : 'no-report', ...none, reason };
  }
  const report = [...comparable].sort((a, b) => a.year - b.year).at(-1)!;
  const { value: goal, ceiling } = threshold(target);
  const { lo, hi, exact } = bounds(report);
  const single = report.value !== undefined;
  const ratio = exact && single && goal !== 0 ? report.value! / goal : null;
  const gap = exact && single ? goal - report.value! : null;
  const meets = ceiling ? hi <= goal : lo >= goal;
  const misses = ceiling ? lo > goal : hi < goal;
  if (meets) return { target, report, status: 'met', ratio, gap, reason: null };
  if (misses) return { target, report, status: 'behind', ratio, gap, reason: null };
  const said = report.qualifier === 'about' ? 'approximate' : single ? 'a bound' : 'a range';
  return { target, report, status: 'uncertain', ratio, gap, reason: `the report is ${said} either side of the target` };
}

export const STATUS_GLYPH: Record<ProgressStatus, string> = {
  met: '✓',
  behind: '▼',
  uncertain: '~',
  'no-report': '?',
  'not-comparable': '≠',
};
