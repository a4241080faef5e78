import { useEffect, useRef, useState } from 'react';
import type { ExplorerStart } from '../cli.js';
import { loadFailure } from '../commands/validate.js';
import { loadDatasetInSteps, type LoadProgress } from '../model/load.js';
import { loadSnapshot, saveSnapshot, snapshotSize, type CachedDataset } from '../model/snapshotCache.js';
import type { IndexProgress } from '../search/build.js';
import { searchIndexInSteps } from '../search/cached.js';
import type { SearchIndex } from '../search/engine.js';
import { prepareTraditional, traditionalReady } from '../model/script.js';

/**
 * Opening the dataset behind the loading screen, and building the search index behind the
 * first frame: the effects that come before the explorer can answer a key. They give the
 * event loop back as they go, so the screen shows their progress and keys wait in order.
 */

export type Opening =
  | { readonly phase: 'reading'; readonly progress: LoadProgress | null }
  | { readonly phase: 'open'; readonly cached: CachedDataset; readonly notice: string | null }
  | { readonly phase: 'failed'; readonly message: string };

/** Snapshots up to this size are read before the first frame: that takes less than drawing a loading screen first. */
const READ_AT_ONCE = 4 * 1024 * 1024;

function openAtOnce({ location, cache }: ExplorerStart): Opening | undefined {
  if (!cache || (snapshotSize(location, cache) ?? Infinity) > READ_AT_ONCE) return undefined;
  const snapshot = loadSnapshot(location, cache);
  return 'dataset' in snapshot ? { phase: 'open', cached: snapshot, notice: null } : undefined;
}

/** The dataset the explorer opens: from its snapshot, else read in full with progress, then snapshotted. */
export function useOpening(start: ExplorerStart): Opening {
  const [atOnce] = useState(() => openAtOnce(start));
  const [opening, setOpening] = useState<Opening>(atOnce ?? { phase: 'reading', progress: null });
  useEffect(() => {
    if (atOnce) return;
    let live = true;
    // After the loading screen's first frame, so that a slow snapshot read is not a blank terminal.
    const timer = setTimeout(() => void open(), 0);
    const open = async () => {
      const { location, cache } = start;
      const snapshot = cache ? loadSnapshot(location, cache) : undefined;
      if (snapshot && 'dataset' in snapshot) {
        setOpening({ phase: 'open', cached: snapshot, notice: null });
        return;
      }
      const result = await loadDatasetInSteps(location, (progress) => live && setOpening({ phase: 'reading', progress }));
      if (!live) return;
      if (!result.ok) {
        setOpening({ phase: 'failed', message: loadFailure(result, start.named) });
        return;
      }
      const { saved, notice } = cache ? saveSnapshot(location, cache, result) : {};
      setOpening({ phase: 'open', cached: saved ?? { dataset: result.dataset }, notice: notice ?? null });
    };
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [start, atOnce]);
  return opening;
}

export interface SearchReadiness {
  /** What the explorer's search asks for: the index, or null while it is built. */
  readonly index: () => SearchIndex | null;
  /** How far the build has come; null once the index is ready. */
  readonly progress: IndexProgress | null;
}

/** The search index, read from beside the snapshot or built in steps once the explorer is on screen. */
export function useSearchIndex(cached: CachedDataset): SearchReadiness {
  const ready = useRef<SearchIndex | null>(null);
  const [progress, setProgress] = useState<IndexProgress | null>({ done: 0, total: 1 });
  const [index] = useState(() => () => ready.current);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void searchIndexInSteps(
        cached,
        (p) => live && setProgress(p),
        () => !live,
      ).then((built) => {
        if (!live || !built) return;
        ready.current = built;
        setProgress(null);
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [cached]);
  return { index, progress };
}

/**
 * Builds the converter to traditional script just after the first frame, which then need not
 * wait the ~100 ms it takes; true once built, for the screen to draw its names as written.
 */
export function useTraditionalScript(): boolean {
  const [ready, setReady] = useState(traditionalReady);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => {
      prepareTraditional();
      setReady(true);
    }, 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready;
}
