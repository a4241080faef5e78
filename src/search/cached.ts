import { writeCached, type CachedDataset } from '../model/snapshotCache.js';
import { buildSearchIndex, buildSearchIndexInSteps, type IndexProgress } from './build.js';
import type { SearchIndex } from './engine.js';
import { encodeIndex, readIndex } from './stored.js';

/** The stored index of a dataset read from its snapshot, if one is stored and still its own: the shipped one first. */
export function storedIndex(cached: CachedDataset): SearchIndex | undefined {
  const derived = cached.derived;
  if (!derived) return undefined;
  const shipped = derived.shipped === undefined ? undefined : readIndex(derived.shipped, derived.stamp, { own: false });
  return shipped ?? (derived.own === undefined ? undefined : readIndex(derived.own, derived.stamp));
}

/** Stores a freshly built index beside its snapshot; a cache that cannot be written only means the next start builds it again. */
function store(cached: CachedDataset, index: SearchIndex): void {
  if (cached.derived?.write) writeCached(cached.derived.write, encodeIndex(index, cached.derived.stamp));
}

/** The dataset's search index: stored, or built and stored for the next time. */
export function searchIndexOf(cached: CachedDataset): SearchIndex {
  const stored = storedIndex(cached);
  if (stored) return stored;
  const index = buildSearchIndex(cached.dataset);
  store(cached, index);
  return index;
}

/** The same, built in steps when it must be built; undefined when stopped first. */
export async function searchIndexInSteps(
  cached: CachedDataset,
  onProgress: (progress: IndexProgress) => void,
  stopped: () => boolean,
): Promise<SearchIndex | undefined> {
  const stored = storedIndex(cached);
  if (stored) return stored;
  const index = await buildSearchIndexInSteps(cached.dataset, onProgress, stopped);
  if (index && !stopped()) store(cached, index);
  return index;
}
