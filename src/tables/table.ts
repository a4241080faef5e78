import type { Cell } from './cells.js';

export type { Cell } from './cells.js';

/**
 * The one model of every table the program writes: export's facts, a comparison, the progress
 * of targets, the explorer's list as shown and its copies. A table says what each row holds
 * (its columns, for CSV, TSV, JSON and spreadsheets, where scripts read cells by name) and how
 * a person reads a row (its prose, for Markdown). Rows are read once, one at a time, so a
 * writer never holds more than a row: a table of 142,000 figures costs no more memory than one.
 */

/** What a spreadsheet is to make of a cell: a number is a number, a yes/no a boolean, anything else text. */
export type CellKind = 'text' | 'number' | 'boolean';

export interface Column<R> {
  /** The column's name: a CSV header, a JSON key; fixed, since scripts read by it. */
  readonly name: string;
  readonly kind: CellKind;
  readonly value: (row: R) => Cell;
  /** The cell in JSON, where it is more than a cell's text (a list stays a list); `value` where absent. */
  readonly json?: (row: R) => unknown;
}

/** A document the rows quote, as the sources list and the spreadsheet's sources sheet name it. */
export interface Source {
  readonly document: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string | null;
  readonly number: string | null;
  readonly url: string | null;
  readonly seed: string;
}

/** How a person reads the rows: the columns of a Markdown table, in the reader's language. */
export interface Prose<R> {
  readonly header: readonly string[];
  readonly row: (row: R) => readonly Cell[];
  /** The marks a row's cells carry (`*` for an inferred year), each explained once, below the table, by `legend`. */
  readonly marks?: (row: R) => readonly string[];
  readonly legend?: Readonly<Record<string, string>>;
  /** What the sources list below the table is headed with ("Sources:"). */
  readonly sourcesHeading?: string;
  /** How a source is listed under it. */
  readonly sourceLine?: (source: Source) => string;
}

export interface Table<R> {
  /** What it is, in a word: the spreadsheet's sheet name ("figures", "progress", "compare"). */
  readonly name: string;
  /** A heading above the Markdown table, if any. */
  readonly title?: string;
  readonly columns: readonly Column<R>[];
  readonly prose: Prose<R>;
  /** Read once, in order. */
  readonly rows: Iterable<R>;
  /** The documents a row quotes, for the sources that follow the rows. */
  readonly documentsOf: (row: R) => readonly string[];
  readonly source: (document: string) => Source;
}

/** A row as JSON has it: each column's value by its name. */
export function record<R>(table: Pick<Table<R>, 'columns'>, row: R): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of table.columns) out[column.name] = (column.json ?? column.value)(row) ?? null;
  return out;
}
