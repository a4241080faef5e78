import { join } from 'node:path';
import { checkDocument, duplicateDocument, duplicateFact, type Report } from '../model/checks.js';
import { inputFile, inputsUnchanged } from '../model/inputs.js';
import { listed, readSeed, seedText, type SeedText } from '../model/load.js';
import { DocumentFileSchema, type DocumentInput } from '../model/schema.js';
import { sourceOf } from '../model/source.js';
import type { Problem } from '../model/types.js';
import { add, knownOf, remove, type FolderIndex, type IndexedDocument } from './folderIndex.js';

/**
 * A decision checked as the loader would check the folder after it, from the folder's index:
 * the document written in full (its schema, its seed's clean text, its own checks), its ids
 * against the folder's, and the documents whose links lean on its facts (a target rejected,
 * or made another kind, year or indicator), for what the change newly breaks in them.
 */

/** The clean text of a document's seed by its recipe, or why there is none, read once while the seed stays as it was. */
function textOf(index: FolderIndex, doc: DocumentInput): SeedText {
  const seedsDir = join(index.dir, 'seeds');
  const key = `${join(seedsDir, doc.seed)}\n${JSON.stringify(doc.recipe)}`;
  const known = index.texts.get(key);
  if (known && 'input' in known && inputsUnchanged({ files: [known.input], folders: [], absent: [] }, index.builtNs)) return known;
  const raw = readSeed(doc.seed, seedsDir);
  const text = 'problem' in raw ? raw : seedText(doc.seed, raw, doc.recipe);
  index.texts.set(key, text);
  return text;
}

/** The other documents with a link into the facts of `docs` (or into a target one of them is the baseline of). */
function dependents(index: FolderIndex, order: number, docs: readonly IndexedDocument[]): IndexedDocument[] {
  const orders = new Set<number>();
  for (const { source } of docs) {
    for (const f of source?.value.facts ?? []) {
      for (const e of index.links.get(f.id) ?? []) orders.add(e.order);
      // A progress report is checked against its target's baselines' years.
      if (f.baseline_of !== undefined) for (const e of index.links.get(f.baseline_of) ?? []) orders.add(e.order);
    }
  }
  orders.delete(order);
  return [...orders].map((o) => index.documents.get(join(index.dir, 'documents', index.names[o]!))!).filter((d) => d.source);
}

/** The link problems of the documents, each as a key, to tell the ones a change made from the ones there before. */
function linkProblems(index: FolderIndex, docs: readonly IndexedDocument[]): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (s, at, message) => problems.push(s.problem(at, message));
  // Without their texts: what a link breaks is never a quote's or a section's.
  for (const { source } of docs) checkDocument({ source: source! }, knownOf(index), report);
  return problems;
}

const keyOf = (p: Problem) => `${p.file}\n${p.line}\n${p.col}\n${p.message}`;

/**
 * The problems the loader would find in the document at `path` were its text `text` (and in
 * other documents, new with it), as it lists them; the index then holds the document as
 * `text` when there is none, else as before. `stats` are of the file as written, for the
 * next decision to tell it unchanged.
 */
export function checkDocumentText(index: FolderIndex, path: string, text: string, stats: Parameters<typeof inputFile>[2]): Problem[] {
  const before = index.documents.get(path);
  if (!before) throw new Error(`${path} is not in the index of ${index.dir}`);
  const bytes = Buffer.from(text, 'utf8');
  const checked = sourceOf(path, { bytes, stats }, DocumentFileSchema);
  if (!('source' in checked)) return listed(checked.problems, new Map([[checked.problems[0]!.file, checked.omitted]]));
  const { source } = checked;
  const after: IndexedDocument = { order: before.order, input: inputFile(path, bytes, stats), source };
  const problems: Problem[] = [];
  const report: Report = (s, at, message) => problems.push(s.problem(at, message));
  const seed = textOf(index, source.value);
  if ('problem' in seed) problems.push(source.problem(['seed'], seed.problem));
  else if ('recipe' in seed) for (const p of seed.recipe) problems.push(source.problem(p.path, p.message));

  const others = dependents(index, before.order, [before, after]);
  const was = new Set(linkProblems(index, others).map(keyOf));
  remove(index, before);
  add(index, after);
  const first = index.documentIds.get(source.value.id)![0]!;
  if (first.order !== after.order) report(source, ['id'], duplicateDocument(source.value.id, first.file));
  source.value.facts.forEach((f, i) => {
    const earlier = index.facts.get(f.id)![0]!;
    if (earlier.order !== after.order || earlier.index !== i) report(source, ['facts', i, 'id'], duplicateFact(f.id, earlier.fact));
  });
  checkDocument('text' in seed ? { source, text: seed.text } : { source }, knownOf(index), report);
  for (const p of linkProblems(index, others)) if (!was.has(keyOf(p))) problems.push(p);
  if (problems.length === 0) {
    index.documents.set(path, after);
    return [];
  }
  remove(index, after);
  add(index, before);
  return listed(problems, new Map());
}
