import { inScript } from '../model/script.js';
import { CITE_FORMAT_ALIASES, CITE_FORMATS, citeDocument, citeFact, type CiteFormat } from '../cite/citation.js';
import type { CiteLang } from '../cite/words.js';
import { compareCommand } from './compare.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';

/** The citation the explorer's `c` copies, on stdout: for scripts and pipes (`| pbcopy`). */
export function showCommand(
  dataset: Dataset,
  id: string,
  format: string | undefined,
  lang?: CiteLang,
): { output: string } | { error: string; exitCode: number } {
  const shown = cite(dataset, id, format, lang);
  if (!('text' in shown)) return shown;
  const text = format === 'json' ? jsonSafe(shown.text) : shown.text;
  return { output: text.endsWith('\n') ? text : `${text}\n` };
}

function cite(
  dataset: Dataset,
  id: string,
  format: string | undefined,
  lang: CiteLang | undefined,
): { text: string } | { error: string; exitCode: number } {
  const fact = dataset.factById.get(id);
  const doc = dataset.documentById.get(id);
  if (fact || doc) {
    const f = format === undefined ? 'sentence' : (CITE_FORMAT_ALIASES[format] ?? format);
    if (!CITE_FORMATS.includes(f as CiteFormat))
      return { error: `unknown format "${format}" for a ${fact ? 'fact' : 'document'} (use ${CITE_FORMATS.join(', ')})`, exitCode: 2 };
    if (lang !== undefined && (f === 'json' || f === 'csv'))
      return { error: `--lang is for the sentence, reference and md formats; ${f} is the data as it is (leave --lang out)`, exitCode: 2 };
    // As written: the place and metric the data keeps simplified follow a traditional document's script, as in the explorer.
    const style = {
      lang: lang ?? 'en',
      script: 'original',
      zh: (t: string) => t,
      traditional: (t: string) => inScript(t, 'traditional'),
    } as const;
    return { text: fact ? citeFact(dataset, fact, f as CiteFormat, style) : citeDocument(doc!, f as CiteFormat, style) };
  }
  if (dataset.categoryById.has(id) || dataset.indicatorById.has(id)) {
    if (lang !== undefined)
      return { error: "--lang is for a fact's or document's citation; a comparison table has one form (leave --lang out)", exitCode: 2 };
    const f = format ?? 'md';
    if (f !== 'md' && f !== 'tsv' && f !== 'csv')
      return { error: `unknown format "${format}" for a comparison table (use md, tsv, csv)`, exitCode: 2 };
    const table = compareCommand(dataset, id, f);
    return 'output' in table ? { text: table.output } : table;
  }
  return { error: `no fact, document or category "${id}" (find ids with: policy-explorer search …)`, exitCode: 1 };
}
