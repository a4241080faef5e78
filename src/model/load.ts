import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, type DocumentSource } from './checks.js';
import { cleanSeed, type RecipeProblem } from './clean.js';
import { firstControl, visible } from './controls.js';
import { buildDataset } from './dataset.js';
import { runSteps, runStepsInSlices } from './steps.js';
import { decodeUtf8, listFolder, readRegularFile, SEED_LIMIT } from './files.js';
import {
  CategoriesFileSchema,
  DocumentFileSchema,
  IndicatorsFileSchema,
  PlacesFileSchema,
  type Recipe,
  SynonymsFileSchema,
  TopicsFileSchema,
} from './schema.js';
import { inputFile, isDocumentFile, type InputFile, type Inputs } from './inputs.js';
import { displayPath, PROBLEMS_PER_FILE, readSourceFile, type SourceFile } from './source.js';
import type { Dataset, Problem } from './types.js';
import type { z } from 'zod';

/** On failure, `problems` is what can be listed (with "and N more" lines) and `total` how many there are in all. */
export type LoadResult = { ok: true; dataset: Dataset; inputs: Inputs } | { ok: false; problems: Problem[]; total: number };

export interface DatasetLocation {
  /** The folder with places.yaml, categories.yaml, topics.yaml, indicators.yaml and documents/. */
  readonly dataDir: string;
  /** The folder with the raw seed texts the documents name. */
  readonly seedsDir: string;
}

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
function listed(problems: Problem[], omitted: ReadonlyMap<string, number>): Problem[] {
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

function* loadSteps({ dataDir, seedsDir }: DatasetLocation): Generator<LoadProgress, LoadResult> {
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

  const places = read(join(dataDir, 'places.yaml'), PlacesFileSchema);
  const categories = read(join(dataDir, 'categories.yaml'), CategoriesFileSchema);
  const topics = read(join(dataDir, 'topics.yaml'), TopicsFileSchema);
  const indicators = read(join(dataDir, 'indicators.yaml'), IndicatorsFileSchema);
  // The search's synonyms are optional: a dataset of one's own may have none.
  const synonymsPath = join(dataDir, 'synonyms.yaml');
  const hasSynonyms = existsSync(synonymsPath);
  const synonyms = hasSynonyms ? read(synonymsPath, SynonymsFileSchema) : { value: [] };

  const documentsDir = join(dataDir, 'documents');
  const listing = listFolder(documentsDir);
  const documentFiles = 'names' in listing ? listing.names.filter(isDocumentFile).sort() : [];
  if ('error' in listing && !listing.missing) {
    problems.push({ file: displayPath(documentsDir), line: 1, col: 1, message: listing.error });
  } else if (documentFiles.length === 0) {
    problems.push({ file: displayPath(documentsDir), line: 1, col: 1, message: 'no document files (documents/*.yaml)' });
  }
  const documents: DocumentSource[] = [];
  // Several documents may name one seed (a copy, a second reading): it is read once, and
  // cleaned once for each recipe.
  const seeds = new Map<string, SeedRead>();
  const cleaned = new Map<string, SeedText>();
  let facts = 0;
  for (const [n, name] of documentFiles.entries()) {
    const source = read(join(documentsDir, name), DocumentFileSchema);
    if (source) {
      const { seed, recipe } = source.value;
      if (!seeds.has(seed)) seeds.set(seed, readSeed(seed, seedsDir));
      const read = seeds.get(seed)!;
      const key = `${seed}\n${JSON.stringify(recipe)}`;
      if (!cleaned.has(key)) cleaned.set(key, 'problem' in read ? read : seedText(seed, read, recipe));
      const text = cleaned.get(key)!;
      if ('problem' in text) problems.push(source.problem(['seed'], text.problem));
      else if ('recipe' in text) for (const p of text.recipe) problems.push(source.problem(p.path, p.message));
      else files.push(text.input);
      documents.push('text' in text ? { source, text: text.text } : { source });
      facts += source.value.facts.length;
    }
    yield { files: n + 1, total: documentFiles.length, facts };
  }

  for (const p of checkDataset({ places, categories, topics, indicators, documents })) problems.push(p);
  if (problems.length > 0 || !places || !categories || !topics || !indicators || !synonyms) {
    let total = problems.length;
    for (const n of omitted.values()) total += n;
    return { ok: false, problems: listed(problems, omitted), total };
  }
  const checked = documents.map((d) => ({ input: d.source.value, text: d.text! }));
  // A seed read for several documents is one input.
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  const inputs: Inputs = {
    files: unique,
    folders: [{ path: documentsDir, names: documentFiles }],
    absent: hasSynonyms ? [] : [synonymsPath],
  };
  return {
    ok: true,
    dataset: buildDataset(places.value, categories.value, topics.value, indicators.value, checked, synonyms.value),
    inputs,
  };
}

type SeedRead = { raw: string; input: InputFile } | { problem: string };
type SeedText = { text: string; input: InputFile } | { problem: string } | { recipe: readonly RecipeProblem[] };

function readSeed(seed: string, seedsDir: string): SeedRead {
  const path = join(seedsDir, seed);
  const read = readRegularFile(path, SEED_LIMIT);
  if ('error' in read)
    return { problem: `seed: ${read.missing ? `no file ${seed} in ${displayPath(seedsDir)}` : `${seed} ${read.error}`}` };
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) return { problem: `seed: ${seed} is not valid UTF-8 (at byte ${decoded.badByte + 1})` };
  return { raw: decoded.text, input: inputFile(path, read.bytes, read.stats) };
}

/** The seed cleaned by the document's recipe; a recipe that does not fit it is placed at the recipe. */
function seedText(seed: string, read: { raw: string; input: InputFile }, recipe: Recipe): SeedText {
  const clean = cleanSeed(read.raw, recipe);
  if ('problems' in clean) return { recipe: clean.problems };
  let first: string | undefined;
  let lines = 0;
  for (const l of clean.lines) {
    const control = firstControl(l.text);
    if (!control) continue;
    first ??= `line ${l.line} has control character ${control.code}`;
    lines++;
  }
  if (first === undefined) return { text: clean.text, input: read.input };
  const others = lines > 1 ? ` (and ${lines - 1} more line${lines === 2 ? '' : 's'})` : '';
  return { problem: `seed: ${seed} ${first}${others}` };
}
