import { join, relative } from 'node:path';
import { cleanSeed, type Cleaned } from '../model/clean.js';
import { decodeUtf8, listFolder, readRegularFile, SEED_LIMIT, YAML_LIMIT } from '../model/files.js';
import { hashOf, inputFile, isDocumentFile } from '../model/inputs.js';
import { DocumentFileSchema, type FactInput, type Recipe, type RejectedInput } from '../model/schema.js';
import { sourceOf } from '../model/source.js';
import type { Problem } from '../model/types.js';
import { keepIndex, readingStarts, type DocumentSeen } from './folderIndex.js';

/**
 * Reviewing one folder's proposals: which there are, in what order, and what is decided of
 * them. Writing a decision is write.ts's. What the file system refuses (a folder gone, a file
 * that cannot be read) is said, never thrown: the review goes on.
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
  /** The figures decided on, as read: the list of the folder's figures shows them beside the proposals. */
  readonly decided: { readonly accepted: readonly FactInput[]; readonly rejected: readonly RejectedInput[] };
}

export interface Review {
  readonly dir: string;
  readonly documents: readonly ReviewDocument[];
  readonly proposals: readonly Proposal[];
  /**
   * What keeps the folder, or a document in it, from being reviewed, each a line that names
   * the file and says what to do. The progress counts only the documents that were read.
   */
  readonly problems: readonly string[];
}

export type Order = 'confidence' | 'text';

/**
 * Clean texts by their raw text and recipe: a review reads its folder again after every
 * decision, and a decision changes a document's facts, not its text.
 */
const cleaned = new Map<string, Cleaned>();
function cleanText(raw: string, recipe: Recipe): Cleaned {
  const key = `${hashOf(raw)}\u0000${JSON.stringify(recipe)}`;
  let clean = cleaned.get(key);
  if (clean === undefined) {
    clean = cleanSeed(raw, recipe);
    cleaned.set(key, clean);
  }
  return clean;
}

/** The names of the folder's document files, or why the folder cannot be reviewed, with what to do. */
function documentNames(dir: string): { names: string[] } | { problem: string } {
  const ingested = 'give the folder ingest wrote into (policy-explorer ingest FILE --into DIR)';
  const folder = listFolder(dir);
  if ('error' in folder) return { problem: folder.missing ? `no folder ${dir}: ${ingested}` : `${dir} ${folder.error}: ${ingested}` };
  const documentsDir = join(dir, 'documents');
  const listing = listFolder(documentsDir);
  if ('names' in listing) return { names: listing.names.filter(isDocumentFile).sort() };
  if (listing.missing) return { problem: `${dir} has no documents/ folder: ${ingested}` };
  return { problem: `${documentsDir} ${listing.error}: make it a folder you can read, then review again` };
}

type DocumentRead = { readonly document: ReviewDocument; readonly facts: readonly FactInput[] } | { readonly problem: string };

/**
 * One document with its clean text, or why it cannot be reviewed, said as `validate` says it
 * (file:line:col) and with what to do: a document the review cannot read is never taken for
 * one with nothing to review.
 */
function readDocument(dir: string, path: string, seen: Map<string, DocumentSeen>): DocumentRead {
  const file = relative(dir, path);
  const read = readRegularFile(path, YAML_LIMIT);
  if ('error' in read) return { problem: `${file} ${read.error}: make it a document file you can read, or move it out of documents/` };
  const checked = sourceOf(path, read, DocumentFileSchema);
  seen.set(path, { input: inputFile(path, read.bytes, read.stats), ...('source' in checked ? { source: checked.source } : {}) });
  const said = (problems: readonly Problem[], omitted = 0) => {
    const [first] = problems;
    const more = problems.length - 1 + omitted;
    const rest = more > 0 ? ` (and ${more} more; "policy-explorer validate ${dir}" lists them)` : '';
    return { problem: `${file}:${first!.line}:${first!.col}: ${first!.message}${rest}` };
  };
  if (!('source' in checked)) return said(checked.problems, checked.omitted);
  const { source } = checked;
  const doc = source.value;
  const seedsDir = join(dir, 'seeds');
  const seed = readRegularFile(join(seedsDir, doc.seed), SEED_LIMIT);
  if ('error' in seed) {
    const why = seed.missing ? `no file ${doc.seed} in ${seedsDir}` : `${doc.seed} ${seed.error}`;
    return said([source.problem(['seed'], `seed: ${why}: put the raw text it was read from there to review it`)]);
  }
  const raw = decodeUtf8(seed.bytes);
  if ('badByte' in raw) return said([source.problem(['seed'], `seed: ${doc.seed} is not valid UTF-8 (at byte ${raw.badByte + 1})`)]);
  const clean = cleanText(raw.text, doc.recipe);
  if ('problems' in clean) return said(clean.problems.map((p) => source.problem(p.path, p.message)));
  const text = read.bytes.toString('utf8');
  const { proposed, ...counts } = factsOf(doc);
  return {
    document: { id: doc.id, file: { path, text, hash: hashOf(text) }, text: clean.text, raw: raw.text, ...counts },
    facts: proposed,
  };
}

/** A document's proposals, and what is decided in it: counted for the progress, listed for the folder's list. */
export function factsOf(doc: { readonly facts: readonly FactInput[]; readonly rejected?: readonly RejectedInput[] | undefined }) {
  const proposed = doc.facts.filter((f) => f.status === 'proposed');
  const accepted = doc.facts.filter((f) => f.status !== 'proposed');
  const rejected = doc.rejected ?? [];
  return { proposed, accepted: accepted.length, rejected: rejected.length, decided: { accepted, rejected } };
}

/**
 * The folder's proposals. Least sure first by default: a reviewer's attention goes where the
 * reading most needs it, and the sure ones can then be accepted all at once. `text` order
 * walks each document from its start. Never throws for what is on disk: a folder or a
 * document that cannot be read is one of the review's problems.
 */
export function readReview(dir: string, order: Order = 'confidence'): Review {
  const starts = readingStarts();
  const listed = documentNames(dir);
  if ('problem' in listed) return { dir, documents: [], proposals: [], problems: [listed.problem] };
  const documents: ReviewDocument[] = [];
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  // What is read is indexed too, so that even the first decision need not read the folder again.
  const seen = new Map<string, DocumentSeen>();
  for (const name of listed.names) {
    const read = readDocument(dir, join(dir, 'documents', name), seen);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { document } = read;
    documents.push(document);
    for (const fact of read.facts) {
      proposals.push({ document: document.id, file: document.file.path, fact, at: document.text.indexOf(fact.quote) });
    }
  }
  keepIndex(dir, seen, starts);
  return { dir, documents, proposals: ordered(documents, proposals, order), problems };
}

/** The proposals in the review's order: by confidence, then by document and place in the text; or by document and text alone. */
export function ordered(documents: readonly ReviewDocument[], proposals: Proposal[], order: Order): Proposal[] {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  return proposals.sort((a, b) =>
    order === 'confidence'
      ? (a.fact.confidence ?? 1) - (b.fact.confidence ?? 1) || docIndex.get(a.document)! - docIndex.get(b.document)! || a.at - b.at
      : docIndex.get(a.document)! - docIndex.get(b.document)! || a.at - b.at,
  );
}

/** Whether not one document of the folder could be read: then there is nothing to review, only what to mend. */
export const nothingRead = (review: Review): boolean => review.documents.length === 0 && review.problems.length > 0;

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
