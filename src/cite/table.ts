import type { Dataset, Fact } from '../model/types.js';
import { formatPercent, formatValue } from '../model/figureText.js';
import { progressOfTarget } from '../model/indicators.js';
import { csvTable, markdownTable, tsvTable } from './csv.js';
import { AS_WRITTEN, NO_DATE, type CiteStyle } from './words.js';

/**
 * Figures as a table to take away: Markdown for a report, TSV for spreadsheet cells, CSV
 * for scripts. Every row says where its figure is stated (document title and date); the
 * quote goes in every format, so a pasted table can still be checked against its source.
 */
export type TableFormat = 'md' | 'tsv' | 'csv';
export const TABLE_FORMATS: readonly TableFormat[] = ['md', 'tsv', 'csv'];

const KIND = { en: { target: 'target', reported: 'reported' }, zh: { target: '目标', reported: '实际值' } } as const;

/** The legend of the mark a year the text implies gets in a Markdown table. */
const INFERRED = {
  en: '\\* year inferred: the text implies the year but does not state it.',
  zh: '\\* 年份为推断：原文未写明年份。',
} as const;

const HEADERS = {
  en: ['place', 'indicator', 'metric', 'value', 'year', 'kind', 'progress', 'source', 'quote'],
  zh: ['地区', '指标', '原文指标', '数值', '年份', '类型', '进展', '出处', '原文'],
} as const;

/** The columns of the CSV and TSV: values apart from their units, qualifiers as words. */
const DATA_COLUMNS = [
  'place',
  'indicator',
  'measure',
  'metric_zh',
  'metric_en',
  'value',
  'value_min',
  'value_max',
  'unit',
  'qualifier',
  'year',
  'kind',
  'progress_status',
  'progress_ratio',
  'document',
  'document_date',
  'quote',
  'id',
] as const;

function progressCell(dataset: Dataset, fact: Fact): { status: string; ratio: number | null } {
  if (fact.kind !== 'target') return { status: '', ratio: null };
  const p = progressOfTarget(dataset, fact);
  return { status: p.status, ratio: p.ratio };
}

export function factsTable(dataset: Dataset, facts: readonly Fact[], format: TableFormat, style: CiteStyle = AS_WRITTEN): string {
  const place = (id: string) => style.zh(dataset.placeById.get(id)?.name.zh_hans ?? id);
  const indicator = (f: Fact) =>
    f.indicator === null
      ? ''
      : style.lang === 'en'
        ? dataset.indicatorById.get(f.indicator)!.name.en
        : style.zh(dataset.indicatorById.get(f.indicator)!.name.zh_hans);
  if (format === 'md') {
    const rows = facts.map((f) => {
      const doc = dataset.documentById.get(f.document)!;
      const p = progressCell(dataset, f);
      const progress = p.status === '' ? '' : p.ratio === null ? p.status : `${p.status} (${formatPercent(p.ratio)})`;
      return [
        place(f.place),
        indicator(f),
        style.zh(f.metric.zh),
        style.zh(formatValue(f)),
        // A year the text implies but does not state is marked, as the lists mark it, with a legend below.
        `${f.year}${f.year_inferred ? '*' : ''}`,
        KIND[style.lang][f.kind],
        progress,
        // The title as the document writes it, as the quote beside it is: a reader looks for it so.
        `${doc.title.zh}, ${doc.date ?? style.zh(NO_DATE[style.lang])}`,
        `“${f.quote}”`,
      ];
    });
    const table = markdownTable(HEADERS[style.lang], rows);
    return facts.some((f) => f.year_inferred) ? `${table}\n${style.zh(INFERRED[style.lang])}\n` : table;
  }
  const rows = facts.map((f) => {
    const doc = dataset.documentById.get(f.document)!;
    const p = progressCell(dataset, f);
    return [
      f.place,
      f.indicator,
      f.measure,
      f.metric.zh,
      f.metric.en,
      f.value ?? null,
      f.value_min ?? null,
      f.value_max ?? null,
      f.unit,
      f.qualifier,
      f.year,
      f.kind,
      p.status,
      p.ratio,
      doc.title.zh,
      doc.date,
      f.quote,
      f.id,
    ];
  });
  if (format === 'csv') return csvTable(DATA_COLUMNS, rows);
  // TSV: a tab or line break inside a cell would split it.
  return tsvTable(DATA_COLUMNS, rows);
}
