import type { Dataset, Fact } from '../model/types.js';
import { formatPercent, formatValue } from '../model/figureText.js';
import { progressOfTarget } from '../model/indicators.js';
import { figureColumns } from '../tables/figure.js';
import type { Table } from '../tables/table.js';
import { tableText, type TextFormat } from '../tables/write.js';
import { sourceOfDocument } from '../tables/sources.js';
import { AS_WRITTEN, NO_DATE, type CiteStyle } from './words.js';

/**
 * Figures as a table to take away: the export contract's columns for CSV, TSV, JSON and a
 * spreadsheet, where scripts read cells by name; for Markdown, the same provenance as a reader
 * reads it: place and its code, indicator and measure, metric, value, year (marked where
 * inferred), kind, status, progress, source (title as written, date, section) and the quote.
 */
export type TableFormat = 'md' | 'tsv' | 'csv';
export const TABLE_FORMATS: readonly TableFormat[] = ['md', 'tsv', 'csv'];

export const KIND = { en: { target: 'target', reported: 'reported' }, zh: { target: '目标', reported: '实际值' } } as const;

const HEADERS = {
  en: ['place', 'indicator', 'metric', 'value', 'year', 'kind', 'status', 'progress', 'source', 'quote'],
  zh: ['地区', '指标', '原文指标', '数值', '年份', '类型', '状态', '进展', '出处', '原文'],
} as const;

/** The marks a Markdown row may carry, and the legend that explains each below the table. */
const LEGEND = {
  en: {
    '*': '\\* year inferred: the text implies the year but does not state it.',
    '◇': '◇ proposed: read by ingest and not yet reviewed.',
  },
  zh: { '*': '\\* 年份为推断：原文未写明年份。', '◇': '◇ 待审核的提议：由导入读出，尚未审核。' },
} as const;

const STATUS = { en: { accepted: 'accepted', proposed: '◇ proposed' }, zh: { accepted: '已采用', proposed: '◇ 待审核' } } as const;

function progressText(dataset: Dataset, fact: Fact): string {
  if (fact.kind !== 'target') return '';
  const p = progressOfTarget(dataset, fact);
  return p.ratio === null ? p.status : `${p.status} (${formatPercent(p.ratio)})`;
}

/** The figures as one table; `style` is the Markdown's language and display script (the data columns are as written). */
export function figuresTable(dataset: Dataset, facts: Iterable<Fact>, style: CiteStyle = AS_WRITTEN): Table<Fact> {
  const { lang } = style;
  const place = (id: string) => {
    const p = dataset.placeById.get(id);
    return p ? `${style.zh(p.name.zh_hans)}${p.code ? ` (${p.code})` : ''}` : id;
  };
  const indicator = (f: Fact) => {
    if (f.indicator === null) return '';
    const name = dataset.indicatorById.get(f.indicator)!.name;
    return `${lang === 'en' ? name.en : style.zh(name.zh_hans)} · ${f.measure}`;
  };
  const source = (f: Fact) => {
    const doc = dataset.documentById.get(f.document)!;
    const section = doc.sections.find((s) => s.id === f.section)?.title.zh;
    // The title as the document writes it, as the quote beside it is: a reader looks for it so.
    return [doc.title.zh, doc.date ?? style.zh(NO_DATE[lang]), ...(section ? [`§ ${section}`] : [])].join(', ');
  };
  const status = (f: Fact) => {
    if (f.status !== 'proposed') return STATUS[lang].accepted;
    return f.confidence === undefined ? STATUS[lang].proposed : `${STATUS[lang].proposed} ${f.confidence}`;
  };
  return {
    name: 'figures',
    columns: figureColumns(dataset, (f: Fact) => f),
    prose: {
      header: HEADERS[lang],
      row: (f) => [
        place(f.place),
        indicator(f),
        style.zh(f.metric.zh),
        style.zh(formatValue(f)),
        `${f.year}${f.year_inferred ? '*' : ''}`,
        KIND[lang][f.kind],
        status(f),
        progressText(dataset, f),
        source(f),
        `“${f.quote}”`,
      ],
      marks: (f) => [...(f.year_inferred ? ['*'] : []), ...(f.status === 'proposed' ? ['◇'] : [])],
      legend: Object.fromEntries(Object.entries(LEGEND[lang]).map(([mark, words]) => [mark, style.zh(words)])),
    },
    rows: facts,
    documentsOf: (f) => [f.document],
    source: (id) => sourceOfDocument(dataset, id),
  };
}

/** The figures as text in one format, whole: for the clipboard, which takes a string. */
export function factsTable(dataset: Dataset, facts: readonly Fact[], format: TextFormat, style: CiteStyle = AS_WRITTEN): string {
  return [...tableText(figuresTable(dataset, facts, style), format)].join('');
}
