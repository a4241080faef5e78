import type { FactInput } from '../model/schema.js';
import { foldScript } from '../text/fold.js';
import { sameUnit } from '../model/progress.js';

/**
 * Which figures of a folder may be read against a target: the reported figures that may say
 * how far it got (`progress_of`) and the one it starts from (`baseline_of`). A suggestion is
 * a figure of the same place and unit, of the same indicator (or, where one of the two has
 * none yet, of alike metric words), in the right years: up to its base year a baseline, after
 * it and up to the target's year a report. Each says why, and what the link rules would
 * refuse, so a person decides on reasons, not on a score. Pure: the folder is read elsewhere.
 */

export type LinkKey = 'progress_of' | 'baseline_of';

/** A figure of the folder, proposal or fact, with what it needs of its document. */
export interface LinkFigure {
  readonly document: string;
  /** The document file it is written in. */
  readonly file: string;
  readonly fact: FactInput;
  /** Its own place, else its document's. */
  readonly place: string;
  /** The year its document is dated, when it is. */
  readonly documentYear: number | null;
}

export interface LinkSuggestion {
  /** The reported figure the link is written on. */
  readonly figure: LinkFigure;
  readonly target: LinkFigure;
  readonly key: LinkKey;
  readonly score: number;
  readonly why: readonly string[];
  /** What the link rules would refuse of it, with what to do; null when it can be linked as it is. */
  readonly refusal: string | null;
}

/**
 * The last year a target is measured from: its baseline's, when one is linked; else the year
 * before its period starts; else the year before the document that sets it (a 2024 plan
 * starts from 2023's level), never later than the year before the target's own.
 */
export function baseYear(target: LinkFigure, figures: readonly LinkFigure[]): number {
  const baselines = figures.filter((f) => f.fact.baseline_of === target.fact.id).map((f) => f.fact.year);
  if (baselines.length > 0) return Math.max(...baselines);
  const period = target.fact.period === undefined ? undefined : Number(target.fact.period.slice(0, 4));
  if (period !== undefined) return period - 1;
  return Math.min(target.fact.year, target.documentYear ?? target.fact.year) - 1;
}

/** The two-character runs of a name, in simplified script: what "the same metric words" are counted in. */
function bigrams(text: string): Set<string> {
  const folded = foldScript(text).replace(/\s+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) out.add(folded.slice(i, i + 2));
  return out;
}

/** How alike two metric names are, 0 to 1 (Dice's coefficient over their character pairs). */
export function metricLikeness(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return foldScript(a) === foldScript(b) ? 1 : 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Metric names at least this alike are taken for the same words. */
const ALIKE = 0.5;

/**
 * Whether the rules would refuse writing `key` on `figure` towards `target`, as `validate`
 * says it, with what to do; null when they would not. The years are checked here too: a
 * report after the target's year or a baseline after its start is no link.
 */
export function linkRefusal(figure: LinkFigure, target: LinkFigure, key: LinkKey, base: number): string | null {
  const f = figure.fact;
  const t = target.fact;
  if (f.id === t.id) return `"${f.id}" cannot be linked to itself`;
  if (t.kind !== 'target') return `"${t.id}" is not a target: link a reported figure to a target`;
  if (f.kind !== 'reported') return `"${f.id}" is a target: only a reported figure reports on a target or starts it`;
  if (f.indicator === null || t.indicator === null) {
    const none = f.indicator === null ? f.id : t.id;
    return `"${none}" measures no indicator: give it one (review --accept ID --set indicator=...) before linking`;
  }
  if (f.indicator !== t.indicator)
    return `"${f.id}" measures "${f.indicator}", "${t.id}" measures "${t.indicator}": only one indicator links`;
  if (t.status === 'proposed' && f.status !== 'proposed') return `"${t.id}" is a proposal and "${f.id}" a fact: accept the target first`;
  if (f.year > t.year) return `"${f.id}" is of ${f.year}, after ${t.year}, the year of "${t.id}": it reports on no year of the target`;
  if (key === 'progress_of' && f.year < base)
    return `"${f.id}" is of ${f.year}, before ${base}, the year of the baseline of "${t.id}": progress is read from the baseline on`;
  return null;
}

/** The link a figure makes with a target by their years: up to the target's base it starts it, after it reports on it. */
export const keyByYears = (figure: LinkFigure, base: number): LinkKey => (figure.fact.year <= base ? 'baseline_of' : 'progress_of');

/** A reported figure's case for a target, or null when it is not one: other place, unit, indicator or years. */
function suggestion(figure: LinkFigure, target: LinkFigure, base: number): LinkSuggestion | null {
  const f = figure.fact;
  const t = target.fact;
  if (f.kind !== 'reported' || t.kind !== 'target' || f.id === t.id) return null;
  if (figure.place !== target.place || !sameUnit(f.unit, t.unit) || f.year > t.year) return null;
  const why: string[] = [];
  let score = 0;
  if (f.indicator !== null && t.indicator !== null) {
    if (f.indicator !== t.indicator) return null;
    why.push(`same indicator ${t.indicator}`);
    score += 3;
  } else {
    const alike = metricLikeness(f.metric.zh, t.metric.zh);
    if (alike < ALIKE) return null;
    why.push(`alike metric words (${f.metric.zh} · ${t.metric.zh})`);
    score += 2 * alike;
  }
  why.push(`same place ${target.place}`, `same unit ${t.unit || 'none'}`);
  const key = keyByYears(figure, base);
  if (f[key] === t.id) return null;
  if (key === 'baseline_of') {
    why.push(`${f.year}, up to the target's base year ${base}: where it starts`);
    score -= 0.2 * (base - f.year);
  } else {
    why.push(`${f.year}, after the base year ${base} and by the target's ${t.year}: how far it got`);
    score += (0.5 * (f.year - base)) / Math.max(1, t.year - base);
  }
  if (f.measure === t.measure) {
    why.push(`same measure ${t.measure}`);
    score += 1;
  } else {
    why.push(`measures ${f.measure}, the target ${t.measure}: progress will call them not comparable`);
    score -= 1;
  }
  if (figure.document === target.document) {
    why.push('same document');
    score += 0.5;
  }
  const other = f[key];
  if (other !== undefined) why.push(`now ${key} "${other}": the link replaces it`);
  return { figure, target, key, score, why, refusal: linkRefusal(figure, target, key, base) };
}

/** A target's progress is what a person looks for first: reports before baselines, each the best case first. */
const ranked = (list: LinkSuggestion[]) =>
  list.sort(
    (a, b) =>
      Number(a.refusal !== null) - Number(b.refusal !== null) ||
      Number(a.key === 'baseline_of') - Number(b.key === 'baseline_of') ||
      b.score - a.score ||
      a.figure.fact.id.localeCompare(b.figure.fact.id),
  );

/**
 * The suggested links of one figure: for a target, the figures that may report on it or be
 * its baseline; for a reported figure, the targets it may report on or start. Those the rules
 * would take first, reports before baselines, then the best case first. Undefined when the folder has no such figure.
 */
export function suggestLinks(figures: readonly LinkFigure[], id: string): LinkSuggestion[] | undefined {
  const one = figures.find((f) => f.fact.id === id);
  if (one === undefined) return undefined;
  if (one.fact.kind === 'target') {
    const base = baseYear(one, figures);
    return ranked(figures.map((f) => suggestion(f, one, base)).filter((s) => s !== null));
  }
  return ranked(figures.filter((t) => t.fact.kind === 'target').flatMap((t) => suggestion(one, t, baseYear(t, figures)) ?? []));
}

/** The other figure of a suggestion, seen from `id`'s side: what a list of `id`'s suggestions shows. */
export const otherOf = (s: LinkSuggestion, id: string): LinkFigure => (s.figure.fact.id === id ? s.target : s.figure);
