import { basename } from 'node:path';
import { UsageError } from '../args.js';
import { writeWhole } from '../platform/wholeFile.js';
import { describeErrno, writeAll } from '../platform/output.js';
import { formatOfPath, saveTable, type FileFormat } from '../tables/file.js';
import type { Table } from '../tables/table.js';
import type { Io } from './declaration.js';

/**
 * Where a command's table goes: stdout, or a file given with --output (-o), whose extension
 * chooses the format when --format is not given. A file is replaced whole or not at all, as
 * `sort -o` and `curl -o` replace theirs: what was there stays until the new one is complete.
 */

export const OUTPUT_OPTION = {
  type: 'string',
  short: 'o',
  value: 'FILE',
  description:
    'write to FILE (replaced whole, or left as it was) instead of stdout; its extension (.csv .tsv .md .json .xlsx) chooses the format',
} as const;

/** A command's run that finishes later (a workbook is written asynchronously): main awaits its exit code. */
export interface Pending {
  readonly pending: Promise<number>;
}

/** The format asked for: --format, else the one --output's extension names among `formats`, else `otherwise`. */
export function formatOf<F extends string>(format: F | undefined, output: string | undefined, formats: readonly F[], otherwise: F): F {
  if (format !== undefined) return format;
  if (output === undefined) return otherwise;
  // A table's formats by their extensions, and the dataset's YAML by its own.
  const named = formatOfPath(output) ?? (/\.ya?ml$/iu.test(output) ? 'yaml' : null);
  if (named !== null && (formats as readonly string[]).includes(named)) return named as F;
  if (named !== null)
    throw new UsageError(`${basename(output)} names ${named}, which this command does not write: add --format ${formats.join('|')}`);
  throw new UsageError(`cannot tell the format of ${basename(output)} from its name: add --format ${formats.join('|')}`);
}

/** A workbook is bytes a terminal would show as garbage: it goes to a file, or to stdout only where that is a pipe or a file. */
export function checkBinary(format: string, output: string | undefined, io: Io): void {
  if (format === 'xlsx' && output === undefined && io.stdout.isTTY) {
    throw new UsageError('--format xlsx writes a binary file: add --output FILE.xlsx, or send stdout to a file (> FILE.xlsx)');
  }
}

/** What a failed write says: the file and the system's reason, never a stack. */
function cannotWrite(io: Io, path: string, error: unknown): number {
  const { code, message } = error as NodeJS.ErrnoException;
  // The system's refusal (no such folder, no permission, a full disk) is the user's to fix; anything else is a bug.
  if (code === undefined) throw error;
  const reason = message.includes('read-only') ? message : `${describeErrno(code)} (${code})`;
  io.err(`policy-explorer: could not write ${path}: ${reason}\n`);
  return 1;
}

/** Says on stderr what went to the file; stdout stays empty, for a script that reads it. */
function wrote(io: Io, path: string, what: string): number {
  io.err(`wrote ${what} to ${path}\n`);
  return 0;
}

/**
 * Delivers a table: to `output`, replaced whole (a CSV or TSV file with a byte-order mark for
 * Excel), saying on stderr how many `noun` it holds; without one, to stdout, as text or, for a
 * workbook, as bytes. `count` is the rows' number, for the message.
 */
export function deliverTable<R>(
  io: Io,
  table: Table<R>,
  format: FileFormat,
  { output, count, noun }: { output: string | undefined; count: number; noun: string },
): number | Pending {
  if (output !== undefined) {
    const pending = saveTable(table, output, format, { replace: true }).then(
      () => wrote(io, output, `${count} ${noun}`),
      (error: unknown) => cannotWrite(io, output, error),
    );
    return { pending };
  }
  if (format !== 'xlsx') throw new Error(`a table in ${format} to stdout is the command's own text`);
  return {
    pending: (async () => {
      const { xlsxBytes } = await import('../tables/xlsx.js');
      const out = io.outBytes ?? ((bytes: Uint8Array) => writeAll(1, bytes));
      for await (const bytes of xlsxBytes(table)) out(bytes);
      return 0;
    })(),
  };
}

/** Delivers text made a piece at a time (a whole dataset as JSON or YAML) to `output`, replaced whole. */
export function deliverText(io: Io, text: Iterable<string>, { output, what }: { output: string; what: string }): Pending {
  return {
    pending: writeWhole(output, text, 'replace').then(
      () => wrote(io, output, what),
      (error: unknown) => cannotWrite(io, output, error),
    ),
  };
}
