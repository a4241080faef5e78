import { UsageError } from '../args.js';

/**
 * `--bom`: a UTF-8 byte-order mark before CSV or TSV written to stdout (a file gets one anyway). Excel on Windows reads a CSV
 * without one in the system's code page, and the Chinese comes out as mojibake; a pipe into
 * another program usually wants no mark, so it is asked for.
 */
export const BOM_OPTION = {
  type: 'boolean',
  description: 'with --format csv or tsv: begin with a UTF-8 byte-order mark, so that Excel reads the Chinese as UTF-8',
} as const;

export const BOM = '\uFEFF';

/** The output with its mark where asked for; asked for with a format that is not CSV, a usage error. */
export function withBom(output: string, format: string, bom: boolean | undefined): string {
  if (bom !== true) return output;
  if (format !== 'csv' && format !== 'tsv')
    throw new UsageError(`--bom goes with --format csv or tsv (a spreadsheet's file), not ${format}: add --format csv, or leave --bom out`);
  return BOM + output;
}
