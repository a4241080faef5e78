import { formatNumber, formatPercent, formatValue } from '../model/figureText.js';
import { progressOfTarget, type TargetProgress } from '../model/indicators.js';
import { STATUS_GLYPH } from '../model/progress.js';
import type { Dataset, Fact } from '../model/types.js';
import { figureColumns, type FACT_COLUMNS } from '../tables/figure.js';
import { sourceOfDocument } from '../tables/sources.js';
import type { Table } from '../tables/table.js';
import { oneLine } from './compareTable.js';
import { AS_WRITTEN, NO_DATE, type CiteStyle } from './words.js';

/**
 * The progress of targets as a table, a row a target: scripts read the target's export
 * contract columns, then its latest comparable report's and its baseline's (`report_`,
 * `baseline_`: enough to use and to cite them), then the gap and why the status is not decided;
 * a reader reads the status, the target, the report and the share reached, the gap, the
 * baseline, and the target's source and quote.
 */

/** What a report's and a baseline's columns are: the figure, its value and where it is stated. */
const BESIDE: readonly (typeof FACT_COLUMNS)[number][] = [
  'id',
  'year',
  'value',
  'value_min',
  'value_max',
  'unit',
  'qualifier',
  'year_inferred',
  'document',
  'document_title',
  'section_title',
  'quote',
  'status',
];

const HEADERS = {
  en: ['status', 'place', 'year', 'metric', 'target', 'report (year)', 'share', 'gap', 'baseline', 'source', 'quote'],
  zh: ['状态', '地区', '年份', '原文指标', '目标', '实际值 (年份)', '完成比例', '差距', '基数', '出处', '原文'],
} as const;

/** "120 家 to go", "exceeded by 30 家", "20 万吨 under the cap": the gap as the command's text says it. */
function gapWords(p: TargetProgress): string {
  const { gap, ceiling, target } = p;
  if (gap === null || gap === 0) return '';
  if (gap > 0) return `${formatNumber(gap)} ${target.unit} ${ceiling ? 'under the cap' : 'to go'}`;
  return `${ceiling ? 'over the cap by' : 'exceeded by'} ${formatNumber(-gap)} ${target.unit}`;
}

/** The targets' progress, in the order given; `style` is the Markdown's language and script. */
export function progressTable(dataset: Dataset, targets: Iterable<Fact>, style: CiteStyle = AS_WRITTEN): Table<TargetProgress> {
  const { lang } = style;
  const place = (id: string) => style.zh(dataset.placeById.get(id)?.name.zh_hans ?? id);
  const figure = (f: Fact | null) => (f === null ? '' : `${style.zh(formatValue(f))} (${f.year}${f.year_inferred ? '*' : ''})`);
  const source = (f: Fact) => {
    const doc = dataset.documentById.get(f.document)!;
    // The title as the document writes it, as the quote beside it is: a reader looks for it so.
    return `${doc.title.zh}, ${doc.date ?? style.zh(NO_DATE[lang])}`;
  };
  return {
    name: 'progress',
    columns: [
      ...figureColumns(dataset, (p: TargetProgress) => p.target),
      ...figureColumns(dataset, (p: TargetProgress) => p.report, 'report_', BESIDE),
      ...figureColumns(dataset, (p: TargetProgress) => p.baseline, 'baseline_', BESIDE),
      { name: 'gap', kind: 'number', value: (p) => p.gap },
      { name: 'reason', kind: 'text', value: (p) => p.reason },
    ],
    prose: {
      header: HEADERS[lang],
      row: (p) => [
        `${STATUS_GLYPH[p.status]} ${p.status}${p.reason ? `: ${p.reason}` : ''}`,
        place(p.target.place),
        `${p.target.year}${p.target.year_inferred ? '*' : ''}`,
        style.zh(p.target.metric.zh),
        style.zh(formatValue(p.target)),
        figure(p.report),
        p.ratio === null ? '' : formatPercent(p.ratio),
        gapWords(p),
        figure(p.baseline),
        source(p.target),
        `“${p.target.quote}”`,
      ],
      marks: (p) => ([p.target, p.report, p.baseline].some((f) => f?.year_inferred) ? ['*'] : []),
      legend: { '*': '\\* year inferred: the text implies the year but does not state it.' },
      sourcesHeading: lang === 'en' ? 'Sources:' : '出处：',
      sourceLine: (s) => oneLine(`${s.publisher}, 《${s.title}》, ${s.date ?? style.zh(NO_DATE[lang])}`),
    },
    rows: {
      *[Symbol.iterator]() {
        for (const t of targets) yield progressOfTarget(dataset, t);
      },
    },
    documentsOf: (p) => [...new Set([p.target, p.report, p.baseline].flatMap((f) => (f === null ? [] : [f.document])))],
    source: (document) => sourceOfDocument(dataset, document),
  };
}
