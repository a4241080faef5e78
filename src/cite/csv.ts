/** CSV as RFC 4180 has it: CRLF between records, fields quoted when they hold a comma, quote or line break. */

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
