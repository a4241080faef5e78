import type { Dataset, Fact, PolicyDocument } from '../model/types.js';
import { exportDocument, exportFact, FACT_COLUMNS } from './exportShape.js';
import { csvRow } from '../tables/cells.js';
import { proseDocument, proseFact } from './prose.js';
import { AS_WRITTEN, type CiteStyle } from './words.js';

export { AS_WRITTEN, type CiteStyle };

/**
 * Citations of facts and documents, in the formats people paste: a sentence with the figure
 * and its source, a reference-list entry, Markdown, JSON (the fact as exported) and a CSV row.
 * The prose formats are written in the style's language; JSON and CSV are the data as it is,
 * with the seed file for provenance.
 */
export type CiteFormat = 'sentence' | 'reference' | 'md' | 'json' | 'csv';
export const CITE_FORMATS: readonly CiteFormat[] = ['sentence', 'reference', 'md', 'json', 'csv'];

/** Formats known by another name: `text` is what `sentence` was called before it had a reference to go with. */
export const CITE_FORMAT_ALIASES: Readonly<Record<string, CiteFormat>> = { text: 'sentence' };

export function citeFact(dataset: Dataset, fact: Fact, format: CiteFormat, style: CiteStyle = AS_WRITTEN): string {
  switch (format) {
    case 'json':
      return JSON.stringify(exportFact(dataset, fact), null, 2);
    case 'csv': {
      const row = exportFact(dataset, fact);
      return `${csvRow(FACT_COLUMNS)}\r\n${csvRow(FACT_COLUMNS.map((c) => (Array.isArray(row[c]) ? (row[c] as string[]).join('; ') : row[c])))}\r\n`;
    }
    default:
      return proseFact(dataset, fact, format, style);
  }
}

const DOCUMENT_COLUMNS = ['id', 'seed', 'title', 'title_en', 'publisher', 'date', 'place', 'kind', 'number', 'url'] as const;

export function citeDocument(doc: PolicyDocument, format: CiteFormat, style: CiteStyle = AS_WRITTEN): string {
  switch (format) {
    case 'json':
      return JSON.stringify(exportDocument(doc), null, 2);
    case 'csv':
      return `${csvRow(DOCUMENT_COLUMNS)}\r\n${csvRow([doc.id, doc.seed, doc.title.zh, doc.title.en, doc.publisher.zh, doc.date, doc.place, doc.kind, doc.number, doc.url])}\r\n`;
    default:
      return proseDocument(doc, format, style);
  }
}
