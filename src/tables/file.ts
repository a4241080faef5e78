import { extname } from 'node:path';
import { writeWhole, type Placing } from '../platform/wholeFile.js';
import type { Table } from './table.js';
import { tableText, type TextFormat } from './write.js';

/** The formats a table can be saved as, a file's extension choosing one. */
export const FILE_FORMATS = ['csv', 'tsv', 'md', 'json', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.xlsx': 'xlsx',
};

/** The format a file's name asks for by its extension (any case), or null when it names none. */
export function formatOfPath(path: string): FileFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * A UTF-8 byte-order mark: Excel on Windows reads a CSV without one in the system's code page,
 * and the Chinese comes out as mojibake. It opens a .tsv (or a .txt) through the same import,
 * which the mark sets to UTF-8 just as well, so a TSV file gets one too. Markdown and JSON are
 * read by programs that take UTF-8 as given, and for which a mark is a stray character.
 */
const FILE_BOM: Readonly<Record<TextFormat, string>> = { csv: '\uFEFF', tsv: '\uFEFF', md: '', json: '' };

function* withMark(mark: string, text: Iterable<string>): Generator<string> {
  if (mark !== '') yield mark;
  yield* text;
}

/**
 * Writes a table to a file in `format`, a row at a time, whole or not at all: `replace` puts
 * it in place of a file of that name (keeping its mode; a read-only one is refused); without
 * it, 'exists' says a file has the name, which is left as it was.
 */
export async function saveTable<R>(
  table: Table<R>,
  path: string,
  format: FileFormat,
  { replace = false } = {},
): Promise<'saved' | 'exists'> {
  const how: Placing = replace ? 'replace' : 'create';
  if (format === 'xlsx') {
    const { xlsxBytes } = await import('./xlsx.js');
    return (await writeWhole(path, xlsxBytes(table), how)) ? 'saved' : 'exists';
  }
  return (await writeWhole(path, withMark(FILE_BOM[format], tableText(table, format)), how)) ? 'saved' : 'exists';
}
