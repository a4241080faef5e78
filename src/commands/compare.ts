import { exportFact } from '../tables/figure.js';
import { compared, compareTable } from '../cite/compareTable.js';
import { pivot } from '../model/indicators.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { tableText } from '../tables/write.js';

export { compared } from '../cite/compareTable.js';

export const COMPARE_FORMATS = ['md', 'tsv', 'csv', 'json'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

/**
 * An indicator's or category's figures place × year: Markdown, TSV or CSV, a row a figure
 * (the table of cite/compareTable.ts, whose CSV and TSV columns are the export contract's then
 * place_name and comparable), or JSON, the place × year rows with their figures.
 */
export function compareCommand(
  dataset: Dataset,
  id: string,
  format: CompareFormat,
): { output: string } | { error: string; exitCode: number } {
  const subject = compared(dataset, id);
  if (!subject) return { error: `no indicator or category "${id}" (see export --format json for the ids)`, exitCode: 1 };
  if (format !== 'json') return { output: [...tableText(compareTable(dataset, id)!, format)].join('') };
  const { rows, main } = pivot(dataset, subject.facts);
  const cells = (cs: (typeof rows)[number]['targets']) => cs.map((c) => ({ ...exportFact(dataset, c.fact), comparable: c.comparable }));
  const json = {
    id,
    main,
    rows: rows.map((r) => ({ place: r.place, year: r.year, targets: cells(r.targets), reported: cells(r.reported) })),
  };
  return { output: `${jsonSafe(JSON.stringify(json, null, 2))}\n` };
}
