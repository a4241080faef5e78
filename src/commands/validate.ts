import type { LoadResult } from '../model/load.js';
import type { Problem } from '../model/types.js';

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** The one-line summary of a sound dataset, or every problem with its position. */
export function validateCommand(result: LoadResult): { output: string; exitCode: number } {
  if (!result.ok) {
    const n = result.total;
    return {
      output: `${result.problems.map(formatProblem).join('\n')}\n${n} problem${n === 1 ? '' : 's'} found; the dataset was not loaded.\n`,
      exitCode: 1,
    };
  }
  const d = result.dataset;
  const targets = d.facts.filter((f) => f.kind === 'target').length;
  return {
    output:
      `ok: ${d.documents.length} documents, ${d.facts.length} facts (${targets} targets, ${d.facts.length - targets} reported), ` +
      `${d.indicators.length} indicators, ${d.categories.length} categories, ${d.places.length} places\n`,
    exitCode: 0,
  };
}
