import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../args.js';
import { loadFailure } from './validate.js';
import { loadDataset, type DatasetLocation, type LoadResult } from '../model/load.js';
import { loadSnapshot, saveSnapshot, type CachedDataset, type SnapshotCache } from '../model/snapshotCache.js';
import { BUNDLED_DATA, BUNDLED_SEEDS, SHIPPED_SNAPSHOT } from '../paths.js';
import { cacheDir } from '../platform/xdg.js';
import { snapshotVersion } from '../version.js';

/**
 * The dataset a command line names: its folders, its snapshot cache, and the dataset itself,
 * from the snapshot while that is still true to the files, else read in full and snapshotted.
 */

/** What opening needs of the command line's io. */
export interface OpenIo {
  err: (text: string) => void;
  /** Shows a line of progress in place (null clears it); given only where stderr is a terminal. */
  progress?: (line: string | null) => void;
  env?: NodeJS.ProcessEnv;
}

export interface DatasetOptions {
  data?: readonly string[];
  seeds?: string;
  'no-cache'?: boolean;
  'include-proposed'?: boolean;
}

/** The word for the data the program ships with, so that it can be combined with one's own. */
export const BUNDLED = 'bundled';

/** The folder a --data word names, as the file system knows it: X, X/ and a link to X are one. */
function folderIdentity(dir: string): string {
  const path = dir === BUNDLED ? BUNDLED_DATA : resolve(dir);
  try {
    return realpathSync(path);
  } catch {
    // A folder that is not there is known by its path; reading it says what is wrong.
    return path;
  }
}

/**
 * The --data words with each folder once, where it is first named: a folder read twice
 * would be a second copy of every document, and every id in it a duplicate.
 */
function distinctFolders(named: readonly string[]): string[] {
  const seen = new Set<string>();
  return named.filter((dir) => {
    const identity = folderIdentity(dir);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}

/** Whether two lists of --data words name the same folders in the same order. */
export function sameFolders(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [distinctFolders(a).map(folderIdentity), distinctFolders(b).map(folderIdentity)];
  return x.length === y.length && x.every((identity, i) => identity === y[i]);
}

/**
 * The folders --data names, in order, each once; none names the bundled data. A folder's raw
 * texts are in its own seeds/ (where ingest puts them), else --seeds, else the bundled texts.
 */
export function location(options: DatasetOptions): DatasetLocation {
  const named = distinctFolders(options.data ?? [BUNDLED]);
  if (options.seeds !== undefined && named.length > 1) {
    throw new UsageError("--seeds names the raw texts of one folder; with several --data folders, keep each folder's texts in its seeds/");
  }
  const folders = named.map((dir) => {
    const seeds = options.seeds === undefined ? undefined : resolve(options.seeds);
    if (dir === BUNDLED) return { dataDir: BUNDLED_DATA, seedsDir: seeds ?? BUNDLED_SEEDS };
    const own = join(resolve(dir), 'seeds');
    return { dataDir: resolve(dir), seedsDir: seeds ?? (existsSync(own) ? own : BUNDLED_SEEDS) };
  });
  return options['include-proposed'] ? { folders, includeProposed: true } : { folders };
}

/** The snapshot cache the options and the environment allow, or null for --no-cache. */
export function snapshotCache(options: DatasetOptions, io: OpenIo): SnapshotCache | null {
  if (options['no-cache']) return null;
  return { dir: cacheDir(io.env ?? process.env), version: snapshotVersion(), shipped: SHIPPED_SNAPSHOT };
}

/** A full load, with a progress line on a terminal's stderr once it has taken a second. */
function loadInFull(where: DatasetLocation, io: OpenIo): LoadResult {
  const progress = io.progress;
  if (!progress) return loadDataset(where);
  const started = performance.now();
  let shown = 0;
  const result = loadDataset(where, ({ files, total, facts }) => {
    const now = performance.now();
    if (now - started < 1000 || now - shown < 100) return;
    shown = now;
    progress(`policy-explorer: reading the dataset: ${files}/${total} document files, ${facts} facts checked`);
  });
  if (shown > 0) progress(null);
  return result;
}

/**
 * Reads the dataset in full, every problem found, and leaves the snapshot of a sound one for
 * the next start; a cache that cannot be written is one note on stderr.
 */
export function readInFull(options: DatasetOptions, io: OpenIo): { result: LoadResult; cached?: CachedDataset } {
  const where = location(options);
  const result = loadInFull(where, io);
  const cache = snapshotCache(options, io);
  if (!result.ok || !cache) return result.ok ? { result, cached: { dataset: result.dataset } } : { result };
  const { saved, notice } = saveSnapshot(where, cache, result);
  if (notice) io.err(`policy-explorer: note: ${notice}.\n`);
  return { result, cached: saved ?? { dataset: result.dataset } };
}

/** The dataset the options name, or undefined once its problems are on stderr. */
export function openDataset(options: DatasetOptions, io: OpenIo): CachedDataset | undefined {
  const cache = snapshotCache(options, io);
  if (cache) {
    const snapshot = loadSnapshot(location(options), cache);
    if ('dataset' in snapshot) return snapshot;
  }
  const { result, cached } = readInFull(options, io);
  if (!result.ok) io.err(loadFailure(result, options));
  return cached;
}
