import { deserialize, serialize } from 'node:v8';
import { decodeColumns, encodeColumns, StringTable, type Columns } from '../model/columns.js';
import { frame, openForPieces, unframeFrom } from '../model/framed.js';
import type { Key } from './records.js';
import { SearchIndex, type IndexedRecord, type IndexParts } from './engine.js';

/**
 * A search index stored beside its dataset's snapshot, so that only the first search of a
 * dataset builds it. It carries the snapshot's stamp and is read only with that dataset:
 * an index of other data would find the wrong facts.
 */

const MAGIC = 'policy-explorer search index 2\n';

interface Body {
  readonly strings: readonly string[];
  readonly records: Columns;
  readonly keys: Columns;
  /** Every key's records, one list after another, and where each list starts. */
  readonly postings: Int32Array;
  readonly postingStarts: Int32Array;
  readonly names: readonly string[];
  readonly named: Int32Array;
  readonly namedStarts: Int32Array;
  readonly synonyms: readonly (readonly string[])[];
}

function joined(lists: readonly (ArrayLike<number> & Iterable<number>)[]): { all: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (starts[i + 1] = starts[i]! + l.length));
  const all = new Int32Array(starts[lists.length]!);
  lists.forEach((l, i) => all.set(l, starts[i]!));
  return { all, starts };
}

const split = (all: Int32Array, starts: Int32Array): Int32Array[] =>
  Array.from({ length: starts.length - 1 }, (_, i) => all.subarray(starts[i]!, starts[i + 1]!));

export function encodeIndex(index: SearchIndex, stamp: string): Buffer {
  const { records, keys, postings, names, synonyms } = index.parts;
  const table = new StringTable();
  const p = joined(postings);
  const n = joined([...names.values()]);
  const body: Body = {
    strings: table.strings,
    records: encodeColumns(records, table),
    keys: encodeColumns(keys, table),
    postings: p.all,
    postingStarts: p.starts,
    names: [...names.keys()],
    named: n.all,
    namedStarts: n.starts,
    synonyms,
  };
  return frame(MAGIC, { stamp }, serialize(body));
}

/**
 * The index stored at `path` for the dataset of `stamp`, or undefined when there is none, it
 * is of other data, damaged, or not a file the program wrote (see openForPieces; `own: false`
 * for the one shipped with the program). Its header is judged before its body is read.
 */
export function readIndex(path: string, stamp: string, { own = true }: { own?: boolean } = {}): SearchIndex | undefined {
  const file = openForPieces(path, { own });
  if ('error' in file) return undefined;
  try {
    const framed = unframeFrom(file.read, file.size, MAGIC);
    if (!framed || framed.header.stamp !== stamp) return undefined;
    const bytes = framed.body();
    if (!bytes) return undefined;
    const b = deserialize(bytes) as Body;
    const named = split(b.named, b.namedStarts);
    const parts: IndexParts = {
      records: decodeColumns<IndexedRecord>(b.records, b.strings),
      keys: decodeColumns<Key>(b.keys, b.strings),
      postings: split(b.postings, b.postingStarts),
      names: new Map(b.names.map((name, i) => [name, [...named[i]!]])),
      synonyms: b.synonyms,
    };
    return new SearchIndex(parts);
  } catch {
    return undefined;
  } finally {
    file.close();
  }
}
