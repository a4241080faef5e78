import type { Dataset, Fact } from '../model/types.js';
import { figureColumns } from '../tables/figure.js';
import type { Table } from '../tables/table.js';
import { tableText, type TextFormat } from '../tables/write.js';
import { sourceOfDocument } from '../tables/sources.js';
import { FIGURE_HEADERS, figureProse } from './figureProse.js';
import { AS_WRITTEN, type CiteStyle } from './words.js';

/**
 * Figures as a table to take away: the export contract's columns for CSV, TSV, JSON and a
 * spreadsheet, where scripts read cells by name; for Markdown, the same provenance as a reader
 * reads it: place and its code, indicator and measure, metric, value, year (marked where
 * inferred), kind, status, progress, source (title as written, date, section) and the quote.
 */
/** The figures as one table; `style` is the Markdown's language and display script (the data columns are as written). */
export function figuresTable(dataset: Dataset, facts: Iterable<Fact>, style: CiteStyle = AS_WRITTEN): Table<Fact> {
  const cell = figureProse(dataset, style);
  return {
    name: 'figures',
    columns: figureColumns(dataset, (f: Fact) => f),
    prose: {
      header: FIGURE_HEADERS[style.lang],
      row: (f) => cell.row(f),
      marks: cell.marks,
      legend: cell.legend,
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
