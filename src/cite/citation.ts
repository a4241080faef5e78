import type { Dataset, Fact, PolicyDocument } from '../model/types.js';
import { exportFact, FACT_COLUMNS } from './exportShape.js';
import { csvRow } from './csv.js';
import { formatValue } from './value.js';

/**
 * Citations of facts, documents and category comparisons, in the formats people paste:
 * a plain line, Markdown, JSON (the fact as exported), a CSV row, TSV for spreadsheets.
 * `lang` picks the names (place, metric, kind); `zh` renders Chinese text in the display script.
 */
export type CiteFormat = 'text' | 'md' | 'json' | 'csv';
export const CITE_FORMATS: readonly CiteFormat[] = ['text', 'md', 'json', 'csv'];

export interface CiteStyle {
  readonly lang: 'en' | 'zh';
  readonly zh: (text: string) => string;
}

export const AS_WRITTEN: CiteStyle = { lang: 'en', zh: (t) => t };

const KIND = { en: { target: 'target', reported: 'reported' }, zh: { target: '目标', reported: '实绩' } } as const;

/** Places, metrics and titles are cited in Chinese, as the sources name them, in the display script. */
function placeName(dataset: Dataset, id: string, style: CiteStyle): string {
  const p = dataset.placeById.get(id);
  return p ? style.zh(p.name.zh_hans) : id;
}

function dated(doc: PolicyDocument, style: CiteStyle): string {
  return doc.date ?? (style.lang === 'en' ? 'undated' : '无日期');
}

/** "廣西系列…成效, 2024-10-31 [seed 000_460f0e1b014ac56f.txt]" */
export function source(doc: PolicyDocument, style: CiteStyle): string {
  return `${style.zh(doc.title.zh)}, ${dated(doc, style)} [seed ${doc.seed}]`;
}

function metric(fact: Fact, style: CiteStyle): string {
  return style.zh(fact.metric.zh);
}

export function citeFact(dataset: Dataset, fact: Fact, format: CiteFormat, style: CiteStyle = AS_WRITTEN): string {
  const doc = dataset.documentById.get(fact.document)!;
  switch (format) {
    case 'json':
      return JSON.stringify(exportFact(fact, doc.seed), null, 2);
    case 'csv': {
      const row = exportFact(fact, doc.seed);
      return `${csvRow(FACT_COLUMNS)}\r\n${csvRow(FACT_COLUMNS.map((c) => (Array.isArray(row[c]) ? (row[c] as string[]).join('; ') : row[c])))}\r\n`;
    }
    case 'md':
      return [
        `> ${style.zh(fact.quote)}`,
        '',
        `${placeName(dataset, fact.place, style)} · ${metric(fact, style)} (${fact.metric.en}): **${style.zh(formatValue(fact))}** (${fact.year}, ${KIND[style.lang][fact.kind]}) — ${source(doc, style)}`,
      ].join('\n');
    case 'text':
      return `${placeName(dataset, fact.place, style)} · ${metric(fact, style)}: ${style.zh(formatValue(fact))} (${fact.year}, ${KIND[style.lang][fact.kind]}) — “${style.zh(fact.quote)}” — ${source(doc, style)}`;
  }
}

export function citeDocument(doc: PolicyDocument, format: CiteFormat, style: CiteStyle = AS_WRITTEN): string {
  const publisher = style.lang === 'en' ? doc.publisher.en : style.zh(doc.publisher.zh);
  switch (format) {
    case 'json':
      return JSON.stringify(
        {
          id: doc.id,
          seed: doc.seed,
          title: doc.title.zh,
          title_en: doc.title.en,
          publisher: doc.publisher.zh,
          publisher_en: doc.publisher.en,
          date: doc.date,
          place: doc.place,
          kind: doc.kind,
        },
        null,
        2,
      );
    case 'csv':
      return `${csvRow(['id', 'seed', 'title', 'title_en', 'publisher', 'date', 'place', 'kind'])}\r\n${csvRow([doc.id, doc.seed, doc.title.zh, doc.title.en, doc.publisher.zh, doc.date, doc.place, doc.kind])}\r\n`;
    case 'md':
    case 'text': {
      const title = format === 'md' ? `**${style.zh(doc.title.zh)}**` : style.zh(doc.title.zh);
      return `${title} (${doc.title.en}) — ${publisher}, ${dated(doc, style)} [seed ${doc.seed}]`;
    }
  }
}
