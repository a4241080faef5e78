import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { cleanSeed } from '../model/clean.js';
import { loadDataset, oneFolder } from '../model/load.js';
import { DocumentFileSchema, type FactInput, type Recipe } from '../model/schema.js';
import { replaceFile } from '../platform/files.js';
import { acceptAll, acceptProposal, editProposal, rejectProposal, type Decided, type Edits } from './decisions.js';

/**
 * Reviewing one folder's proposals: which there are, in what order, and each decision written
 * back to its document file whole (a temporary file, then rename), only if the file is still
 * as it was read and the folder still validates after it. A file changed on disk since is
 * never overwritten: the decision is refused and the file read again.
 */

/** A document file as it was read: its text and a hash of its bytes, to tell whether it changed since. */
export interface ReviewFile {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

export interface Proposal {
  readonly document: string;
  readonly file: string;
  readonly fact: FactInput;
  /** Where its quote is in the document's clean text, for the text order and the highlight. */
  readonly at: number;
}

export interface ReviewDocument {
  readonly id: string;
  readonly file: ReviewFile;
  /** The document's clean text, and its raw text: the reviewer sees both. */
  readonly text: string;
  readonly raw: string;
  /** Facts decided on (accepted, in `facts` without a status) and rejected. */
  readonly accepted: number;
  readonly rejected: number;
}

export interface Review {
  readonly dir: string;
  readonly documents: readonly ReviewDocument[];
  readonly proposals: readonly Proposal[];
}

export type Order = 'confidence' | 'text';

const hashOf = (text: string) => createHash('sha1').update(text).digest('hex');

function readFile(path: string): ReviewFile {
  const text = readFileSync(path, 'utf8');
  return { path, text, hash: hashOf(text) };
}

/**
 * Clean texts by their raw text and recipe: a review reads its folder again after every
 * decision, and a decision changes a document's facts, not its text.
 */
const cleaned = new Map<string, string>();
function cleanText(raw: string, recipe: Recipe): string {
  const key = `${hashOf(raw)}\u0000${JSON.stringify(recipe)}`;
  let text = cleaned.get(key);
  if (text === undefined) {
    const clean = cleanSeed(raw, recipe);
    text = 'text' in clean ? clean.text : '';
    cleaned.set(key, text);
  }
  return text;
}

/**
 * The folder's proposals. Least sure first by default: a reviewer's attention goes where the
 * reading most needs it, and the sure ones can then be accepted all at once. `text` order
 * walks each document from its start.
 */
export function readReview(dir: string, order: Order = 'confidence'): Review {
  const documentsDir = join(dir, 'documents');
  const documents: ReviewDocument[] = [];
  const proposals: Proposal[] = [];
  for (const name of readdirSync(documentsDir)
    .filter((n) => /\.ya?ml$/u.test(n))
    .sort()) {
    const file = readFile(join(documentsDir, name));
    const parsed = DocumentFileSchema.safeParse(parse(file.text));
    if (!parsed.success) continue;
    const doc = parsed.data;
    let raw = '';
    try {
      raw = readFileSync(join(dir, 'seeds', doc.seed), 'utf8');
    } catch {
      // A document whose text is elsewhere (the bundled seeds) is not one an ingest wrote: nothing to review.
      continue;
    }
    const text = cleanText(raw, doc.recipe);
    const mine = doc.facts.filter((f) => f.status === 'proposed');
    documents.push({ id: doc.id, file, text, raw, accepted: doc.facts.length - mine.length, rejected: doc.rejected?.length ?? 0 });
    for (const fact of mine) proposals.push({ document: doc.id, file: file.path, fact, at: text.indexOf(fact.quote) });
  }
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  proposals.sort((a, b) =>
    order === 'confidence'
      ? (a.fact.confidence ?? 1) - (b.fact.confidence ?? 1) || docIndex.get(a.document)! - docIndex.get(b.document)! || a.at - b.at
      : docIndex.get(a.document)! - docIndex.get(b.document)! || a.at - b.at,
  );
  return { dir, documents, proposals };
}

/**
 * Whether a proposal has what a fact needs that a proposal may lack (an English name, a topic,
 * and a note where it measures no indicator): else accepting it all at once would fail.
 */
export function readyToAccept(p: Proposal): boolean {
  return p.fact.metric.en !== undefined && p.fact.tags.length > 0 && (p.fact.indicator !== null || p.fact.note !== undefined);
}

/** "37/120 reviewed": decided of all, over the folder. */
export function progressOf(review: Review): { reviewed: number; total: number } {
  const reviewed = review.documents.reduce((n, d) => n + d.accepted + d.rejected, 0);
  return { reviewed, total: reviewed + review.proposals.length };
}

export type Decision =
  | { readonly type: 'accept'; readonly id: string; readonly edits?: Edits }
  | { readonly type: 'edit'; readonly id: string; readonly edits: Edits }
  | { readonly type: 'reject'; readonly id: string; readonly why?: string }
  | { readonly type: 'accept-all'; readonly except?: readonly string[] };

/** What a decision came to: the file's text before and after (for undo), or why it was not written. */
export type Outcome =
  { readonly written: ReviewFile; readonly before: ReviewFile } | { readonly conflict: string } | { readonly problem: string };

function decided(text: string, decision: Decision): Decided {
  switch (decision.type) {
    case 'accept':
      return acceptProposal(text, decision.id, decision.edits);
    case 'edit':
      return editProposal(text, decision.id, decision.edits);
    case 'reject':
      return rejectProposal(text, decision.id, decision.why);
    case 'accept-all':
      return acceptAll(text, decision.except);
  }
}

/**
 * Writes `next` over `file` if the file on disk is still what was read, then checks the folder
 * as `validate` would; a decision that leaves a problem in the file is undone and the problem
 * said, so an accepted fact is held to every rule a curated one is.
 */
export function writeChecked(dir: string, file: ReviewFile, next: string): Outcome {
  let now: string;
  try {
    now = readFileSync(file.path, 'utf8');
  } catch (error) {
    return { conflict: `${relative(dir, file.path)} cannot be read now (${(error as NodeJS.ErrnoException).code}): nothing was written` };
  }
  if (hashOf(now) !== file.hash) {
    return { conflict: `${relative(dir, file.path)} changed on disk since it was read: nothing was written, and it is read again` };
  }
  replaceFile(file.path, next);
  const result = loadDataset(oneFolder(dir, join(dir, 'seeds')));
  const mine = result.ok ? [] : result.problems.filter((p) => p.file.endsWith(relative(dir, file.path)));
  if (mine.length > 0) {
    replaceFile(file.path, now);
    return { problem: mine.map((p) => `line ${p.line}: ${p.message}`).join('; ') };
  }
  return { written: { path: file.path, text: next, hash: hashOf(next) }, before: file };
}

/** Makes a decision on one document file. */
export function decide(dir: string, file: ReviewFile, decision: Decision): Outcome {
  const next = decided(file.text, decision);
  if ('problem' in next) return next;
  return writeChecked(dir, file, next.text);
}

/** Takes the last decision back: the file as it was before it, if nobody changed it since. */
export function undo(dir: string, outcome: { written: ReviewFile; before: ReviewFile }): Outcome {
  return writeChecked(dir, outcome.written, outcome.before.text);
}
