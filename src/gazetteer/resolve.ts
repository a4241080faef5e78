import { isWithin, type Division, type Tier } from './divisions.js';
import { nameIndex, type NameHit } from './nameIndex.js';

const TIER_RANK: Readonly<Record<Tier, number>> = { province: 0, prefecture: 1, county: 2 };

/** Divisions in a stable order: higher ones first, then by code. */
export const byRank = (a: Division, b: Division): number => TIER_RANK[a.tier] - TIER_RANK[b.tier] || a.code.localeCompare(b.code);

/** `divisions` cut to those `keep` takes, unless it takes none: a clue that fits no candidate is no clue. */
export function narrowed<T>(divisions: readonly T[], keep: (d: T) => boolean): readonly T[] {
  const kept = divisions.filter(keep);
  return kept.length > 0 ? kept : divisions;
}

/** Whether `child` is below `parent`, at any depth. */
export const isBelow = (child: Division, parent: Division): boolean => child !== parent && isWithin(child, parent.code);

/** The divisions of `before` that are above one of `after`: 吉林长春 is the province, not the city. */
export const above = (before: readonly Division[], after: readonly Division[]): readonly Division[] =>
  before.filter((b) => after.some((a) => isBelow(a, b)));

/**
 * The divisions a name's hits stand for, best first: those below one the name before it
 * stands for (南京市鼓楼区, 北京朝阳), when there are any; those `within` a known division, when
 * there are any; those it is the full name of, over those it is the short name of; and of the
 * short names, a county-level division's yields to a higher one's (西安 is the city, not
 * Liaoyuan's 西安区, which is written so).
 */
export function rankedHits(hits: readonly NameHit[], clues: { within?: string; after?: readonly Division[] } = {}): Division[] {
  const { within, after } = clues;
  let kept = narrowed(hits, (h) => after !== undefined && after.some((a) => isBelow(h.division, a)));
  kept = narrowed(kept, (h) => within !== undefined && isWithin(h.division, within));
  kept = narrowed(kept, (h) => h.full);
  kept = narrowed(kept, (h) => h.full || h.division.tier !== 'county');
  return [...new Set(kept.map((h) => h.division))].sort(byRank);
}

/**
 * The divisions a name stands for, best first: one when it names one, several when it is
 * shared and nothing tells which (鼓楼区: ask), none when it names no division. A full name
 * (陕西省, 苏州市, 洞头区) or a short one (陕西, 苏州) may come after the names of the divisions
 * it is part of (江苏省南京市鼓楼区, 南京鼓楼区), which tell a shared name's division; `within`, the
 * code of a division the name is known to be in, does too. Traditional script is read as
 * simplified. A development zone or a group of places (南宁市高新区, 国家高新区, 自贸区) is no
 * division, and a name with such a part names none.
 */
export function resolveDivision(name: string, within?: string): readonly Division[] {
  const index = nameIndex();
  const folded = index.fold(name.replace(/\s+/gu, ''));
  /**
   * The divisions the rest of the name from `at` stands for, after the names before it stood for
   * `after`: the name splits into names each below the one before it (济南市中区 is 济南 and 市中区,
   * not 济南市 and 中区), longer names tried first; none where it does not.
   */
  const rest = (at: number, after: readonly Division[] | undefined): readonly Division[] => {
    const matches = index.matchesAt(folded, at);
    for (let m = matches.length - 1; m >= 0; m--) {
      const { end, hits } = matches[m]!;
      // A name after one it is not part of (北京上海) is not one place's name.
      if (after !== undefined && !hits.some((h) => after.some((a) => isBelow(h.division, a)))) continue;
      const found = rankedHits(hits, { ...(within === undefined ? {} : { within }), ...(after === undefined ? {} : { after }) });
      const whole = end === folded.length ? found : rest(end, found);
      if (whole.length > 0) return whole;
    }
    return [];
  };
  return folded === '' ? [] : rest(0, undefined);
}
