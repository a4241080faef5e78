import type { Dataset, Fact, Measure, PolicyDocument } from '../model/types.js';

/**
 * The export contract (documented in README.md): every key is always present, null where
 * it does not apply, so scripts and CSV columns can rely on it.
 */
export interface ExportedFact {
  id: string;
  document: string;
  seed: string;
  place: string;
  kind: 'target' | 'reported';
  year: number;
  metric_zh: string;
  metric_en: string | null;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  unit: string;
  qualifier: string;
  strive: boolean;
  category: string | null;
  tags: string[];
  section: string | null;
  responsible: string[];
  progress_of: string | null;
  note: string | null;
  quote: string;
  indicator: string | null;
  measure: Measure;
  baseline_of: string | null;
  year_inferred: boolean;
  /** `proposed` only in an export asked to include proposals (--include-proposed). */
  status: 'accepted' | 'proposed';
  confidence: number | null;
  /** The GB/T 2260 code of the fact's place, or null for a place that has none (a development zone). */
  place_code: string | null;
  /** The plan period a figure is as of (a five-year review's, `2021-2025`), or null. */
  period: string | null;
}

export const FACT_COLUMNS = [
  'id',
  'document',
  'seed',
  'place',
  'kind',
  'year',
  'metric_zh',
  'metric_en',
  'value',
  'value_min',
  'value_max',
  'unit',
  'qualifier',
  'strive',
  'category',
  'tags',
  'section',
  'responsible',
  'progress_of',
  'note',
  'quote',
  // Added after the first columns, so scripts that read columns by position keep working.
  'indicator',
  'measure',
  'baseline_of',
  'year_inferred',
  'status',
  'confidence',
  'place_code',
  'period',
] as const satisfies readonly (keyof ExportedFact)[];

/** A fact as `export` writes it, with its document's seed and its place's code. */
export function exportFact(dataset: Dataset, fact: Fact): ExportedFact {
  return {
    id: fact.id,
    document: fact.document,
    seed: dataset.documentById.get(fact.document)!.seed,
    place: fact.place,
    kind: fact.kind,
    year: fact.year,
    metric_zh: fact.metric.zh,
    metric_en: fact.metric.en ?? null,
    value: fact.value ?? null,
    value_min: fact.value_min ?? null,
    value_max: fact.value_max ?? null,
    unit: fact.unit,
    qualifier: fact.qualifier,
    strive: fact.strive ?? false,
    category: fact.category ?? null,
    tags: [...fact.tags],
    section: fact.section ?? null,
    responsible: [...(fact.responsible ?? [])],
    progress_of: fact.progress_of ?? null,
    note: fact.note ?? null,
    quote: fact.quote,
    indicator: fact.indicator,
    measure: fact.measure,
    baseline_of: fact.baseline_of ?? null,
    year_inferred: fact.year_inferred ?? false,
    status: fact.status ?? 'accepted',
    confidence: fact.confidence ?? null,
    place_code: dataset.placeById.get(fact.place)?.code ?? null,
    period: fact.period ?? null,
  };
}

/** A document as `export` writes it, and as the explorer copies it as JSON: one shape for both. */
export function exportDocument(doc: PolicyDocument) {
  return {
    id: doc.id,
    seed: doc.seed,
    title: doc.title.zh,
    title_en: doc.title.en ?? null,
    publisher: doc.publisher.zh,
    publisher_en: doc.publisher.en,
    date: doc.date,
    date_note: doc.date_note ?? null,
    number: doc.number ?? null,
    url: doc.url ?? null,
    place: doc.place,
    kind: doc.kind,
    script: doc.script,
    sections: doc.sections.map((s) => ({ id: s.id, title: s.title.zh, title_en: s.title.en })),
    facts: [...doc.facts],
    text: doc.text,
  };
}

export function exportDataset(dataset: Dataset) {
  return {
    places: dataset.places.map((p) => ({ ...p, parent: p.parent ?? null, code: p.code ?? null })),
    categories: dataset.categories.map((c) => ({ ...c, ladder: c.ladder ?? null, next: c.next ?? null })),
    topics: dataset.topics,
    indicators: dataset.indicators,
    documents: dataset.documents.map(exportDocument),
    facts: dataset.facts.map((f) => exportFact(dataset, f)),
  };
}
