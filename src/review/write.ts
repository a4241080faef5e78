import { join, relative, resolve } from 'node:path';
import { readRegularFile, reasonOf, YAML_LIMIT } from '../model/files.js';
import { loadDataset, oneFolder } from '../model/load.js';
import type { Problem } from '../model/types.js';
import { replaceFile } from '../platform/files.js';
import { checkDocumentText } from './decisionCheck.js';
import { indexFor, statsOf, type FolderIndex } from './folderIndex.js';
import { acceptAll, acceptProposal, editProposal, rejectProposal, type Decided, type Edits } from './decisions.js';
import { linkFigure } from './link.js';
import type { LinkKey } from './links.js';
import { hashOf } from '../model/inputs.js';
import type { ReviewFile } from './session.js';

/**
 * A decision written: made on a document's text, then the file replaced whole (a temporary
 * file, then rename) only if it is still as it was read, and checked as `validate` would check
 * it, else put back. What the file system refuses is said, never thrown.
 */

/** A file of the folder as it is now, to write over only if it is still so, or why it cannot be read. */
export function fileAsRead(path: string): ReviewFile | { readonly problem: string } {
  const read = readRegularFile(path, YAML_LIMIT);
  if ('error' in read) return { problem: read.error };
  const text = read.bytes.toString('utf8');
  return { path, text, hash: hashOf(text) };
}

export type Decision =
  | { readonly type: 'accept'; readonly id: string; readonly edits?: Edits }
  | { readonly type: 'edit'; readonly id: string; readonly edits: Edits }
  | { readonly type: 'reject'; readonly id: string; readonly why?: string }
  | { readonly type: 'accept-all'; readonly except?: readonly string[] }
  /** `key: target` written on the figure `id` (a proposal or a fact); a null target unlinks. */
  | { readonly type: 'link'; readonly id: string; readonly key: LinkKey; readonly target: string | null };

/** What a decision came to: the file's text before and after (for undo), or why it was not written. */
export type Outcome =
  | { readonly written: ReviewFile; readonly before: ReviewFile }
  | { readonly conflict: string }
  // `held`: the decision could not be taken back, so the file is not as the review read it.
  | { readonly problem: string; readonly held?: true };

/** A decision made on a document's text, nothing written: the text after it, or why it cannot be made. */
export function decided(text: string, decision: Decision): Decided {
  switch (decision.type) {
    case 'accept':
      return acceptProposal(text, decision.id, decision.edits);
    case 'edit':
      return editProposal(text, decision.id, decision.edits);
    case 'reject':
      return rejectProposal(text, decision.id, decision.why);
    case 'accept-all':
      return acceptAll(text, decision.except);
    case 'link':
      return linkFigure(text, decision.id, decision.key, decision.target);
  }
}

/**
 * Writes `next` over `file` if the file on disk is still what was read, then checks the folder
 * as `validate` would; a decision that leaves a problem in the file is undone and the problem
 * said, so an accepted fact is held to every rule a curated one is.
 */
export function writeChecked(dir: string, file: ReviewFile, next: string): Outcome {
  const name = relative(dir, file.path);
  const read = readRegularFile(file.path, YAML_LIMIT);
  if ('error' in read) return { conflict: `${name} ${read.error}: nothing was written` };
  const now = read.bytes.toString('utf8');
  if (hashOf(now) !== file.hash) {
    return { conflict: changedOnDisk(name) };
  }
  // Indexed before the write, so that the files it checks unchanged are the ones read before it.
  const index = indexFor(dir, file.path);
  const unwritten = replaced(name, file.path, next, read.bytes);
  if (unwritten === 'changed') return { conflict: changedOnDisk(name) };
  if (unwritten !== null) return { problem: unwritten.said };
  const mine = problemsAfter(dir, file.path, next, index);
  if (mine.length > 0) {
    // A problem is in the file decided on, or in one whose link the decision breaks.
    const nameOf = (p: Problem) => (p.file.endsWith(name) ? name : relative(dir, resolve(p.file)));
    const problems = mine.map((p) => `${nameOf(p)}:${p.line}:${p.col}: ${p.message}`).join('; ');
    // Put back only over the decision itself: a save made meanwhile by someone else stands.
    const stuck = replaced(name, file.path, now, Buffer.from(next, 'utf8'));
    if (stuck === null) return { problem: problems };
    const why = stuck === 'changed' ? 'someone changed it meanwhile' : stuck.why;
    return { problem: `${problems}; and it could not be put back as it was (${why}): it holds the decision`, held: true };
  }
  return { written: { path: file.path, text: next, hash: hashOf(next) }, before: file };
}

/**
 * The problems the loader finds in the document written, from the folder's index where it has
 * one (the document, its ids and links against the rest of the folder, and what it newly
 * breaks in documents that link to it), else by loading the whole folder.
 */
function problemsAfter(dir: string, path: string, next: string, index: FolderIndex | undefined): Problem[] {
  const stats = index && statsOf(dir, path);
  if (index && stats) return checkDocumentText(index, path, next, stats);
  const result = loadDataset(oneFolder(dir, join(dir, 'seeds')));
  const name = relative(dir, path);
  return result.ok ? [] : result.problems.filter((p) => p.file.endsWith(name));
}

const changedOnDisk = (name: string) => `${name} changed on disk since it was read: nothing was written, and it is read again`;

/**
 * Writes a document whole if it still holds `expected` just before the rename, or says why it
 * could not ('changed': someone saved it meanwhile): it is then as it was.
 */
function replaced(name: string, path: string, text: string, expected: Uint8Array): { said: string; why: string } | 'changed' | null {
  try {
    return replaceFile(path, text, expected) ? null : 'changed';
  } catch (error) {
    // replaceFile's own refusal of a read-only file says itself; a system call's error is said by its code.
    if ((error as NodeJS.ErrnoException).syscall === undefined) return { said: (error as Error).message, why: (error as Error).message };
    const why = reasonOf(error);
    return { said: `${name} cannot be written (${why}): nothing was written`, why };
  }
}

/** Makes a decision on one document file. */
export function decide(dir: string, file: ReviewFile, decision: Decision): Outcome {
  const next = decided(file.text, decision);
  if ('problem' in next) return { problem: `${relative(dir, file.path)}: ${next.problem}` };
  return writeChecked(dir, file, next.text);
}

/** Takes the last decision back: the file as it was before it, if nobody changed it since. */
export function undo(dir: string, outcome: { written: ReviewFile; before: ReviewFile }): Outcome {
  return writeChecked(dir, outcome.written, outcome.before.text);
}
