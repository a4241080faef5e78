import { progressOfTarget } from '../model/indicators.js';
import type { Pace } from '../model/pace.js';
import type { ProgressStatus } from '../model/progress.js';
import type { Dataset, Fact, Measure } from '../model/types.js';
import type { Cell } from './cells.js';
import type { CellKind, Column } from './table.js';

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
  /** Where the figure is stated, as a reader looks for it: the document's title as written, its date, the section's title. */
  document_title: string;
  document_date: string | null;
  section_title: string | null;
  /** A target's progress as the data has it (see `progress`); null for a reported figure. */
  progress_status: ProgressStatus | null;
  progress_ratio: number | null;
  /** A target's pace (see `progress`): met, missed, on-track, behind-pace, or why it cannot be said; null for a reported figure. */
  progress_pace: Pace | null;
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
  'document_title',
  'document_date',
  'section_title',
  'progress_status',
  'progress_ratio',
  'progress_pace',
] as const satisfies readonly (keyof ExportedFact)[];

/** A fact as `export` writes it, with its document's seed and title, its place's code and a target's progress. */
export function exportFact(dataset: Dataset, fact: Fact): ExportedFact {
  const doc = dataset.documentById.get(fact.document)!;
  const progress = fact.kind === 'target' ? progressOfTarget(dataset, fact) : null;
  return {
    id: fact.id,
    document: fact.document,
    seed: doc.seed,
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
    document_title: doc.title.zh,
    document_date: doc.date,
    section_title: doc.sections.find((s) => s.id === fact.section)?.title.zh ?? null,
    progress_status: progress?.status ?? null,
    progress_ratio: progress?.ratio ?? null,
    progress_pace: progress?.pace ?? null,
  };
}

/** How a spreadsheet is to read each column of the contract; any other is text. */
const KINDS: Partial<Record<(typeof FACT_COLUMNS)[number], CellKind>> = {
  year: 'number',
  value: 'number',
  value_min: 'number',
  value_max: 'number',
  confidence: 'number',
  progress_ratio: 'number',
  strive: 'boolean',
  year_inferred: 'boolean',
};

/** A list (tags, responsible units) in one cell: its items joined by "; ". */
function cell(value: ExportedFact[keyof ExportedFact]): Cell {
  return Array.isArray(value) ? value.join('; ') : value;
}

/**
 * The contract's columns of the figure a row is about, named with `prefix` (`report_` for a
 * target's report beside it); `names` picks some of them, in its order. A row's record is made
 * once, for all its cells.
 */
export function figureColumns<R>(
  dataset: Dataset,
  figureOf: (row: R) => Fact | null,
  prefix = '',
  names: readonly (typeof FACT_COLUMNS)[number][] = FACT_COLUMNS,
): Column<R>[] {
  let last: { fact: Fact; record: ExportedFact } | null = null;
  const recordOf = (fact: Fact) => {
    if (last?.fact !== fact) last = { fact, record: exportFact(dataset, fact) };
    return last.record;
  };
  return names.map((name) => ({
    name: `${prefix}${name}`,
    kind: KINDS[name] ?? 'text',
    value: (row: R) => {
      const fact = figureOf(row);
      return fact === null ? null : cell(recordOf(fact)[name]);
    },
    // JSON keeps a list a list, as export's JSON has it.
    json: (row: R) => {
      const fact = figureOf(row);
      return fact === null ? null : recordOf(fact)[name];
    },
  }));
}
