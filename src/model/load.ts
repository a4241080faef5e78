import { join } from 'node:path';
import { checkDataset, type DocumentSource } from './checks.js';
import { cleanSeed } from './clean.js';
import { buildDataset } from './dataset.js';
import { decodeUtf8, listFolder, readRegularFile, SEED_LIMIT } from './files.js';
import { CategoriesFileSchema, DocumentFileSchema, PlacesFileSchema, TopicsFileSchema } from './schema.js';
import { displayPath, readSourceFile, type SourceFile } from './source.js';
import { SEED_LAYOUTS } from './seedLayout.js';
import type { Dataset, Problem } from './types.js';
import type { z } from 'zod';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export interface DatasetLocation {
  /** The folder with places.yaml, categories.yaml, topics.yaml and documents/. */
  readonly dataDir: string;
  /** The folder with the raw seed texts the documents name. */
  readonly seedsDir: string;
}

function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

/**
 * Reads and validates the whole dataset. Either every file is sound and the dataset is
 * returned whole, or every problem found is returned and nothing is.
 */
export function loadDataset({ dataDir, seedsDir }: DatasetLocation): LoadResult {
  const problems: Problem[] = [];
  const read = <S extends z.ZodType>(path: string, schema: S): SourceFile<z.infer<S>> | undefined => {
    const result = readSourceFile(path, schema);
    if ('problems' in result) {
      problems.push(...result.problems);
      return undefined;
    }
    return result.source;
  };

  const places = read(join(dataDir, 'places.yaml'), PlacesFileSchema);
  const categories = read(join(dataDir, 'categories.yaml'), CategoriesFileSchema);
  const topics = read(join(dataDir, 'topics.yaml'), TopicsFileSchema);

  const documentsDir = join(dataDir, 'documents');
  const listing = listFolder(documentsDir);
  const documentFiles = 'names' in listing ? listing.names.filter((f) => /\.ya?ml$/iu.test(f)).sort() : [];
  if ('error' in listing && !listing.missing) {
    problems.push({ file: displayPath(documentsDir), line: 1, col: 1, message: listing.error });
  } else if (documentFiles.length === 0) {
    problems.push({ file: displayPath(documentsDir), line: 1, col: 1, message: 'no document files (documents/*.yaml)' });
  }
  const documents: DocumentSource[] = [];
  for (const name of documentFiles) {
    const source = read(join(documentsDir, name), DocumentFileSchema);
    if (!source) continue;
    const text = seedText(source, seedsDir, problems);
    documents.push(text === undefined ? { source } : { source, text });
  }

  problems.push(...checkDataset({ places, categories, topics, documents }));
  if (problems.length > 0 || !places || !categories || !topics) {
    return { ok: false, problems: problems.sort(byPosition) };
  }
  const checked = documents.map((d) => ({ input: d.source.value, text: d.text! }));
  return { ok: true, dataset: buildDataset(places.value, categories.value, topics.value, checked) };
}

function seedText(source: SourceFile<z.infer<typeof DocumentFileSchema>>, seedsDir: string, problems: Problem[]): string | undefined {
  const seed = source.value.seed;
  const read = readRegularFile(join(seedsDir, seed), SEED_LIMIT);
  if ('error' in read) {
    const why = read.missing ? `no file ${seed} in ${displayPath(seedsDir)}` : `${seed} ${read.error}`;
    problems.push(source.problem(['seed'], `seed: ${why}`));
    return undefined;
  }
  if (!SEED_LAYOUTS[seed]) {
    problems.push(source.problem(['seed'], `seed: no cleaning rules for ${seed} (add them to src/model/seedLayout.ts)`));
    return undefined;
  }
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) {
    problems.push(source.problem(['seed'], `seed: ${seed} is not valid UTF-8 (at byte ${decoded.badByte + 1})`));
    return undefined;
  }
  try {
    return cleanSeed(seed, decoded.text);
  } catch (error) {
    problems.push(source.problem(['seed'], `seed: ${seed} cannot be cleaned: ${(error as Error).message}`));
    return undefined;
  }
}
