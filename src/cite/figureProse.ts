import { formatPercent, formatValue } from '../model/figureText.js';
import { progressOfTarget } from '../model/indicators.js';
import type { ProgressStatus } from '../model/progress.js';
import { paceWord, STATUS_WORDS } from './paceWords.js';
import type { Dataset, Fact } from '../model/types.js';
import type { Source } from '../tables/table.js';
import { NO_DATE, type CiteStyle } from './words.js';

/**
 * A figure's provenance as a reader reads it in a Markdown table, the same in every table the
 * program writes (a list of figures, a comparison, the progress of targets): its place with
 * the GB/T 2260 code, its indicator and measure, value, year (marked where inferred), kind,
 * status (a proposal with its confidence), a target's progress, and its source (the title as
 * written, the date and the section), beside the quote.
 */

const KIND = { en: { target: 'target', reported: 'reported' }, zh: { target: '目标', reported: '实际值' } } as const;
const STATUS = { en: { accepted: 'accepted', proposed: '◇ proposed' }, zh: { accepted: '已采用', proposed: '◇ 待审核' } } as const;

/** A target's status in a table: the data's own word (`no-report`, as `progress` gives it) in English, the reader's in Chinese. */
export function statusWord(status: ProgressStatus, lang: 'en' | 'zh'): string {
  return lang === 'en' ? status : STATUS_WORDS.zh[status];
}

/** What the marks a figure's cells carry mean, each said once below a table that uses it. */
const MARKS = {
  en: {
    '*': '\\* year inferred: the text implies the year but does not state it.',
    '◇': '◇ proposed: read by ingest and not yet reviewed.',
  },
  zh: { '*': '\\* 年份为推断：原文未写明年份。', '◇': '◇ 待审核的提议：由导入读出，尚未审核。' },
} as const;

/** Text for a line of Markdown outside the table (the heading, a source): a line break there would end it. */
export const oneLine = (text: string) => text.replace(/[\r\n]+/gu, ' ');

export function figureProse(dataset: Dataset, style: CiteStyle) {
  const cell = figureCells(dataset, style);
  return {
    ...cell,
    /** A figure's row under FIGURE_HEADERS; `value` where a table marks the value (≠ in a comparison). */
    row: (f: Fact, value = cell.value(f)) => [
      cell.place(f),
      cell.indicator(f),
      cell.metric(f),
      value,
      cell.year(f),
      cell.kind(f),
      cell.status(f),
      cell.progress(f),
      cell.source(f),
      cell.quote(f),
    ],
  };
}

function figureCells(dataset: Dataset, style: CiteStyle) {
  const { lang } = style;
  return {
    place: (f: Fact) => {
      const p = dataset.placeById.get(f.place);
      return p ? `${style.zh(p.name.zh_hans)}${p.code ? ` (${p.code})` : ''}` : f.place;
    },
    indicator: (f: Fact) => {
      if (f.indicator === null) return '';
      const name = dataset.indicatorById.get(f.indicator)!.name;
      return `${lang === 'en' ? name.en : style.zh(name.zh_hans)} · ${f.measure}`;
    },
    metric: (f: Fact) => style.zh(f.metric.zh),
    // The unit as the quote writes it (億元 stays 億元 under any display script): a figure is never converted.
    value: (f: Fact) => formatValue(f),
    year: (f: Fact) => `${f.year}${f.year_inferred ? '*' : ''}`,
    kind: (f: Fact) => style.zh(KIND[lang][f.kind]),
    status: (f: Fact) => {
      if (f.status !== 'proposed') return style.zh(STATUS[lang].accepted);
      const proposed = style.zh(STATUS[lang].proposed);
      return f.confidence === undefined ? proposed : `${proposed} ${f.confidence}`;
    },
    progress: (f: Fact) => {
      if (f.kind !== 'target') return '';
      const p = progressOfTarget(dataset, f);
      const status = style.zh(statusWord(p.status, lang));
      const shown = p.ratio === null ? status : `${status} (${formatPercent(p.ratio)})`;
      // Behind the target says little alone: whether it is missed, or on the line from the baseline.
      return p.status === 'behind' ? `${shown}${lang === 'zh' ? '，' : ', '}${style.zh(paceWord(p.pace, lang))}` : shown;
    },
    /** The title as the document writes it, as the quote beside it is: a reader looks for it so. */
    source: (f: Fact) => {
      const doc = dataset.documentById.get(f.document)!;
      const section = doc.sections.find((s) => s.id === f.section)?.title.zh;
      return [doc.title.zh, doc.date ?? style.zh(NO_DATE[lang]), ...(section ? [`§ ${section}`] : [])].join(', ');
    },
    quote: (f: Fact) => `“${f.quote}”`,
    marks: (f: Fact) => [...(f.year_inferred ? ['*'] : []), ...(f.status === 'proposed' ? ['◇'] : [])],
    legend: Object.fromEntries(Object.entries(MARKS[lang]).map(([mark, words]) => [mark, style.zh(words)])) as Record<string, string>,
    sourcesHeading: lang === 'en' ? 'Sources:' : '出处：',
    /** A reader's source below a table: publisher, title and date; the seed file is for the JSON and CSV forms. */
    sourceLine: (s: Source) => {
      const publisher = dataset.documentById.get(s.document)!.publisher;
      // The publisher as the document names it, as its title is: a name is never converted.
      return oneLine(`${lang === 'en' ? publisher.en : publisher.zh}, 《${s.title}》, ${s.date ?? style.zh(NO_DATE[lang])}`);
    },
  };
}

/** The columns of a figure a Markdown table shows, in their order, in the reader's language. */
export const FIGURE_HEADERS = {
  en: ['place', 'indicator', 'metric', 'value', 'year', 'kind', 'status', 'progress', 'source', 'quote'],
  zh: ['地区', '指标', '原文指标', '数值', '年份', '类型', '状态', '进展', '出处', '原文'],
} as const;
