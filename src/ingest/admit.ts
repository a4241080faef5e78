import { join } from 'node:path';
import type { z } from 'zod';
import { checkDataset } from '../model/checks.js';
import { CategoriesFileSchema, DocumentFileSchema, IndicatorsFileSchema, PlacesFileSchema, TopicsFileSchema } from '../model/schema.js';
import { displayPath, readSourceFile, type SourceFile } from '../model/source.js';
import type { Problem } from '../model/types.js';

/**
 * Whether a document file ingest is about to put into a folder would load there: read from
 * where it is staged by the loader's own reader, and checked by the loader's own checks
 * against the folder's lists and its clean text. So ingest never writes a file that its own
 * `validate` would refuse (a date that is no day, a name with a control character, a place
 * the lists lack), whatever the flags, the answers or the text held.
 */

function list<S extends z.ZodType>(dir: string, name: string, schema: S): SourceFile<z.infer<S>>[] | undefined {
  const read = readSourceFile(join(dir, `${name}.yaml`), schema);
  return 'source' in read ? [read.source] : undefined;
}

/** The problems of the document staged at `staged`, named as the file it will become, `path`; none when it would load. */
export function documentProblems(dir: string, staged: string, path: string, text: string): Problem[] {
  const rename = (p: Problem): Problem => ({ ...p, file: displayPath(path) });
  const read = readSourceFile(staged, DocumentFileSchema);
  if (!('source' in read)) return read.problems.map(rename);
  const stagedFile = read.source.file;
  return checkDataset({
    places: list(dir, 'places', PlacesFileSchema),
    categories: list(dir, 'categories', CategoriesFileSchema),
    topics: list(dir, 'topics', TopicsFileSchema),
    indicators: list(dir, 'indicators', IndicatorsFileSchema),
    documents: [{ source: read.source, text }],
  })
    .filter((p) => p.file === stagedFile)
    .map(rename);
}
