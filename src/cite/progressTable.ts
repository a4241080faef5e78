import { formatAmount, formatPercent } from '../model/figureText.js';
import { progressOfTarget, type TargetProgress } from '../model/indicators.js';
import { PACE_GLYPH } from '../model/pace.js';
import type { Dataset, Fact } from '../model/types.js';
import { figureColumns, type FACT_COLUMNS } from '../tables/figure.js';
import { sourceOfDocument } from '../tables/sources.js';
import type { Table } from '../tables/table.js';
import { figureProse, statusWord } from './figureProse.js';
import { paceWords } from './paceWords.js';
import { AS_WRITTEN, type CiteStyle } from './words.js';

/**
 * The progress of targets as a table, a row a target: scripts read the target's export
 * contract columns, then its latest comparable report's and its baseline's (`report_`,
 * `baseline_`: enough to use and to cite them), then the gap and why the status is not decided,
 * the value the straight line from the baseline needs in the report's year and why the pace is
 * not decided; a reader reads the status, the target, the report and the share reached, the
 * gap, the pace with its due year, the baseline, and the target's source and quote.
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
  en: [
    'progress',
    'place',
    'indicator',
    'metric',
    'year',
    'target',
    'status',
    'report',
    'share',
    'gap',
    'pace',
    'baseline',
    'source',
    'quote',
  ],
  zh: ['进展', '地区', '指标', '原文指标', '年份', '目标', '状态', '实际值', '完成比例', '差距', '进度', '基数', '出处', '原文'],
} as const;

/** "120 家 to go", "exceeded by 30 家", "20 万吨 under the cap"; "尚差 120 家", "超出 30 家": the gap in words. */
export function gapWords(p: Pick<TargetProgress, 'gap' | 'ceiling' | 'target'>, lang: 'en' | 'zh' = 'en'): string {
  const { gap, ceiling, target } = p;
  if (gap === null || gap === 0) return '';
  const amount = formatAmount(Math.abs(gap), target.unit);
  if (lang === 'zh') return gap > 0 ? `${ceiling ? '距上限尚余' : '尚差'} ${amount}` : `${ceiling ? '超出上限' : '超出'} ${amount}`;
  if (gap > 0) return `${amount} ${ceiling ? 'under the cap' : 'to go'}`;
  return `${ceiling ? 'over the cap by' : 'exceeded by'} ${amount}`;
}

/** The targets' progress, in the order given; `style` is the Markdown's language and script. */
export function progressTable(dataset: Dataset, targets: Iterable<Fact>, style: CiteStyle = AS_WRITTEN): Table<TargetProgress> {
  const cell = figureProse(dataset, style);
  // A report or a baseline with what a reader needs to check it: its value, year, source and quote.
  const beside = (f: Fact | null) => (f === null ? '' : `${cell.value(f)} (${cell.year(f)}), ${cell.source(f)}: ${cell.quote(f)}`);
  return {
    name: 'progress',
    columns: [
      ...figureColumns(dataset, (p: TargetProgress) => p.target),
      ...figureColumns(dataset, (p: TargetProgress) => p.report, 'report_', BESIDE),
      ...figureColumns(dataset, (p: TargetProgress) => p.baseline, 'baseline_', BESIDE),
      { name: 'gap', kind: 'number', value: (p) => p.gap },
      { name: 'reason', kind: 'text', value: (p) => p.reason },
      // The target's pace is its `progress_pace`; beside it, where the line stands and why a pace is not decided.
      { name: 'expected', kind: 'number', value: (p) => p.expected },
      { name: 'pace_reason', kind: 'text', value: (p) => p.paceReason },
    ],
    prose: {
      header: HEADERS[style.lang],
      row: (p) => [
        `${PACE_GLYPH[p.pace]} ${style.zh(statusWord(p.status, style.lang))}${p.reason ? `: ${p.reason}` : ''}`,
        cell.place(p.target),
        cell.indicator(p.target),
        cell.metric(p.target),
        cell.year(p.target),
        cell.value(p.target),
        cell.status(p.target),
        beside(p.report),
        p.ratio === null ? '' : formatPercent(p.ratio),
        style.zh(gapWords(p, style.lang)),
        style.zh(paceWords(p, style.lang)),
        beside(p.baseline),
        cell.source(p.target),
        cell.quote(p.target),
      ],
      marks: (p) => [...new Set([p.target, p.report, p.baseline].flatMap((f) => (f === null ? [] : cell.marks(f))))],
      legend: cell.legend,
      sourcesHeading: cell.sourcesHeading,
      sourceLine: cell.sourceLine,
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
