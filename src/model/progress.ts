import { foldScript } from '../text/fold.js';
import type { Qualifier } from './schema.js';

/**
 * How far a target is along, computed from the figures the data links to it; never stored.
 * A reported figure's qualifier makes it a bound, not a point ("more than 2,000" says only
 * that the true value is above 2,000), so the status is decided only where the bound
 * decides it; otherwise it is `uncertain`, with the reason. null is never read as 0.
 */

export type ProgressStatus = 'met' | 'behind' | 'uncertain' | 'no-report' | 'not-comparable';

/** What progress needs of a figure. */
/** The decimals a number is written with: 2.61 has two. */
export const decimals = (x: number) => (Number.isInteger(x) ? 0 : (String(x).split('.')[1]?.length ?? 0));

/** a − b to the decimals they are written with: 2.7 − 2.61 is 0.09, not the binary 0.0900000000000003. */
function difference(a: number, b: number): number {
  return Number((a - b).toFixed(Math.min(20, Math.max(decimals(a), decimals(b)))));
}

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
  /** True for a ceiling ("at most"): a positive gap is then room under it, not a shortfall. */
  readonly ceiling: boolean;
  /** Why the status is uncertain or not comparable, in a few words. */
  readonly reason: string | null;
}

/**
 * The values the true figure may take, as the text states it: from `lo` to `hi`, each end
 * open where the text excludes it ("more than 2,000" is above 2,000, not 2,000 itself).
 */
export function bounds(f: Figure): { lo: number; hi: number; loOpen: boolean; hiOpen: boolean; exact: boolean } {
  if (f.value === undefined) return { lo: f.value_min!, hi: f.value_max!, loOpen: false, hiOpen: false, exact: false };
  const v = f.value;
  const b = (lo: number, hi: number, loOpen = false, hiOpen = false) => ({ lo, hi, loOpen, hiOpen, exact: false });
  switch (f.qualifier) {
    case 'exact':
      return { lo: v, hi: v, loOpen: false, hiOpen: false, exact: true };
    case 'at_least':
      return b(v, Infinity);
    case 'more_than':
      return b(v, Infinity, true);
    case 'at_most':
      return b(-Infinity, v);
    case 'less_than':
      return b(-Infinity, v, false, true);
    case 'nearly':
      // 近: a little below the number, taken as within 10% under it.
      return b(v * 0.9, v, false, true);
    case 'about':
      // 约: taken as within 5% either way, so "about 2,000" settles a 1,800 target but not a 1,950 one.
      return b(v * 0.95, v * 1.05);
  }
}

/** The threshold a target sets: a floor to reach, or a ceiling ("at most") to stay under; strict where the text excludes it. */
export function threshold(target: Figure): { value: number; ceiling: boolean; strict: boolean } {
  // A rank is reached at its place or higher, a lower number: 第5位 is met by 第4位.
  const ceiling = target.measure === 'rank' || target.qualifier === 'at_most' || target.qualifier === 'less_than';
  const value = target.value ?? (ceiling ? target.value_max! : target.value_min!);
  return { value, ceiling, strict: target.qualifier === 'more_than' || target.qualifier === 'less_than' };
}

const folded = new Map<string, string>();
/**
 * A unit as written, with 項 and 项, 億元 and 亿元 alike: the documents are in both scripts. Each
 * unit is folded once: a filter asks this of every figure, and a dataset has a few dozen units.
 */
export function sameUnit(a: string, b: string): boolean {
  const fold = (unit: string) => folded.get(unit) ?? folded.set(unit, foldScript(unit)).get(unit)!;
  return a === b || fold(a) === fold(b);
}

/** Whether two figures can be set against each other: the same measure and the same unit as written. */
export function comparableTerms(a: Figure, b: Figure): string | null {
  if (a.measure !== b.measure) return `different measures (${a.measure}, ${b.measure})`;
  // A rank's measure word (第4位, 第4名, 第4) says nothing of its scale.
  if (a.measure === 'rank') return null;
  if (!sameUnit(a.unit, b.unit)) return `different units (${a.unit || 'none'}, ${b.unit || 'none'})`;
  return null;
}

/** A target's progress on the reports linked to it (their `progress_of`): the latest comparable one counts. */
export function progressOf<F extends Figure>(target: F, reports: readonly F[]): Progress<F> {
  const none = { ratio: null, gap: null, ceiling: false };
  if (target.measure === 'cap')
    return { target, report: null, status: 'not-comparable', ...none, reason: 'a policy limit, not a level to reach' };
  const comparable = reports.filter((r) => comparableTerms(target, r) === null);
  if (comparable.length === 0) {
    const reason = reports.length > 0 ? comparableTerms(target, reports[0]!) : null;
    return { target, report: reports.at(-1) ?? null, status: reports.length > 0 ? 'not-comparable' : 'no-report', ...none, reason };
  }
  const report = [...comparable].sort((a, b) => a.year - b.year).at(-1)!;
  const { value: goal, ceiling, strict } = threshold(target);
  const { lo, hi, loOpen, hiOpen, exact } = bounds(report);
  // A share and a gap only between two single numbers: a range or a bound has neither.
  // Nor a rank: places are no amounts, and 第4位 is no 80% of 第5位.
  const single = report.value !== undefined && target.value !== undefined && target.measure !== 'rank';
  const ratio = exact && single && goal !== 0 ? report.value! / goal : null;
  const gap = exact && single ? difference(goal, report.value!) : null;
  // Every value the report allows is on the right side of the threshold (meets), or on the wrong side (misses).
  const above = (x: number, open: boolean) => x > goal || (x === goal && (open || !strict));
  const below = (x: number, open: boolean) => x < goal || (x === goal && (open || strict));
  const meets = ceiling ? hi < goal || (hi === goal && (hiOpen || !strict)) : above(lo, loOpen);
  const misses = ceiling ? lo > goal || (lo === goal && (loOpen || strict)) : below(hi, hiOpen);
  const base = { target, report, ratio, gap, ceiling };
  if (meets) return { ...base, status: 'met', reason: null };
  if (misses) return { ...base, status: 'behind', reason: null };
  const said = report.qualifier === 'about' ? 'approximate' : single ? 'a bound' : 'a range';
  return { ...base, status: 'uncertain', reason: `the report is ${said} either side of the target` };
}
