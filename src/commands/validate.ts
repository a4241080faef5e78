import type { LoadResult, Review } from '../model/load.js';
import type { Problem } from '../model/types.js';

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** A word as a POSIX shell reads it back, quoted only when it needs to be. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** What a command that needed the dataset says when it has problems: the first of them, and how to list them all. */
export function loadFailure(result: Extract<LoadResult, { ok: false }>, named: { data?: readonly string[]; seeds?: string }): string {
  // The advice checks the folders that failed, not the bundled ones.
  const validate = ['policy-explorer', 'validate', ...(named.data ?? [])];
  if (named.seeds !== undefined) validate.push('--seeds', named.seeds);
  return `${result.problems.map(formatProblem).join('\n')}\nThe dataset has ${result.total} problem(s); run "${validate.map(shellWord).join(' ')}" for the list.\n`;
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
      `${d.indicators.length} indicators, ${d.categories.length} categories, ${d.places.length} places\n` +
      awaitingReview(result.review),
    exitCode: 0,
  };
}

/**
 * Proposals are drafts, not problems: listed apart, after the count of what the dataset
 * holds, with what to do about them.
 */
function awaitingReview(review: Review): string {
  const docs = [...review.proposals];
  if (docs.length === 0 && review.places.length === 0) return '';
  const lines: string[] = [];
  if (docs.length > 0) {
    const n = docs.reduce((sum, [, count]) => sum + count, 0);
    lines.push(`to review: ${n} proposed figure${n === 1 ? '' : 's'}, not in the dataset until accepted:`);
    for (const [doc, count] of docs) lines.push(`  ${doc}: ${count}`);
  }
  if (review.places.length > 0) lines.push(`to review: proposed place${review.places.length === 1 ? '' : 's'} ${review.places.join(', ')}`);
  lines.push('Review them with "policy-explorer review DIR"; --include-proposed shows them in the explorer and in export.');
  return `${lines.join('\n')}\n`;
}
