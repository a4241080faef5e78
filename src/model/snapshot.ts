import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { decodeColumns, encodeColumns, StringTable, type Columns } from './columns.js';
import { indexDataset, type DatasetParts } from './dataset.js';
import { frame, unframe } from './framed.js';
import { inputsUnchanged, type Inputs } from './inputs.js';
import type { Dataset, Fact, PolicyDocument } from './types.js';

/**
 * A validated dataset written in a form that loads in one step: read once, then trusted
 * only while every input file is as it was, the program is the same version, and the bytes
 * are the ones written. The header (what it was made from) is judged before the body is
 * read, so a stale snapshot costs little more than a look at its inputs.
 */

const MAGIC = 'policy-explorer dataset snapshot 1\n';

interface Header {
  readonly version: string;
  /** The dataset folders it was made from, as given to the load. */
  readonly location: string;
  readonly inputs: Inputs;
  /** When it was written, in nanoseconds since the epoch: an input changed after it cannot look unchanged. */
  readonly writtenNs: string;
  readonly bodyCrc: number;
}

interface Body {
  readonly strings: readonly string[];
  readonly small: Omit<DatasetParts, 'documents' | 'facts'>;
  readonly documents: Columns;
  readonly facts: Columns;
}

/** Why a snapshot was not used: none there, made from other inputs or by another version, or damaged. */
export type SnapshotMiss = 'absent' | 'stale' | 'corrupt';

/** A snapshot read back: its dataset, and a stamp that names this dataset for what is stored beside it (the search index). */
export interface Snapshot {
  readonly dataset: Dataset;
  readonly stamp: string;
}

const stampOf = (version: string, crc: number, length: number) => `${version}:${crc}:${length}`;

/** The bytes of a snapshot of `dataset`, loaded from `inputs` at `location` by program `version`, and its stamp. */
export function encodeSnapshot(dataset: Dataset, inputs: Inputs, location: string, version: string): { bytes: Buffer; stamp: string } {
  const table = new StringTable();
  const { places, categories, topics, synonyms, indicators } = dataset;
  const documents = encodeColumns(dataset.documents, table);
  const facts = encodeColumns(dataset.facts, table);
  const body = serialize({
    strings: table.strings,
    small: { places, categories, topics, synonyms, indicators },
    documents,
    facts,
  } satisfies Body);
  const bytes = frame(MAGIC, { version, location, inputs, writtenNs: String(BigInt(Date.now()) * 1_000_000n) }, body);
  const head = unframe(bytes, MAGIC)!.header as unknown as Header;
  return { bytes, stamp: stampOf(version, head.bodyCrc, body.length) };
}

/** The dataset a snapshot holds, or why it cannot be used. Never throws: a damaged file is a miss. */
export function readSnapshot(
  path: string,
  location: string,
  version: string,
  /** The folder relative input paths are under (a snapshot shipped with the program names its inputs so). */
  root?: string,
): Snapshot | { miss: SnapshotMiss } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { miss: 'absent' };
  }
  try {
    const framed = unframe(bytes, MAGIC);
    if (!framed) return { miss: 'corrupt' };
    const header = framed.header as unknown as Header;
    if (header.version !== version || header.location !== location) return { miss: 'stale' };
    const body = framed.body();
    if (!body) return { miss: 'corrupt' };
    if (!inputsUnchanged(header.inputs, BigInt(header.writtenNs), root)) return { miss: 'stale' };
    const { strings, small, documents, facts } = deserialize(body) as Body;
    const dataset = indexDataset({
      ...small,
      documents: decodeColumns<PolicyDocument>(documents, strings),
      facts: decodeColumns<Fact>(facts, strings),
    });
    return { dataset, stamp: stampOf(version, header.bodyCrc, body.length) };
  } catch {
    // A header or body the deserializer reads but of another shape: made by something else.
    return { miss: 'corrupt' };
  }
}
