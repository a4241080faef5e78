import { stringify } from 'yaml';
import { csvTable } from '../tables/cells.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { exportDataset, exportFact, FACT_COLUMNS } from '../cite/exportShape.js';

export const EXPORT_FORMATS = ['json', 'csv', 'yaml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The whole dataset as JSON or YAML; the facts alone as CSV (one row a fact, lists joined by "; "). */
export function exportCommand(dataset: Dataset, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${jsonSafe(JSON.stringify(exportDataset(dataset), null, 2))}\n`;
    case 'yaml':
      return stringify(exportDataset(dataset), { lineWidth: 0 });
    case 'csv': {
      const rows = dataset.facts.map((f) => {
        const row = exportFact(dataset, f);
        return FACT_COLUMNS.map((c) => {
          const cell = row[c];
          return Array.isArray(cell) ? cell.join('; ') : cell;
        });
      });
      return csvTable(FACT_COLUMNS, rows);
    }
  }
}
