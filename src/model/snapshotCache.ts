import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { notPrivate, writeNewFile } from '../platform/files.js';
import { ensurePrivateDir } from '../platform/xdg.js';
import type { DatasetLocation, LoadResult } from './load.js';
import { encodeSnapshot, readSnapshot, type SnapshotMiss } from './snapshot.js';
import type { Dataset } from './types.js';

/**
 * Where a dataset's snapshot is kept and looked for. One file per dataset location, so the
 * cache never grows with edits: a new snapshot replaces the old one. What is derived from a
 * dataset (its search index) is kept beside its snapshot and carries the snapshot's stamp.
 */
export interface SnapshotCache {
  /** The user's cache directory; undefined when there is none (no HOME). */
  readonly dir: string | undefined;
  readonly version: string;
  /** The snapshot built with the program, of the data it ships with. */
  readonly shipped?: { readonly path: string; readonly location: DatasetLocation; readonly root: string };
}

/** Where the files derived from a dataset (its search index) are looked for and written, and the stamp they must carry. */
export interface DerivedFiles {
  readonly stamp: string;
  /** The one shipped with the program, beside its snapshot: looked for first, wherever it is installed and whoever installed it. */
  readonly shipped?: string;
  /** The user's own, in the cache: read only from a cache folder private to the user, and only as the program writes it. */
  readonly own?: string;
  /** Where one built is written. */
  readonly write?: string;
}

/** A dataset with what its derived files need. */
export interface CachedDataset {
  readonly dataset: Dataset;
  readonly derived?: DerivedFiles;
}

/** A location as one string: its folders in order, and whether proposals are in the dataset. */
const locationKey = ({ folders, includeProposed = false }: DatasetLocation): string =>
  JSON.stringify({ folders: folders.map(({ dataDir, seedsDir }) => ({ dataDir, seedsDir })), includeProposed });

/** Where the bundled data's snapshot says it was made from: the same wherever the program is installed. */
export const SHIPPED_LOCATION = 'bundled';

export function snapshotPath(dir: string, location: DatasetLocation): string {
  const name = createHash('sha1').update(locationKey(location)).digest('hex').slice(0, 16);
  return join(dir, 'datasets', `${name}.snapshot`);
}

/** The file beside a snapshot that holds something derived from its dataset. */
export const besideSnapshot = (snapshot: string, kind: string): string => snapshot.replace(/\.snapshot$/u, `.${kind}`);

const sameLocation = (a: DatasetLocation, b: DatasetLocation) => locationKey(a) === locationKey(b);

/** The user's snapshot of a location, when the cache folder is the user's own: one someone else put there would be read as the data. */
function userSnapshot(location: DatasetLocation, cache: SnapshotCache): string | undefined {
  if (cache.dir === undefined) return undefined;
  try {
    return notPrivate(join(cache.dir, 'datasets')) === null ? snapshotPath(cache.dir, location) : undefined;
  } catch {
    return undefined;
  }
}

/** The dataset from a snapshot that is still true to its files, or why there is none. */
export function loadSnapshot(location: DatasetLocation, cache: SnapshotCache, kind = 'search'): CachedDataset | { miss: SnapshotMiss } {
  const user = userSnapshot(location, cache);
  const own = user === undefined ? undefined : besideSnapshot(user, kind);
  const write = cache.dir === undefined ? undefined : besideSnapshot(snapshotPath(cache.dir, location), kind);
  if (cache.shipped && sameLocation(location, cache.shipped.location)) {
    const shipped = readSnapshot(cache.shipped.path, SHIPPED_LOCATION, cache.version, { root: cache.shipped.root });
    if ('dataset' in shipped) {
      const derived = {
        stamp: shipped.stamp,
        shipped: besideSnapshot(cache.shipped.path, kind),
        ...(own ? { own } : {}),
        ...(write ? { write } : {}),
      };
      return { dataset: shipped.dataset, derived };
    }
  }
  if (user === undefined) return { miss: 'absent' };
  const snapshot = readSnapshot(user, locationKey(location), cache.version);
  if (!('dataset' in snapshot)) return snapshot;
  const index = besideSnapshot(user, kind);
  return { dataset: snapshot.dataset, derived: { stamp: snapshot.stamp, own: index, write: index } };
}

/** The size of the snapshot `loadSnapshot` would read first, if there is one. */
export function snapshotSize(location: DatasetLocation, cache: SnapshotCache): number | undefined {
  const candidates = [
    ...(cache.shipped && sameLocation(location, cache.shipped.location) ? [cache.shipped.path] : []),
    ...(cache.dir === undefined ? [] : [snapshotPath(cache.dir, location)]),
  ];
  for (const path of candidates) {
    try {
      return statSync(path).size;
    } catch {
      // Not there: the next one, or none.
    }
  }
  return undefined;
}

/** Writes a file into the cache whole or not at all; returns a notice when it cannot be written. */
export function writeCached(path: string, bytes: Uint8Array): string | undefined {
  try {
    ensurePrivateDir(dirname(path));
    writeNewFile(dirname(path), basename(path), bytes);
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return `cannot write the cache in ${dirname(dirname(path))} (${reason}), so every start reads the data in full; set XDG_CACHE_HOME to a writable folder to start faster`;
  }
}

/**
 * Writes the snapshot of a load that succeeded. A load with problems leaves none: it has no
 * dataset to keep. The notice says when the cache cannot be written, since the program then
 * works as well without it, only slower to start.
 */
export function saveSnapshot(
  location: DatasetLocation,
  cache: SnapshotCache,
  result: LoadResult,
  kind = 'search',
): { saved?: CachedDataset; notice?: string } {
  if (!result.ok) return {};
  if (cache.dir === undefined)
    return { notice: 'no cache folder (neither XDG_CACHE_HOME nor HOME is set), so every start reads the data in full' };
  const path = snapshotPath(cache.dir, location);
  const { bytes, stamp } = encodeSnapshot(result.dataset, result.inputs, locationKey(location), cache.version);
  const notice = writeCached(path, bytes);
  if (notice) return { notice };
  const derived = besideSnapshot(path, kind);
  return { saved: { dataset: result.dataset, derived: { stamp, own: derived, write: derived } } };
}

/**
 * The snapshot to ship with the program, of its own data: its inputs are named relative to
 * `root`, the package, so that it holds wherever the package is installed.
 */
export function shippedSnapshot(result: LoadResult, root: string, version: string): { bytes: Buffer; stamp: string } | undefined {
  if (!result.ok) return undefined;
  const inputs = result.inputs;
  const inside = (path: string) => relative(root, path);
  return encodeSnapshot(
    result.dataset,
    {
      files: inputs.files.map((f) => ({ ...f, path: inside(f.path) })),
      folders: inputs.folders.map((f) => ({ ...f, path: inside(f.path) })),
      absent: inputs.absent.map(inside),
    },
    SHIPPED_LOCATION,
    version,
  );
}
