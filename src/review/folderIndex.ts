import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { checkLists, linkedFact, type Known, type LinkedFact, type ListIds } from '../model/checks.js';
import { listFolder, readRegularFile, YAML_LIMIT } from '../model/files.js';
import { inputFile, inputsUnchanged, isDocumentFile, type InputFile } from '../model/inputs.js';
import type { SeedText } from '../model/load.js';
import {
  CategoriesFileSchema,
  DocumentFileSchema,
  IndicatorsFileSchema,
  PlacesFileSchema,
  TopicsFileSchema,
  type DocumentInput,
} from '../model/schema.js';
import { sourceOf, type SourceFile } from '../model/source.js';
import type { Problem } from '../model/types.js';

/**
 * What a review decision is checked against, so that it need not read the whole folder again:
 * the ids the lists give, and every fact id of the folder with what a link to it is checked
 * against (kind, year, indicator, whether a proposal), each where it stands. It is built by
 * reading the folder as the loader does, kept for the folder, and brought up to date after
 * each decision; before a decision trusts it, every file it was built from (but the one
 * decided on) is checked unchanged by its size, times and inode, or its hash, and the
 * documents/ listing is checked the same: else it is built again. A folder it cannot read
 * whole is not indexed, and a decision on it is checked by the full loader.
 */

/** One fact id where it stands: its document's place in the folder's order, and its own in the document. */
export interface Entry {
  readonly fact: LinkedFact;
  readonly order: number;
  readonly index: number;
}

export interface IndexedDocument {
  readonly order: number;
  readonly input: InputFile;
  /** Absent when the file fails its schema: the loader then leaves it out of the ids too. */
  readonly source?: SourceFile<DocumentInput>;
}

export interface FolderIndex {
  readonly dir: string;
  readonly builtNs: bigint;
  readonly ids: ListIds;
  /** The lists' files as read; a list that is not there is absent. */
  readonly lists: readonly InputFile[];
  readonly absent: readonly string[];
  readonly names: readonly string[];
  readonly documents: Map<string, IndexedDocument>;
  readonly facts: Map<string, Entry[]>;
  /** Target id → the facts whose baseline_of names it. */
  readonly baselines: Map<string, Entry[]>;
  /** Fact id → the facts whose progress_of or baseline_of names it: a change to it may break them. */
  readonly links: Map<string, Entry[]>;
  readonly documentIds: Map<string, { file: string; order: number }[]>;
  /** Clean texts by seed path and recipe, with the seed as read. */
  readonly texts: Map<string, SeedText>;
}

type Read<T> = { input: InputFile; source?: SourceFile<T>; problems?: Problem[]; omitted?: number } | 'absent' | 'unreadable';

function readFile<S extends z.ZodType>(path: string, schema: S): Read<z.infer<S>> {
  const read = readRegularFile(path, YAML_LIMIT);
  if ('error' in read) return read.missing ? 'absent' : 'unreadable';
  const input = inputFile(path, read.bytes, read.stats);
  const checked = sourceOf(path, read, schema);
  return 'source' in checked ? { input, source: checked.source } : { input, problems: checked.problems, omitted: checked.omitted };
}

const LISTS = [
  ['places.yaml', PlacesFileSchema],
  ['categories.yaml', CategoriesFileSchema],
  ['topics.yaml', TopicsFileSchema],
  ['indicators.yaml', IndicatorsFileSchema],
] as const;

/** A document file as a reader of the folder found it: what was read, and its value when it has its schema's shape. */
export interface DocumentSeen {
  readonly input: InputFile;
  readonly source?: SourceFile<DocumentInput>;
}

/** The time a reading starts, for the index: a file written after it is never taken for unchanged by its times alone. */
export const readingStarts = (): bigint => BigInt(Date.now()) * 1_000_000n;

/**
 * The folder indexed, or undefined when a file or the documents/ listing cannot be read.
 * `seen` are the document files a reader read since `builtNs` (the review, reading the
 * folder): they are not read again, and a document not among them means the folder changed.
 */
export function buildIndex(dir: string, seen?: ReadonlyMap<string, DocumentSeen>, builtNs = readingStarts()): FolderIndex | undefined {
  const lists: InputFile[] = [];
  const absent: string[] = [];
  const values: (SourceFile<never[]> | undefined)[] = [];
  for (const [name, schema] of LISTS) {
    const path = join(dir, name);
    const read = readFile(path, schema);
    if (read === 'unreadable') return undefined;
    if (read === 'absent') absent.push(path);
    else lists.push(read.input);
    values.push(typeof read === 'string' ? undefined : (read.source as SourceFile<never[]> | undefined));
  }
  const [places, categories, topics, indicators] = values;
  // The lists' own problems are theirs, not a decision's: only the ids are kept.
  const ids = checkLists(
    {
      places: places && [places],
      categories: categories && [categories],
      topics: topics && [topics],
      indicators: indicators && [indicators],
    },
    () => {},
  );
  const listing = listFolder(join(dir, 'documents'));
  if ('error' in listing) return undefined;
  const names = listing.names.filter(isDocumentFile).sort();
  const index: FolderIndex = {
    dir,
    builtNs,
    ids,
    lists,
    absent,
    names,
    documents: new Map(),
    facts: new Map(),
    baselines: new Map(),
    links: new Map(),
    documentIds: new Map(),
    texts: new Map(),
  };
  for (const [order, name] of names.entries()) {
    const path = join(dir, 'documents', name);
    const read = seen ? seen.get(path) : readFile(path, DocumentFileSchema);
    if (read === undefined || typeof read === 'string') return undefined;
    const document = { order, input: read.input, source: read.source };
    index.documents.set(path, document);
    add(index, document);
  }
  return index;
}

/** Whether every file the index was built from, but `except`, is as it was. */
export function stillCurrent(index: FolderIndex, except: string): boolean {
  const files = [...index.lists];
  for (const [path, document] of index.documents) if (path !== except) files.push(document.input);
  return inputsUnchanged(
    { files, folders: [{ path: join(index.dir, 'documents'), names: index.names }], absent: index.absent },
    index.builtNs,
  );
}

function insert<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key) ?? [];
  const at = list.findIndex((e) => e.order > entry.order || (e.order === entry.order && e.index > entry.index));
  list.splice(at === -1 ? list.length : at, 0, entry);
  map.set(key, list);
}

function drop<K, V extends { order: number }>(map: Map<K, V[]>, key: K, order: number): void {
  const list = map.get(key)?.filter((e) => e.order !== order);
  if (list === undefined || list.length === 0) map.delete(key);
  else map.set(key, list);
}

export function add(index: FolderIndex, { order, source }: IndexedDocument): void {
  if (!source) return;
  const docs = index.documentIds.get(source.value.id) ?? [];
  docs.push({ file: source.file, order });
  docs.sort((a, b) => a.order - b.order);
  index.documentIds.set(source.value.id, docs);
  source.value.facts.forEach((f, i) => {
    const entry = { fact: linkedFact(f, source), order, index: i };
    insert(index.facts, f.id, entry);
    if (f.baseline_of !== undefined) insert(index.baselines, f.baseline_of, entry);
    for (const target of new Set([f.progress_of, f.baseline_of])) if (target !== undefined) insert(index.links, target, entry);
  });
}

export function remove(index: FolderIndex, { order, source }: IndexedDocument): void {
  if (!source) return;
  drop(index.documentIds, source.value.id, order);
  for (const f of source.value.facts) {
    drop(index.facts, f.id, order);
    if (f.baseline_of !== undefined) drop(index.baselines, f.baseline_of, order);
    for (const target of [f.progress_of, f.baseline_of]) if (target !== undefined) drop(index.links, target, order);
  }
}

/** Indexes kept by folder, for the decisions of one review. */
const indexes = new Map<string, FolderIndex>();

/**
 * The folder's index, current for a decision on `path`: the one kept if every other file is
 * as it was, else built again; undefined when the folder cannot be indexed.
 */
export function indexFor(dir: string, path: string): FolderIndex | undefined {
  const key = resolve(dir);
  const kept = indexes.get(key);
  if (kept && kept.documents.has(path) && stillCurrent(kept, path)) return kept;
  const built = buildIndex(dir);
  if (built && built.documents.has(path)) indexes.set(key, built);
  else indexes.delete(key);
  return built?.documents.has(path) ? built : undefined;
}

/** Keeps the index of what a reader of the whole folder read, for the decisions that follow. */
export function keepIndex(dir: string, seen: ReadonlyMap<string, DocumentSeen>, builtNs: bigint): void {
  const built = buildIndex(dir, seen, builtNs);
  if (built) indexes.set(resolve(dir), built);
  else indexes.delete(resolve(dir));
}

/** The file's stats as it now is, for the index; undefined (and the index forgotten) when it cannot be read. */
export function statsOf(dir: string, path: string): Parameters<typeof inputFile>[2] | undefined {
  try {
    return statSync(path, { bigint: true });
  } catch {
    indexes.delete(resolve(dir));
    return undefined;
  }
}

/** What a document is checked against, from the index as it now stands. */
export function knownOf(index: FolderIndex): Known {
  return {
    ...index.ids,
    facts: { get: (id: string) => index.facts.get(id)?.[0]?.fact },
    baselines: { get: (id: string) => index.baselines.get(id)?.map((e) => e.fact) },
  };
}
