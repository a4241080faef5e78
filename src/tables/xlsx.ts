import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Cell } from './cells.js';
import type { Column, Source, Table } from './table.js';

/**
 * A table as an .xlsx workbook, made as a stream, a row at a time: sheet 1 the table's columns
 * (a number column as numbers, a yes/no as booleans, the rest as text cells), sheet 2 the
 * documents the rows quote. exceljs is loaded only here, when a workbook is asked for: it is
 * most of a megabyte of code that no other command needs.
 *
 * Text is written as inline strings (t="inlineStr"), a spreadsheet's plain text: a quote that
 * starts with = + - @ is a string cell, never a formula, so it needs no guarding quote as CSV
 * does. Not as shared strings, the other kind of text cell, whose table of every distinct text
 * exceljs holds until the end (2.2 GB at the peak for 142,000 rows of distinct texts, against
 * 540–800 MB inline); and not as exceljs writes a plain string without that table, t="str", a
 * formula's result. The rows are made and committed one at a time, but exceljs 4's zip keeps
 * each sheet's XML until the workbook is committed, so a workbook costs memory in proportion to
 * its rows, as no text format does.
 */

const SOURCE_COLUMNS: readonly (keyof Source)[] = ['document', 'title', 'publisher', 'date', 'number', 'url', 'seed'];

/** Excel's limits for a sheet's name: at most 31 characters, none of []:*?/\ */
function sheetName(name: string, taken?: string): string {
  const safe = name.replace(/[[\]:*?/\\]/gu, ' ').slice(0, 31) || 'sheet';
  return safe === taken ? `${safe.slice(0, 28)} 2` : safe;
}

/** A text cell, written inline (see above). */
type InlineText = { richText: [{ text: string }] };
const inline = (text: string): InlineText => ({ richText: [{ text }] });

function cellOf<R>(column: Column<R>, row: R): InlineText | number | boolean | null {
  const cell: Cell = column.value(row);
  if (cell === null || cell === undefined) return null;
  // A column's kind says what a spreadsheet makes of it; a cell that is not of it stays text.
  if (column.kind === 'number' && typeof cell === 'number') return cell;
  if (column.kind === 'boolean' && typeof cell === 'boolean') return cell;
  return inline(String(cell));
}

/** The workbook's bytes as they are made; a failure (the rows', the library's) ends the stream with it. */
export async function* xlsxBytes<R>(table: Table<R>): AsyncGenerator<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = new PassThrough();
  const made = (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    const rowsName = sheetName(table.name);
    const rows = workbook.addWorksheet(rowsName, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = rows.addRow(table.columns.map((c) => inline(c.name)));
    header.font = { bold: true };
    header.commit();
    const documents = new Set<string>();
    for (const row of table.rows) {
      rows.addRow(table.columns.map((c) => cellOf(c, row))).commit();
      for (const document of table.documentsOf(row)) documents.add(document);
      // The rows are made faster than the file takes them: wait for it rather than hold them all.
      if (stream.writableNeedDrain) await once(stream, 'drain');
    }
    rows.commit();
    const sources = workbook.addWorksheet(sheetName('sources', rowsName), { views: [{ state: 'frozen', ySplit: 1 }] });
    const sourcesHeader = sources.addRow(SOURCE_COLUMNS.map(inline));
    sourcesHeader.font = { bold: true };
    sourcesHeader.commit();
    for (const document of documents) {
      const source = table.source(document);
      sources.addRow(SOURCE_COLUMNS.map((key) => (source[key] === null ? null : inline(source[key])))).commit();
    }
    sources.commit();
    await workbook.commit();
  })();
  made.then(
    () => stream.end(),
    (error: unknown) => stream.destroy(error as Error),
  );
  for await (const chunk of stream) yield chunk as Uint8Array;
  await made;
}
