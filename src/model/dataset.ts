import type { CategoryInput, DocumentInput, IndicatorInput, PlaceInput, TopicInput } from './schema.js';
import type { Dataset, Fact, PolicyDocument, Section } from './types.js';

export interface CheckedDocument {
  readonly input: DocumentInput;
  readonly text: string;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function locateSections(input: DocumentInput, text: string): Section[] {
  const starts = (input.sections ?? []).map((s) => text.indexOf(s.start));
  return (input.sections ?? []).map((s, i) => ({ ...s, span: [starts[i]!, starts[i + 1] ?? text.length] as const }));
}

/**
 * Builds the in-memory model from inputs that passed every check: each quote is known to
 * occur exactly once, each reference to resolve. The result is frozen.
 */
export function buildDataset(
  places: readonly PlaceInput[],
  categories: readonly CategoryInput[],
  topics: readonly TopicInput[],
  indicators: readonly IndicatorInput[],
  documents: readonly CheckedDocument[],
  synonyms: readonly (readonly string[])[] = [],
): Dataset {
  const facts: Fact[] = [];
  // In the order of the seeds, so exports read from the first source text to the last.
  const bySeed = [...documents].sort((a, b) => a.input.seed.localeCompare(b.input.seed));
  const docs: PolicyDocument[] = bySeed.map(({ input, text }) => {
    const { facts: docFacts, sections: _sections, recipe: _recipe, ...meta } = input;
    for (const f of docFacts) {
      const start = text.indexOf(f.quote);
      facts.push(
        Object.freeze({ ...f, document: input.id, place: f.place ?? input.place, span: [start, start + f.quote.length] as const }),
      );
    }
    return Object.freeze({ ...meta, text, sections: locateSections(input, text), facts: docFacts.map((f) => f.id) });
  });
  return indexDataset({ places, categories, topics, synonyms, indicators, documents: docs, facts });
}

/** The lists a dataset is made of; the rest of it is indexes over them. */
export type DatasetParts = Pick<Dataset, 'places' | 'categories' | 'topics' | 'synonyms' | 'indicators' | 'documents' | 'facts'>;

/** A value made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The dataset of its lists, with the indexes every query uses; from a fresh load or from a
 * snapshot. The indexes over facts are made on first use: a command that looks up one fact
 * should not pay for grouping every fact by place, category and indicator.
 */
export function indexDataset(parts: DatasetParts): Dataset {
  const { places, categories, indicators, documents, facts } = parts;
  const factById = once(() => new Map(facts.map((f) => [f.id, f])));
  const factsByCategory = once(() => groupBy(facts, (f) => f.category));
  const factsByPlace = once(() => groupBy(facts, (f) => f.place));
  const factsByIndicator = once(() => groupBy(facts, (f) => f.indicator));
  const progressByTarget = once(() => groupBy(facts, (f) => f.progress_of));
  const baselineByTarget = once(() => groupBy(facts, (f) => f.baseline_of));
  return Object.freeze({
    ...parts,
    placeById: new Map(places.map((p) => [p.id, p])),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    documentById: new Map(documents.map((d) => [d.id, d])),
    get factById() {
      return factById();
    },
    get factsByCategory() {
      return factsByCategory();
    },
    get factsByPlace() {
      return factsByPlace();
    },
    get factsByIndicator() {
      return factsByIndicator();
    },
    get progressByTarget() {
      return progressByTarget();
    },
    get baselineByTarget() {
      return baselineByTarget();
    },
  });
}
