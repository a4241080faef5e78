import { unitFamily, type UnitFamily } from '../../model/indicators.js';
import type { Measure } from '../../model/types.js';
import { foldScript } from '../../text/fold.js';
import { measureOf } from './cues.js';

/**
 * How a figure measures its indicator, read from its metric's words and its unit and checked
 * against what the indicator's level is counted in (its unit family): R&D intensity stated in
 * % is its level (a share), a change of it in 个百分点 its growth; a count of enterprises in 家
 * is a stock, and the same count's 增长12% its growth. A figure whose unit no measure of the
 * indicator is counted in (高新技术企业 … 5万人, 研发投入强度 … 300亿元) does not measure it.
 */

const families = new Map<string, UnitFamily>();

/** The family of a unit in simplified script, with its 万 or 亿 left off, which say how big, not what is counted. */
function familyOf(unit: string): UnitFamily {
  let family = families.get(unit);
  if (family === undefined) {
    family = unitFamily(
      foldScript(unit)
        .replace(/^(?:万亿|亿|万|千|百)/u, '')
        .replace(/^％$/u, '%'),
    );
    families.set(unit, family);
  }
  return family;
}

const LEVEL_IN_PERCENT: ReadonlySet<string> = new Set(['percent', 'percentage-points']);

export interface Measured {
  readonly measure: Measure;
  /** False when the unit is none the indicator's measures are counted in: the figure measures something else. */
  readonly fits: boolean;
}

/** The measure of a figure of `metric` in `unit`, for an indicator whose level is counted in `indicatorFamily` (none when no indicator is matched). */
export function measureFor(metric: string, unit: string, indicatorFamily: string | undefined): Measured {
  const guessed = measureOf(metric, unit);
  const family = familyOf(unit);
  if (indicatorFamily === undefined) return { measure: guessed, fits: true };
  if (LEVEL_IN_PERCENT.has(indicatorFamily)) {
    // An indicator counted in percent: in % a figure is its level or its change; in points, its change; in anything else, no figure of it.
    if (family === 'percentage-points') return { measure: 'growth', fits: true };
    if (family === 'percent') return { measure: guessed === 'growth' ? 'growth' : 'share', fits: true };
    return { measure: guessed, fits: family === 'other' && unit === '' };
  }
  // A count, a sum or a number of people: in % a figure is its change or a share of it, never its level; points are a
  // percentage's change, which none of them is.
  if (family === 'percent') return { measure: guessed === 'growth' || guessed === 'cap' ? guessed : 'share', fits: true };
  const known = family !== 'other';
  return { measure: guessed, fits: !known || family === indicatorFamily };
}
