import { createFile, replaceFile } from '../../platform/files.js';
import type { Table } from '../../tables/table.js';
import { tableText } from '../../tables/write.js';

/**
 * Writing a table to a file, for the save key. This stands in for src/tables/file.ts's
 * `saveTable` (streamed, xlsx through exceljs), whose signature it has, until that is merged:
 * the explorer's effect calls this one function, so swapping it is one import. Here a file is
 * written whole or not at all (under a temporary name, then renamed), a CSV starts with the
 * UTF-8 byte-order mark Excel needs to read Chinese, and xlsx is refused with a notice.
 */
export const SAVE_FORMATS = ['csv', 'tsv', 'md', 'json', 'xlsx'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

/** Why a file was not written in a format this build cannot write yet. */
export class FormatNotYet extends Error {
  constructor(readonly format: SaveFormat) {
    super(`${format} files cannot be written yet`);
  }
}

const BOM = '\uFEFF';

/**
 * Writes `table` to `path` in `format`: 'exists' when a file has that name and `replace` is
 * not set (nothing is written then), else 'saved' once the whole file is in place.
 */
export async function saveTable<R>(
  table: Table<R>,
  path: string,
  format: SaveFormat,
  { replace }: { replace: boolean },
): Promise<'saved' | 'exists'> {
  if (format === 'xlsx') throw new FormatNotYet(format);
  const text = (format === 'csv' ? BOM : '') + [...tableText(table, format)].join('');
  if (replace) {
    replaceFile(path, text);
    return 'saved';
  }
  return createFile(path, text) ? 'saved' : 'exists';
}

/** The format a file's name asks for by its extension; null for one no writer knows. */
export function formatOfPath(path: string): SaveFormat | null {
  const ext = /\.([^./\\]+)$/u.exec(path)?.[1]?.toLowerCase();
  if (ext === 'markdown') return 'md';
  return (SAVE_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as SaveFormat) : null;
}
