import { relative } from 'node:path';
import { diffLines, unifiedDiff } from '../review/preview.js';
import { type Review } from '../review/session.js';
import { decided, type Decision } from '../review/write.js';

/**
 * `review DIR --dry-run`: the decisions made on the documents' texts in memory, one after
 * another as they would be written, and the change each document would take printed as a
 * unified diff (which `git apply` reads); nothing is written. The checks a written decision
 * gets (the folder validated with it) are not made here: they need the file on disk.
 */
export function dryRun(
  dir: string,
  review: Review,
  decisions: readonly { readonly document: string; readonly decision: Decision }[],
  io: { out: (t: string) => void; err: (t: string) => void },
): number {
  const texts = new Map<string, string>();
  for (const { document, decision } of decisions) {
    const doc = review.documents.find((d) => d.id === document);
    if (!doc) {
      io.err(`policy-explorer: no proposal "${document}" in ${dir}; list them with "policy-explorer review ${dir}"\n`);
      return 1;
    }
    const next = decided(texts.get(document) ?? doc.file.text, decision);
    if ('problem' in next) {
      io.err(`policy-explorer: ${relative(dir, doc.file.path)}: ${next.problem}\n`);
      return 1;
    }
    texts.set(document, next.text);
  }
  let changed = 0;
  for (const doc of review.documents) {
    const after = texts.get(doc.id);
    if (after === undefined || after === doc.file.text) continue;
    changed++;
    io.out(unifiedDiff(relative(dir, doc.file.path), diffLines(doc.file.text, after)));
  }
  // Said apart from the diff, so that the diff alone goes to a pipe.
  io.err(`policy-explorer: --dry-run: nothing written; ${changed} document${changed === 1 ? '' : 's'} would change\n`);
  return 0;
}
