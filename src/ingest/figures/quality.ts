import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanSeed } from '../../model/clean.js';
import type { FactInput } from '../../model/schema.js';
import type { Dataset, Fact } from '../../model/types.js';
import { foldScript } from '../../text/fold.js';
import { propose } from './propose.js';
import { guessRecipe } from '../recipe.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * How the proposals for a text compare with the facts a person curated from it. The
 * proposals are compared, never copied: a proposal matches a fact when it has the same value
 * and unit (in one script) and its quote overlaps the fact's in the text.
 */
export interface Quality {
  readonly curated: number;
  readonly proposed: number;
  /** Curated facts some proposal matches. */
  readonly recalled: number;
  /** Proposals that match a curated fact. */
  readonly kept: number;
  /** Of the recalled facts, those whose best proposal agrees on kind, year and qualifier. */
  readonly agreeing: number;
  /** Disagreements, as "field: curated → proposed", with their counts. */
  readonly confusion: ReadonlyMap<string, number>;
  readonly missed: readonly Fact[];
}

export type Span = readonly [number, number];

function spanOf(text: string, quote: string): Span | undefined {
  const at = text.indexOf(quote);
  return at < 0 ? undefined : [at, at + quote.length];
}

export const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const unitOf = (unit: string) => foldScript(unit.normalize('NFKC'));

/** Whether a proposal states a figure's value or range, in its unit in either script: how a proposal is matched to a figure a person gave. */
export function sameValue(f: Pick<Fact, 'value' | 'value_min' | 'value_max' | 'unit'>, p: FactInput): boolean {
  return f.value === p.value && f.value_min === p.value_min && f.value_max === p.value_max && unitOf(f.unit) === unitOf(p.unit);
}

export function quality(text: string, curated: readonly Fact[], proposals: readonly FactInput[]): Quality {
  const spans = proposals.map((p) => spanOf(text, p.quote));
  const matches = (f: Fact, i: number) => sameValue(f, proposals[i]!) && spans[i] !== undefined && overlaps(f.span, spans[i]);
  const confusion = new Map<string, number>();
  const missed: Fact[] = [];
  let agreeing = 0;
  for (const f of curated) {
    const found = proposals.map((_, i) => i).filter((i) => matches(f, i));
    if (found.length === 0) {
      missed.push(f);
      continue;
    }
    const score = (p: FactInput) => Number(p.kind === f.kind) + Number(p.year === f.year) + Number(p.qualifier === f.qualifier);
    const best = found.map((i) => proposals[i]!).sort((a, b) => score(b) - score(a))[0]!;
    if (score(best) === 3) agreeing++;
    for (const key of ['kind', 'year', 'qualifier'] as const) {
      if (best[key] !== f[key]) {
        const name = `${key}: ${String(f[key])} → ${String(best[key])}`;
        confusion.set(name, (confusion.get(name) ?? 0) + 1);
      }
    }
  }
  const kept = proposals.filter((_, i) => curated.some((f) => matches(f, i))).length;
  return {
    curated: curated.length,
    proposed: proposals.length,
    recalled: curated.length - missed.length,
    kept,
    agreeing,
    confusion,
    missed,
  };
}

/**
 * Ingest measured on a curated dataset: each document's raw seed cleaned by the recipe ingest
 * would guess, its figures proposed, and the proposals compared with the document's facts.
 */
export function qualityOfDataset(dataset: Dataset, seedsDir: string, vocabulary: Vocabulary): { document: string; quality: Quality }[] {
  return dataset.documents.map((doc) => {
    const raw = readFileSync(join(seedsDir, doc.seed), 'utf8');
    const cleaned = cleanSeed(raw, guessRecipe(raw));
    // Garbled spans are mended by a person's repairs, which a guess has none of: where the guess
    // does not clean, the curated text stands in, so that the proposer is still measured.
    const text = 'text' in cleaned ? cleaned.text : doc.text;
    const { proposals } = propose({ text, document: { id: doc.id, kind: doc.kind, date: doc.date, place: doc.place }, vocabulary });
    // Quotes are placed in the document's own clean text, where the curated spans are.
    return {
      document: doc.id,
      quality: quality(
        doc.text,
        doc.facts.map((id) => dataset.factById.get(id)!),
        proposals,
      ),
    };
  });
}
