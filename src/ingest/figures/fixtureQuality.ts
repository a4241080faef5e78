import { cleanSeed } from '../../model/clean.js';
import { collapsePdfSpaces } from '../../model/cleaning/pdf.js';
import type { FactInput } from '../../model/schema.js';
import { readFigureFixtures, type ExpectedFigure, type FigureFixture } from './figureFixture.js';
import { propose } from './propose.js';
import { overlaps, sameValue, type Span } from './quality.js';
import { guessRecipe } from '../recipe.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * How the proposals for an annotated text compare with the figures it was annotated with.
 * A proposal matches a figure when its value(s) and unit agree (in one script) and its quote
 * overlaps the figure's quote where that stands in the text. Each proposal matches one figure
 * at most, so that a figure proposed twice costs precision.
 */

/** The fields of a found figure that are compared; measure only where the annotation gives one. */
export const FIELDS = ['kind', 'year', 'indicator', 'measure'] as const;
export type Field = (typeof FIELDS)[number];

export interface Disagreement {
  readonly figure: number;
  readonly field: Field | 'baseline_of';
  readonly expected: string;
  readonly proposed: string;
}

export interface FigureCounts {
  readonly expected: number;
  readonly proposed: number;
  /** Expected figures a proposal matches; as many proposals match them. */
  readonly found: number;
  /** Of the found figures, those whose field the proposal has right. */
  readonly right: Readonly<Record<Field, number>>;
  /** Found figures the annotation gives a measure: the denominator of measure's agreement. */
  readonly measured: number;
  /** Baseline links ("从X提高到Y") both of whose figures are found, and those the proposals link alike. */
  readonly baselines: number;
  readonly baselinesRight: number;
}

export interface FigureQuality extends FigureCounts {
  /** The indexes of the expected figures no proposal matches. */
  readonly missed: readonly number[];
  readonly disagreements: readonly Disagreement[];
  /** Proposals that match no expected figure: noise, or a figure the annotation lacks. */
  readonly extra: readonly FactInput[];
}

type Placed = ExpectedFigure & { readonly span: Span };

/** The fields where a proposal differs from its figure; a measure the annotation leaves out is not compared. */
function differences(f: ExpectedFigure, p: FactInput): Field[] {
  return FIELDS.filter((k) => (k === 'measure' ? f.measure !== undefined && f.measure !== p.measure : f[k] !== p[k]));
}

export function figureQuality(text: string, figures: readonly Placed[], proposals: readonly FactInput[]): FigureQuality {
  const spans = proposals.map((p): Span | undefined => {
    const at = text.indexOf(p.quote);
    return at < 0 ? undefined : [at, at + p.quote.length];
  });
  const used = new Set<number>();
  const matchOf: (number | undefined)[] = figures.map((f) => {
    const candidates = proposals
      .map((p, i) => i)
      .filter((i) => !used.has(i) && sameValue(f, proposals[i]!) && spans[i] !== undefined && overlaps(f.span, spans[i]));
    // Where two proposals could be the figure, the one that reads it better is.
    const best = candidates.sort((a, b) => differences(f, proposals[a]!).length - differences(f, proposals[b]!).length)[0];
    if (best !== undefined) used.add(best);
    return best;
  });
  const right = { kind: 0, year: 0, indicator: 0, measure: 0 };
  const disagreements: Disagreement[] = [];
  let measured = 0;
  let baselines = 0;
  let baselinesRight = 0;
  figures.forEach((f, i) => {
    const at = matchOf[i];
    if (at === undefined) return;
    const p = proposals[at]!;
    const wrong = differences(f, p);
    if (f.measure !== undefined) measured++;
    for (const k of FIELDS) {
      if (wrong.includes(k)) disagreements.push({ figure: i, field: k, expected: String(f[k]), proposed: String(p[k]) });
      else if (k !== 'measure' || f.measure !== undefined) right[k]++;
    }
    const end = f.baseline_of === undefined ? undefined : matchOf[f.baseline_of];
    if (end === undefined) return;
    baselines++;
    const linked = p.baseline_of === proposals[end]!.id;
    if (linked) baselinesRight++;
    else disagreements.push({ figure: i, field: 'baseline_of', expected: `#${f.baseline_of}`, proposed: String(p.baseline_of) });
  });
  const missed = figures.flatMap((_, i) => (matchOf[i] === undefined ? [i] : []));
  return {
    expected: figures.length,
    proposed: proposals.length,
    found: figures.length - missed.length,
    right,
    measured,
    baselines,
    baselinesRight,
    missed,
    disagreements,
    extra: proposals.filter((_, i) => !used.has(i)),
  };
}

/**
 * An annotated text as ingest reads it: cleaned by the recipe ingest would guess (a PDF's
 * lines joined and its spaces taken out, a page's chrome dropped), its figures' quotes placed
 * in the clean text as the cleaning leaves them. A quote the cleaning drops is placed nowhere,
 * and its figure counts as missed.
 */
function asIngestReads(fixture: FigureFixture): { text: string; figures: FigureFixture['figures'] } {
  const recipe = guessRecipe(fixture.text);
  const cleaned = cleanSeed(fixture.text, recipe);
  if (!('text' in cleaned)) return fixture;
  const text = cleaned.text;
  const figures = fixture.figures.map((f) => {
    const quote = recipe.pdf ? collapsePdfSpaces(f.quote.replace(/\n/gu, '')) : f.quote;
    const at = text.indexOf(quote);
    return { ...f, span: at < 0 ? ([-1, -1] as const) : ([at, at + quote.length] as const) };
  });
  return { text, figures };
}

/** Ingest's proposals for an annotated text, read as ingest would read it: cleaned, with its kind, date and place. */
export function qualityOfFixture(fixture: FigureFixture, vocabulary: Vocabulary): FigureQuality {
  const document = { id: fixture.name, kind: fixture.kind, date: fixture.date, place: fixture.place };
  const { text, figures } = asIngestReads(fixture);
  const { proposals } = propose({ text, document, vocabulary });
  return figureQuality(text, figures, proposals);
}

/** Every annotated text of a folder measured, by name, and their sum: what a test asserts thresholds on. */
export function qualityOfFixtures(
  dir: string,
  vocabulary: Vocabulary,
): { texts: { fixture: FigureFixture; quality: FigureQuality }[]; total: FigureCounts } {
  const texts = readFigureFixtures(dir).map((fixture) => ({ fixture, quality: qualityOfFixture(fixture, vocabulary) }));
  return { texts, total: totalOf(texts.map((t) => t.quality)) };
}

export function totalOf(counts: readonly FigureCounts[]): FigureCounts {
  const sum = (get: (c: FigureCounts) => number) => counts.reduce((n, c) => n + get(c), 0);
  return {
    expected: sum((c) => c.expected),
    proposed: sum((c) => c.proposed),
    found: sum((c) => c.found),
    right: {
      kind: sum((c) => c.right.kind),
      year: sum((c) => c.right.year),
      indicator: sum((c) => c.right.indicator),
      measure: sum((c) => c.right.measure),
    },
    measured: sum((c) => c.measured),
    baselines: sum((c) => c.baselines),
    baselinesRight: sum((c) => c.baselinesRight),
  };
}
