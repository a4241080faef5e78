import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, type DocumentSource } from './checks.js';
import { cleanSeed, type RecipeProblem, type SeedLine } from './clean.js';
import { firstControl, visible } from './controls.js';
import { buildDataset } from './dataset.js';
import { runSteps, runStepsInSlices } from './steps.js';
import { decodeUtf8, likelyEncoding, listFolder, readRegularFile, SEED_LIMIT } from './files.js';
import {
  CategoriesFileSchema,
  DocumentFileSchema,
  IndicatorsFileSchema,
  PlacesFileSchema,
  type Recipe,
  SynonymsFileSchema,
  RegionalTermsFileSchema,
  regionalGroups,
  TopicsFileSchema,
} from './schema.js';
import { inputFile, isDocumentFile, type InputFile, type Inputs } from './inputs.js';
import { displayPath, PROBLEMS_PER_FILE, readSourceFile, type SourceFile } from './source.js';
import type { Dataset, Problem } from './types.js';
import type { z } from 'zod';

/** On failure, `problems` is what can be listed (with "and N more" lines) and `total` how many there are in all. */
export type LoadResult = { ok: true; dataset: Dataset; inputs: Inputs; review: Review } | { ok: false; problems: Problem[]; total: number };

/** What awaits review in the files read, whether or not the dataset includes it. */
export interface Review {
  /** Document id → its proposals not yet accepted or rejected. */
  readonly proposals: ReadonlyMap<string, number>;
  /** Places named by an ingest and not yet accepted. */
  readonly places: readonly string[];
}

/** One data folder: its lists and documents, and the raw texts its documents name. */
export interface DataFolder {
  /** The folder with places.yaml, categories.yaml, topics.yaml, indicators.yaml and documents/. */
  readonly dataDir: string;
  /** The folder with the raw seed texts the documents name. */
  readonly seedsDir: string;
}

/** What a dataset is read from: one or more data folders, combined into one dataset. */
export interface DatasetLocation {
  readonly folders: readonly DataFolder[];
  /** Proposals (figures read by ingest, not yet reviewed) are in the dataset only when asked for. */
  readonly includeProposed?: boolean;
}

export const oneFolder = (dataDir: string, seedsDir: string): DatasetLocation => ({ folders: [{ dataDir, seedsDir }] });

function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

/** The most problems listed in all: enough to see what is wrong, few enough to read. */
export const PROBLEMS_LISTED = 1000;

const more = (n: number): string => `and ${n} more problem${n === 1 ? '' : 's'}`;

/**
 * Sorts the problems and keeps the list readable whatever the data: the first problems of
 * each file, then a count of the rest at the first one left out; once the list is long
 * enough, whole files are left out and counted.
 */
export function listed(problems: Problem[], omitted: ReadonlyMap<string, number>): Problem[] {
  const sorted = problems.sort(byPosition);
  const files: { start: number; end: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i]!.file !== sorted[i - 1]!.file) files.push({ start: i, end: i + 1 });
    else files.at(-1)!.end = i + 1;
  }
  const count = ({ start, end }: { start: number; end: number }): number => end - start + (omitted.get(sorted[start]!.file) ?? 0);
  const list: Problem[] = [];
  for (const [f, { start, end }] of files.entries()) {
    if (list.length >= PROBLEMS_LISTED) {
      const left = files.slice(f);
      const n = left.reduce((sum, g) => sum + count(g), 0);
      list.push({ ...sorted[start]!, message: `${more(n)} in ${left.length} more file${left.length === 1 ? '' : 's'}, from this one on` });
      break;
    }
    const shown = Math.min(end, start + PROBLEMS_PER_FILE);
    for (let i = start; i < shown; i++) list.push(sorted[i]!);
    const rest = count({ start, end }) - (shown - start);
    if (rest > 0) list.push({ ...sorted[shown < end ? shown : shown - 1]!, message: `${more(rest)} in this file` });
  }
  return list.map((p) => ({ ...p, file: visible(p.file), message: visible(p.message) }));
}

/** How far a load has come: document files read of all, and the facts they hold. */
export interface LoadProgress {
  readonly files: number;
  readonly total: number;
  readonly facts: number;
}

/**
 * Reads and validates the whole dataset. Either every file is sound and the dataset is
 * returned whole, or the problems found are returned (as many as can be read, and a count
 * of the rest) and nothing is. `onProgress` hears after each document file.
 */
export function loadDataset(location: DatasetLocation, onProgress?: (progress: LoadProgress) => void): LoadResult {
  return runSteps(loadSteps(location), onProgress);
}

/**
 * The same load, in steps that give the event loop back every few milliseconds, so that a
 * screen can show its progress and keys are not lost while a large dataset is read.
 */
export async function loadDatasetInSteps(location: DatasetLocation, onProgress: (progress: LoadProgress) => void): Promise<LoadResult> {
  return (await runStepsInSlices(loadSteps(location), 15, onProgress))!;
}

function* loadSteps({ folders, includeProposed = false }: DatasetLocation): Generator<LoadProgress, LoadResult> {
  // Never `push(...many)`: a spread passes every problem as an argument, and the stack has room for far fewer.
  const problems: Problem[] = [];
  const omitted = new Map<string, number>();
  const files: InputFile[] = [];
  const read = <S extends z.ZodType>(path: string, schema: S): SourceFile<z.infer<S>> | undefined => {
    const result = readSourceFile(path, schema);
    if ('source' in result) {
      files.push(result.source.input);
      return result.source;
    }
    for (const p of result.problems) problems.push(p);
    if (result.omitted > 0) omitted.set(result.problems[0]!.file, result.omitted);
    return undefined;
  };
  // A kind of list is there only when every folder's file of it is.
  const every = <T>(lists: (T | undefined)[]): T[] | undefined => (lists.every((l) => l !== undefined) ? (lists as T[]) : undefined);

  const places = every(folders.map((f) => read(join(f.dataDir, 'places.yaml'), PlacesFileSchema)));
  const categories = every(folders.map((f) => read(join(f.dataDir, 'categories.yaml'), CategoriesFileSchema)));
  const topics = every(folders.map((f) => read(join(f.dataDir, 'topics.yaml'), TopicsFileSchema)));
  const indicators = every(folders.map((f) => read(join(f.dataDir, 'indicators.yaml'), IndicatorsFileSchema)));
  // The search's synonyms are optional: a dataset of one's own may have none.
  const absent: string[] = [];
  const synonyms = every(
    folders.map((f) => {
      const path = join(f.dataDir, 'synonyms.yaml');
      if (existsSync(path)) return read(path, SynonymsFileSchema);
      absent.push(path);
      return { value: [] };
    }),
  );
  // Taiwan's and Hong Kong's words for the same terms, optional too: read as more synonym groups.
  const regional = every(
    folders.map((f) => {
      const path = join(f.dataDir, 'regional-terms.yaml');
      if (!existsSync(path)) {
        absent.push(path);
        return { value: [] };
      }
      const file = read(path, RegionalTermsFileSchema);
      return file && { value: regionalGroups(file.value) };
    }),
  );

  const listings = folders.map((folder) => {
    const documentsDir = join(folder.dataDir, 'documents');
    const listing = listFolder(documentsDir);
    const names = 'names' in listing ? listing.names.filter(isDocumentFile).sort() : [];
    if ('error' in listing && !listing.missing) {
      problems.push({ file: displayPath(documentsDir), line: 1, col: 1, message: listing.error });
    } else if (names.length === 0) {
      problems.push({ file: displayPath(documentsDir), line: 1, col: 1, message: 'no document files (documents/*.yaml)' });
    }
    return { folder, documentsDir, names };
  });
  const total = listings.reduce((sum, l) => sum + l.names.length, 0);
  const documents: DocumentSource[] = [];
  // Several documents may name one seed (a copy, a second reading): it is read once, and
  // cleaned once for each recipe.
  const seeds = new Map<string, SeedRead>();
  const cleaned = new Map<string, SeedText>();
  let facts = 0;
  let done = 0;
  for (const { folder, documentsDir, names } of listings) {
    for (const name of names) {
      const source = read(join(documentsDir, name), DocumentFileSchema);
      if (source) {
        const { seed, recipe } = source.value;
        const seedPath = join(folder.seedsDir, seed);
        if (!seeds.has(seedPath)) seeds.set(seedPath, readSeed(seed, folder.seedsDir));
        const raw = seeds.get(seedPath)!;
        const key = `${seedPath}\n${JSON.stringify(recipe)}`;
        if (!cleaned.has(key)) cleaned.set(key, 'problem' in raw ? raw : seedText(seed, raw, recipe));
        const text = cleaned.get(key)!;
        if ('problem' in text) problems.push(source.problem(['seed'], text.problem));
        else if ('recipe' in text) for (const p of text.recipe) problems.push(source.problem(p.path, p.message));
        else files.push(text.input);
        documents.push('text' in text ? { source, text: text.text } : { source });
        facts += source.value.facts.length;
      }
      yield { files: ++done, total, facts };
    }
  }

  for (const p of checkDataset({ places, categories, topics, indicators, documents })) problems.push(p);
  if (problems.length > 0 || !places || !categories || !topics || !indicators || !synonyms || !regional) {
    let count = problems.length;
    for (const n of omitted.values()) count += n;
    return { ok: false, problems: listed(problems, omitted), total: count };
  }
  const proposals = new Map<string, number>();
  const checked = documents.map(({ source, text }) => {
    const doc = source.value;
    const proposed = doc.facts.filter((f) => f.status === 'proposed').length;
    if (proposed > 0) proposals.set(doc.id, proposed);
    const input = includeProposed || proposed === 0 ? doc : { ...doc, facts: doc.facts.filter((f) => f.status !== 'proposed') };
    return { input, text: text! };
  });
  // A seed read for several documents is one input.
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  const inputs: Inputs = {
    files: unique,
    folders: listings.map(({ documentsDir, names }) => ({ path: documentsDir, names })),
    absent,
  };
  const allPlaces = merged(places.map((p) => p.value));
  return {
    ok: true,
    dataset: buildDataset(
      allPlaces,
      merged(categories.map((c) => c.value)),
      merged(topics.map((t) => t.value)),
      merged(indicators.map((i) => i.value)),
      checked,
      [...synonyms.flatMap((s) => s.value), ...regional.flatMap((r) => r.value)],
    ),
    inputs,
    review: { proposals, places: allPlaces.filter((p) => p.status === 'proposed').map((p) => p.id) },
  };
}

/** The folders' lists as one: an entry two folders both give (checked to be alike) is kept once. */
function merged<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  if (lists.length === 1) return [...lists[0]!];
  const byId = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

export type SeedRead = { raw: string; input: InputFile } | { problem: string };
export type SeedText = { text: string; input: InputFile } | { problem: string } | { recipe: readonly RecipeProblem[] };

export function readSeed(seed: string, seedsDir: string): SeedRead {
  const path = join(seedsDir, seed);
  const read = readRegularFile(path, SEED_LIMIT);
  if ('error' in read)
    return { problem: `seed: ${read.missing ? `no file ${seed} in ${displayPath(seedsDir)}` : `${seed} ${read.error}`}` };
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) {
    const { iconv } = likelyEncoding(read.bytes);
    return { problem: `seed: ${seed} is not valid UTF-8 (at byte ${decoded.badByte + 1}); convert it first, e.g. ${iconv}` };
  }
  return { raw: decoded.text, input: inputFile(path, read.bytes, read.stats) };
}

/** Why a clean text cannot be the data's (a control character on a line, which the data never holds), or undefined. */
export function cleanTextProblem(lines: readonly SeedLine[]): string | undefined {
  let first: string | undefined;
  let count = 0;
  for (const l of lines) {
    const control = firstControl(l.text);
    if (!control) continue;
    first ??= `line ${l.line} has control character ${control.code}`;
    count++;
  }
  if (first === undefined) return undefined;
  return `${first}${count > 1 ? ` (and ${count - 1} more line${count === 2 ? '' : 's'})` : ''}`;
}

/** The seed cleaned by the document's recipe; a recipe that does not fit it is placed at the recipe. */
export function seedText(seed: string, read: { raw: string; input: InputFile }, recipe: Recipe): SeedText {
  const clean = cleanSeed(read.raw, recipe);
  if ('problems' in clean) return { recipe: clean.problems };
  const problem = cleanTextProblem(clean.lines);
  return problem === undefined ? { text: clean.text, input: read.input } : { problem: `seed: ${seed} ${problem}` };
}
