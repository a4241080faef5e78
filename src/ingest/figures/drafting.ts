import type { FactInput } from '../../model/schema.js';
import type { Measure } from '../../model/types.js';

/** What every proposal is drafted with, whether read from a sentence or from a table's row. */

/** A draft English name from the indicator's, saying how the figure measures it; none where that would mislead. */
export function englishDraft(zh: string, indicator: string | undefined, measure: Measure, percent: boolean): FactInput['metric'] {
  const en = {
    stock: indicator,
    new: indicator && `new ${indicator}`,
    cumulative: indicator && `${indicator} (cumulative)`,
    growth: indicator && `growth of ${indicator}`,
    // A share at the level of an indicator counted in percent is the indicator itself (R&D intensity).
    share: percent ? indicator : undefined,
    rank: indicator && `${indicator} (rank)`,
  }[measure as 'stock'];
  return en === undefined ? { zh } : { zh, en };
}

/**
 * How sure a proposal is: a figure stated whole (its subject, number, unit, kind and year all in
 * its sentence) is surest; each thing read from elsewhere costs what it risks.
 */
export function confidenceOf(reasons: readonly string[]): number {
  const cost: Record<string, number> = {
    'Chinese numeral': 0.4,
    'metric inherited from previous clause': 0.2,
    'shared value in a 分别 list': 0.15,
    'year inferred': 0.1,
    'kind from the section heading': 0.05,
    "kind from the genre's convention": 0.1,
    'kind from a time word': 0.1,
    'kind guessed from the document': 0.15,
    'no unit': 0.25,
    'short metric': 0.25,
    'start of a change': 0.05,
    'read from a table of indicators': 0.1,
  };
  const c = reasons.reduce((left, r) => left - (cost[r.split(':')[0]!] ?? 0.1), 0.95);
  return Math.max(0.05, Math.round(c * 100) / 100);
}
