import { paceOf, type Pace } from './pace.js';
import { progressOf, type Progress } from './progress.js';
import type { Dataset, Fact, Measure } from './types.js';

/**
 * Figures set side by side through the indicators they measure. Two figures are comparable
 * when they measure the same indicator in the same way (measure) and in the same family of
 * unit; they are related but not comparable when only the indicator agrees, as a 2021–2023
 * cumulative turnover and one year's contracts are. Pure: no React, no terminal.
 */

export type UnitFamily = 'count' | 'money' | 'percent' | 'percentage-points' | 'people' | 'area' | 'other';

const FAMILIES: readonly [RegExp, UnitFamily][] = [
  [/^%$/u, 'percent'],
  [/百分点/u, 'percentage-points'],
  [/元$/u, 'money'],
  [/^(人|名|人次|人\(个\)|人（个）)$/u, 'people'],
  [/(亩|平方米|公顷|平方公里)$/u, 'area'],
  [/^(家|个|個|项|項|件|座|支|批|次|所|条|條|台|套|人\(个\))$/u, 'count'],
];

const families = new Map<string, UnitFamily>();

/** The family of a unit as written: 亿元 and 萬元 are both money, 家 and 項 both counts. */
export function unitFamily(unit: string): UnitFamily {
  // A dataset writes few distinct units and compares them often: each is matched once.
  let family = families.get(unit);
  if (family === undefined) {
    family = FAMILIES.find(([pattern]) => pattern.test(unit))?.[1] ?? 'other';
    families.set(unit, family);
  }
  return family;
}

export type Relation = 'comparable' | 'same-indicator' | 'same-family' | 'same-category';

export function comparable(a: Fact, b: Fact): boolean {
  return a.indicator !== null && a.indicator === b.indicator && a.measure === b.measure && unitFamily(a.unit) === unitFamily(b.unit);
}

/** How `other` relates to `fact`, or null when it does not. */
export function relation(fact: Fact, other: Fact): Relation | null {
  if (comparable(fact, other)) return 'comparable';
  if (fact.indicator !== null && fact.indicator === other.indicator) return 'same-indicator';
  if (fact.category !== undefined && fact.category === other.category) return 'same-category';
  return null;
}

export type Link = 'target' | 'progress' | 'baseline' | 'baseline-of';

/** The figures the data links to one: the target it reports on or starts, and a target's progress and baseline. */
export function linkedFigures(dataset: Dataset, fact: Fact): { fact: Fact; link: Link }[] {
  const out: { fact: Fact; link: Link }[] = [];
  if (fact.progress_of !== undefined) out.push({ fact: dataset.factById.get(fact.progress_of)!, link: 'target' });
  if (fact.baseline_of !== undefined) out.push({ fact: dataset.factById.get(fact.baseline_of)!, link: 'baseline-of' });
  for (const f of dataset.baselineByTarget.get(fact.id) ?? []) out.push({ fact: f, link: 'baseline' });
  for (const f of dataset.progressByTarget.get(fact.id) ?? []) out.push({ fact: f, link: 'progress' });
  return out;
}

export interface TargetProgress extends Progress<Fact> {
  /** The figure the target starts from, when the data names one. */
  readonly baseline: Fact | null;
  /** The progress as a trajectory (model/pace.ts): met, missed, on track or behind pace, or why it cannot be said. */
  readonly pace: Pace;
  readonly paceReason: string | null;
  /** Where the straight line from the baseline to the target stands in the report's year. */
  readonly expected: number | null;
}

export function progressOfTarget(dataset: Dataset, target: Fact): TargetProgress {
  const baselines = dataset.baselineByTarget.get(target.id) ?? [];
  const progress = progressOf(target, dataset.progressByTarget.get(target.id) ?? []);
  const baseline = baselines.at(-1) ?? null;
  const { pace, reason, expected } = paceOf(progress, baseline);
  return { ...progress, baseline, pace, paceReason: reason, expected };
}

export interface PivotCell {
  readonly fact: Fact;
  /** False where the figure is not comparable with the table's main measure and unit. */
  readonly comparable: boolean;
}

export interface PivotRow {
  readonly place: string;
  readonly year: number;
  readonly targets: readonly PivotCell[];
  readonly reported: readonly PivotCell[];
}

export interface Pivot {
  readonly rows: readonly PivotRow[];
  /** The measure and unit most of the figures share; the others are marked. */
  readonly main: { readonly indicator: string; readonly measure: Measure; readonly family: UnitFamily } | null;
}

/** Figures place × year, places in tree order, targets and reported apart, odd ones out marked. */
export function pivot(dataset: Dataset, facts: readonly Fact[]): Pivot {
  // The way most figures measure (indicator, measure, unit family); ties go to the first found.
  // A category's table mixes indicators, and a figure of another one, or of none, is marked.
  const counts = new Map<string, number>();
  for (const f of facts) {
    const key = `${f.indicator ?? ''}|${f.measure}|${unitFamily(f.unit)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const [indicator, measure, family] = top ? (top.split('|') as [string, Measure, UnitFamily]) : [null, null, null];
  const rank = new Map(dataset.places.map((p, i) => [p.id, i]));
  const rows = new Map<string, { place: string; year: number; targets: PivotCell[]; reported: PivotCell[] }>();
  for (const f of facts) {
    const key = `${f.place}|${f.year}`;
    const row = rows.get(key) ?? { place: f.place, year: f.year, targets: [], reported: [] };
    const cell = {
      fact: f,
      comparable: indicator !== '' && f.indicator === indicator && f.measure === measure && unitFamily(f.unit) === family,
    };
    (f.kind === 'target' ? row.targets : row.reported).push(cell);
    rows.set(key, row);
  }
  return {
    rows: [...rows.values()].sort((a, b) => rank.get(a.place)! - rank.get(b.place)! || a.year - b.year),
    main: measure === null || indicator === '' ? null : { indicator: indicator!, measure, family: family! },
  };
}

export interface TimelineYear {
  readonly year: number;
  readonly due: readonly Fact[];
  readonly reported: readonly Fact[];
}

/** Years as rows: the targets due and the figures reported in each, in the order given. */
export function timeline(facts: readonly Fact[]): TimelineYear[] {
  const years = new Map<number, { year: number; due: Fact[]; reported: Fact[] }>();
  for (const f of facts) {
    const y = years.get(f.year) ?? { year: f.year, due: [], reported: [] };
    (f.kind === 'target' ? y.due : y.reported).push(f);
    years.set(f.year, y);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
