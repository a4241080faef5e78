import { formatValue } from '../model/figureText.js';
import { pivot, type Pivot, type PivotCell } from '../model/indicators.js';
import type { Dataset, Fact } from '../model/types.js';
import { figureColumns } from '../tables/figure.js';
import { sourceOfDocument } from '../tables/sources.js';
import type { Table } from '../tables/table.js';
import { KIND } from './table.js';
import { AS_WRITTEN, NO_DATE, type CiteStyle } from './words.js';

/**
 * An indicator's or a category's figures, place × year, as a table: a row a figure, in the
 * pivot's order (places in tree order, then years, targets before reported figures). Scripts
 * read the export contract's columns, then the place as the sources name it and whether the
 * figure compares with the rest; a reader reads each figure's value with its marks, its
 * metric, its source and its quote.
 */

/** The figures an indicator or a category covers, with its names; null for an unknown id. */
export function compared(dataset: Dataset, id: string): { title: string; facts: readonly Fact[] } | null {
  const indicator = dataset.indicatorById.get(id);
  if (indicator) return { title: `${indicator.name.zh_hans} (${indicator.name.en})`, facts: dataset.factsByIndicator.get(id) ?? [] };
  const category = dataset.categoryById.get(id);
  if (category) return { title: `${category.name.zh_hans} (${category.name.en})`, facts: dataset.factsByCategory.get(id) ?? [] };
  return null;
}

const HEADERS = {
  en: ['place', 'year', 'kind', 'value', 'metric', 'source', 'quote'],
  zh: ['地区', '年份', '类型', '数值', '原文指标', '出处', '原文'],
} as const;

/** What the rows' marks mean, in the order they are explained: what the odd ones out differ from first. */
function legendOf(main: Pivot['main']): Record<string, string> {
  return {
    '≠': main
      ? `≠ marks a figure not comparable with the others (they are ${main.indicator}, ${main.measure}, in ${main.family}).`
      : '≠ marks figures not comparable with one another (they measure different things).',
    '◇': '◇ marks a proposed figure, read by ingest and not yet reviewed.',
    '*': '\\* marks a figure whose year the text implies but does not state.',
  };
}

/** Text for a line of Markdown outside the table (the heading, a source): a line break there would end it. */
export const oneLine = (text: string) => text.replace(/[\r\n]+/gu, ' ');

/** Places as the sources name them, in Chinese, as citations do. */
export function placeName(dataset: Dataset, id: string): string {
  return dataset.placeById.get(id)?.name.zh_hans ?? id;
}

/** The table of an indicator's or category's figures; null for an unknown id. `style` is the Markdown's language and script. */
export function compareTable(dataset: Dataset, id: string, style: CiteStyle = AS_WRITTEN): Table<PivotCell> | null {
  const subject = compared(dataset, id);
  if (!subject) return null;
  const { rows, main } = pivot(dataset, subject.facts);
  const { lang } = style;
  // Not comparable for its measure, or else for its unit (万家 beside 家: values are never converted).
  const why = (c: PivotCell) => (main && c.fact.measure === main.measure ? c.fact.unit : c.fact.measure);
  const value = (c: PivotCell) =>
    `${c.fact.status === 'proposed' ? '◇ ' : ''}${style.zh(formatValue(c.fact))}${c.fact.year_inferred ? '*' : ''}${c.comparable ? '' : ` ≠ (${why(c)})`}`;
  const source = (f: Fact) => {
    const doc = dataset.documentById.get(f.document)!;
    // The title as the document writes it, as the quote beside it is: a reader looks for it so.
    return `${doc.title.zh}, ${doc.date ?? style.zh(NO_DATE[lang])}`;
  };
  return {
    name: 'compare',
    title: `**${oneLine(style.zh(subject.title))}**`,
    columns: [
      ...figureColumns(dataset, (c: PivotCell) => c.fact),
      { name: 'place_name', kind: 'text', value: (c) => placeName(dataset, c.fact.place) },
      { name: 'comparable', kind: 'boolean', value: (c) => c.comparable },
    ],
    prose: {
      header: HEADERS[lang],
      row: (c) => [
        style.zh(placeName(dataset, c.fact.place)),
        String(c.fact.year),
        KIND[lang][c.fact.kind],
        value(c),
        style.zh(c.fact.metric.zh),
        source(c.fact),
        `“${c.fact.quote}”`,
      ],
      marks: (c) => [
        ...(c.comparable ? [] : ['≠']),
        ...(c.fact.status === 'proposed' ? ['◇'] : []),
        ...(c.fact.year_inferred ? ['*'] : []),
      ],
      legend: legendOf(main),
      sourcesHeading: lang === 'en' ? 'Sources:' : '出处：',
      // A reader's source: publisher, title and date; the seed file is for the JSON and CSV forms.
      sourceLine: (s) => {
        const publisher = dataset.documentById.get(s.document)!.publisher;
        return oneLine(`${lang === 'en' ? publisher.en : style.zh(publisher.zh)}, 《${s.title}》, ${s.date ?? style.zh(NO_DATE[lang])}`);
      },
    },
    rows: rows.flatMap((r) => [...r.targets, ...r.reported]),
    documentsOf: (c) => [c.fact.document],
    source: (document) => sourceOfDocument(dataset, document),
  };
}
