import { jsonSafe } from '../platform/output.js';
import { csvRow, markdownRow, tsvRow } from './cells.js';
import { record, type Table } from './table.js';

/**
 * A table as text, one piece a row, for the caller to write as it comes: CSV as RFC 4180 has
 * it (CRLF between records), TSV for spreadsheet cells, JSON (an array of rows by column
 * name) and Markdown for a report, with a legend of the marks its rows use and the sources
 * they quote. What the rows quote is gathered as they go by, as ids, never the rows.
 */
export type TextFormat = 'csv' | 'tsv' | 'md' | 'json';

export function* tableText<R>(table: Table<R>, format: TextFormat): Generator<string> {
  switch (format) {
    case 'csv':
      yield `${csvRow(table.columns.map((c) => c.name))}\r\n`;
      for (const row of table.rows) yield `${csvRow(table.columns.map((c) => c.value(row)))}\r\n`;
      return;
    case 'tsv':
      yield `${tsvRow(table.columns.map((c) => c.name))}\n`;
      for (const row of table.rows) yield `${tsvRow(table.columns.map((c) => c.value(row)))}\n`;
      return;
    case 'json': {
      let first = true;
      for (const row of table.rows) {
        yield `${first ? '[\n' : ',\n'}  ${jsonSafe(JSON.stringify(record(table, row)))}`;
        first = false;
      }
      yield first ? '[]\n' : '\n]\n';
      return;
    }
    case 'md':
      yield* markdown(table);
  }
}

function* markdown<R>(table: Table<R>): Generator<string> {
  const { prose } = table;
  if (table.title !== undefined) yield `${table.title}\n\n`;
  yield `${markdownRow(prose.header)}\n${markdownRow(prose.header.map(() => '---'))}\n`;
  const marks = new Set<string>();
  const documents = new Set<string>();
  for (const row of table.rows) {
    yield `${markdownRow(prose.row(row))}\n`;
    for (const mark of prose.marks?.(row) ?? []) marks.add(mark);
    for (const document of table.documentsOf(row)) documents.add(document);
  }
  // Each mark the rows use is explained once, in the order the legend lists them.
  const legend = Object.entries(prose.legend ?? {}).filter(([mark]) => marks.has(mark));
  if (legend.length > 0) yield `\n${legend.map(([, words]) => words).join('\n')}\n`;
  if (prose.sourcesHeading !== undefined && prose.sourceLine !== undefined && documents.size > 0) {
    const line = prose.sourceLine;
    yield `\n${prose.sourcesHeading}\n${[...documents].map((d) => `- ${line(table.source(d))}`).join('\n')}\n`;
  }
}
