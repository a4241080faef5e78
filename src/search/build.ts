import { runSteps, runStepsInSlices } from '../model/steps.js';
import type { Dataset } from '../model/types.js';
import { SearchIndex, type IndexedRecord, type IndexParts } from './engine.js';
import { recordCount, recordSteps, type Key, type SearchRecord } from './records.js';

/**
 * Builds the search index of a dataset: its records (folding and pinyin of every name),
 * then each distinct key with the records that have it. In steps, so that the explorer can
 * build it after its first frame without holding up the keys typed meanwhile.
 */

const SEP = '\u0001';

/** How far a build has come: records made and indexed, of all there are. */
export interface IndexProgress {
  readonly done: number;
  readonly total: number;
}

function* partSteps(
  source: Iterable<SearchRecord>,
  total: number,
  synonyms: readonly (readonly string[])[],
): Generator<IndexProgress, IndexParts> {
  const records: IndexedRecord[] = [];
  const keys: Key[] = [];
  const lists: number[][] = [];
  const names = new Map<string, number[]>();
  // Records share their key objects where they share a name, so most keys are found by identity; the rest by content.
  const byObject = new Map<Key, number>();
  const byContent = new Map<string, number>();
  let i = 0;
  for (const { keys: recordKeys, ...record } of source) {
    records.push(record);
    for (const k of recordKeys) {
      let n = byObject.get(k);
      if (n === undefined) {
        const id = `${k.role}${SEP}${k.weight}${SEP}${k.text}`;
        n = byContent.get(id);
        if (n === undefined) {
          n = keys.length;
          byContent.set(id, n);
          keys.push(k);
          lists.push([]);
        }
        byObject.set(k, n);
      }
      const list = lists[n]!;
      if (list.at(-1) !== i) list.push(i);
      if (k.role === 'name') {
        const named = names.get(k.text);
        if (!named) names.set(k.text, [i]);
        else if (named.at(-1) !== i) named.push(i);
      }
    }
    i++;
    if (i % 256 === 0) yield { done: i, total };
  }
  return { records, keys, postings: lists.map((l) => Int32Array.from(l)), names, synonyms };
}

const stepsOf = (dataset: Dataset) => partSteps(recordSteps(dataset), recordCount(dataset), dataset.synonyms);

const finish = (steps: Generator<IndexProgress, IndexParts>): SearchIndex => new SearchIndex(runSteps(steps));

export const buildSearchIndex = (dataset: Dataset): SearchIndex => finish(stepsOf(dataset));

/** An index of records made elsewhere (the bench's scaled copies). */
export const indexRecords = (records: readonly SearchRecord[], synonyms: readonly (readonly string[])[] = []): SearchIndex =>
  finish(partSteps(records, records.length, synonyms));

/** The same build, giving the event loop back every few milliseconds; stops early, with undefined, once `stopped()`. */
export async function buildSearchIndexInSteps(
  dataset: Dataset,
  onProgress: (progress: IndexProgress) => void,
  stopped: () => boolean = () => false,
): Promise<SearchIndex | undefined> {
  const parts = await runStepsInSlices(stepsOf(dataset), 8, onProgress, stopped);
  return parts && new SearchIndex(parts);
}
