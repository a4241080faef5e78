/**
 * Tables as text. CSV as RFC 4180 has it: CRLF between records, fields quoted when they hold a
 * comma, quote or line break. TSV for spreadsheet cells, and Markdown for reports. CSV and TSV
 * are opened in spreadsheets, so both write every cell through spreadsheetText.
 */

export type Cell = string | number | boolean | null | undefined;

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A cell's text as a spreadsheet must read it: as text. A quote, metric or title that starts like
 * a formula ("=HYPERLINK(…)") would run in Excel or LibreOffice, so a single quote goes before it,
 * which spreadsheets take as "this is text". A number is written as it is: -3.5 is a figure.
 */
export function spreadsheetText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvField(cell: Cell): string {
  const text = spreadsheetText(cell);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** A TSV row that pastes into spreadsheet cells: a tab or line break inside a cell would split it, so it becomes a space. */
export function tsvRow(cells: readonly Cell[]): string {
  return cells.map((c) => spreadsheetText(c).replace(/[\t\r\n]+/gu, ' ')).join('\t');
}

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));

/**
 * A Markdown table; a `|` or line break inside a cell would end it, so they are escaped or become
 * a space. A backslash is escaped first: one before an escaped `|` would escape the escape instead.
 */
export function markdownRow(cells: readonly Cell[]): string {
  return `| ${cells
    .map((c) =>
      text(c)
        .replace(/\\/gu, '\\\\')
        .replace(/\|/gu, '\\|')
        .replace(/[\r\n]+/gu, ' '),
    )
    .join(' | ')} |`;
}

export function markdownTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [markdownRow(header), markdownRow(header.map(() => '---')), ...rows.map(markdownRow)].join('\n') + '\n';
}
