import { CITE_FORMATS, citeDocument, citeFact, type CiteFormat } from '../cite/citation.js';
import { compareCommand } from './compare.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';

/** The citation the explorer's `c` copies, on stdout: for scripts and pipes (`| pbcopy`). */
export function showCommand(
  dataset: Dataset,
  id: string,
  format: string | undefined,
): { output: string } | { error: string; exitCode: number } {
  const shown = cite(dataset, id, format);
  if (!('text' in shown)) return shown;
  const text = format === 'json' ? jsonSafe(shown.text) : shown.text;
  return { output: text.endsWith('\n') ? text : `${text}\n` };
}

function cite(dataset: Dataset, id: string, format: string | undefined): { text: string } | { error: string; exitCode: number } {
  const fact = dataset.factById.get(id);
  const doc = dataset.documentById.get(id);
  if (fact || doc) {
    const f = (format ?? 'text') as CiteFormat;
    if (!CITE_FORMATS.includes(f))
      return { error: `unknown format "${format}" for a ${fact ? 'fact' : 'document'} (use ${CITE_FORMATS.join(', ')})`, exitCode: 2 };
    return { text: fact ? citeFact(dataset, fact, f) : citeDocument(doc!, f) };
  }
  if (dataset.categoryById.has(id) || dataset.indicatorById.has(id)) {
    const f = format ?? 'md';
    if (f !== 'md' && f !== 'tsv' && f !== 'csv')
      return { error: `unknown format "${format}" for a comparison table (use md, tsv, csv)`, exitCode: 2 };
    const table = compareCommand(dataset, id, f);
    return 'output' in table ? { text: table.output } : table;
  }
  return { error: `no fact, document or category "${id}" (find ids with: policy-explorer search …)`, exitCode: 1 };
}
