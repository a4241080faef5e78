/**
 * Tables as text. CSV as RFC 4180 has it: CRLF between records, fields quoted when they hold a
 * comma, quote or line break. TSV for spreadsheet cells, and Markdown for reports.
 */

export type Cell = string | number | boolean | null | undefined;

export function csvField(cell: Cell): string {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));

/** TSV that pastes into spreadsheet cells: a tab or line break inside a cell would split it, so it becomes a space. */
export function tsvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map((c) => text(c).replace(/[\t\r\n]+/gu, ' ')).join('\t')).join('\n') + '\n';
}

/** A Markdown table; a `|` or line break inside a cell would end it, so they are escaped or become a space. */
export function markdownTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const row = (cells: readonly Cell[]) =>
    `| ${cells
      .map((c) =>
        text(c)
          .replace(/\|/gu, '\\|')
          .replace(/[\r\n]+/gu, ' '),
      )
      .join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n') + '\n';
}
