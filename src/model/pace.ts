import { bounds, comparableTerms, decimals, threshold, type Figure, type Progress } from './progress.js';

/**
 * A target's progress as a trajectory: whether it is met, missed, or, with a report before
 * the due year, on the straight line from its baseline to the target or below it. Judged
 * from the data only, never from today's date: a 2024 report on a target due in 2025 is
 * before the due year whenever it is read. Where the data cannot decide, the pace says so,
 * with the reason; no start is ever guessed for a line.
 */

export type Pace =
  | 'met'
  | 'missed'
  | 'on-track'
  | 'behind-pace'
  | 'no-report'
  /** The report, or the baseline, is a bound or range either side of what decides. */
  | 'undecided'
  /** The report is not comparable with the target (see the status's reason). */
  | 'not-comparable'
  /** No line to judge a report before the due year by: no baseline, or none that can start one. */
  | 'unknown';

export interface PaceOf {
  readonly pace: Pace;
  /** Why the pace is not decided, in a few words; null where it is. */
  readonly reason: string | null;
  /**
   * The value the straight line from the baseline to the target reaches in the report's
   * year, where the line exists and starts from a single number; rounded one decimal finer
   * than the figures are stated, so a report is plainly above or below it.
   */
  readonly expected: number | null;
}

export const PACE_GLYPH: Record<Pace, string> = {
  met: '✓',
  missed: '✗',
  'on-track': '↗',
  'behind-pace': '▼',
  'no-report': '?',
  undecided: '~',
  'not-comparable': '≠',
  unknown: '…',
};

/** `x` to `places` decimals; infinite ends of a bound stay infinite. */
const rounded = (x: number, places: number) => (Number.isFinite(x) ? Number(x.toFixed(Math.min(20, places))) : x);

/** The pace of a target's progress, from its baseline when the report is before the due year. */
export function paceOf<F extends Figure>(progress: Progress<F>, baseline: F | null): PaceOf {
  const undecided = (pace: Pace, reason: string | null): PaceOf => ({ pace, reason, expected: null });
  const { target, report, status } = progress;
  if (status === 'met') return undecided('met', null);
  if (status === 'no-report') return undecided('no-report', null);
  if (status === 'not-comparable') return undecided('not-comparable', progress.reason);
  if (status === 'uncertain') return undecided('undecided', progress.reason);
  // Behind the target: after its due year that is a miss; before it, the line decides.
  if (report!.year >= target.year) return undecided('missed', null);
  return onTheLine(target, report!, baseline);
}

/** A report before the due year set against the straight line from the baseline (value, year) to the target (value, due year). */
function onTheLine(target: Figure, report: Figure, baseline: Figure | null): PaceOf {
  const unknown = (reason: string): PaceOf => ({ pace: 'unknown', reason, expected: null });
  if (baseline === null) return unknown('no baseline to draw the line from');
  const terms = comparableTerms(target, baseline);
  if (terms !== null) return unknown(`the baseline is not comparable with the target: ${terms}`);
  // The line runs forward from the baseline; before it there is no line, only a guess.
  if (baseline.year > report.year) return unknown(`the baseline (${baseline.year}) is after the report (${report.year})`);
  const { value: goal, ceiling } = threshold(target);
  // From 0 at the baseline's year (the line is the baseline there) towards 1 at the due year.
  const along = (report.year - baseline.year) / (target.year - baseline.year);
  const stated = [goal, baseline.value, baseline.value_min, baseline.value_max, report.value, report.value_min, report.value_max];
  const places = Math.max(...stated.map((x) => (x === undefined ? 0 : decimals(x))));
  // Written so an unbounded end stays unbounded; rounded past float noise, so a report on the line is on it.
  const at = (start: number) => rounded(start * (1 - along) + goal * along, places + 9);
  const start = bounds(baseline);
  // A baseline given as a bound or range draws a band of lines: the pace is decided only clear of all of them.
  const [low, high] = [at(start.lo), at(start.hi)];
  const { lo, hi, loOpen, hiOpen } = bounds(report);
  const onTrack = ceiling ? hi <= low : lo >= high;
  const behindPace = ceiling ? lo > high || (lo === high && loOpen) : hi < low || (hi === low && hiOpen);
  const expected = start.exact ? rounded(low, places + 1) : null;
  if (onTrack) return { pace: 'on-track', reason: null, expected };
  if (behindPace) return { pace: 'behind-pace', reason: null, expected };
  const which = start.exact ? 'the report is a bound or range' : 'the baseline is a bound or range';
  return { pace: 'undecided', reason: `${which} either side of the line`, expected };
}
