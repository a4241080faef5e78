import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { decodeColumns, encodeColumns, StringTable, type Columns } from './columns.js';
import { indexDataset, type DatasetParts } from './dataset.js';
import { frame, openForPieces, unframe, unframeFrom, type Reader } from './framed.js';
import { inputsUnchanged, type Inputs } from './inputs.js';
import type { Dataset, Fact, PolicyDocument } from './types.js';

/**
 * A validated dataset written in a form that loads in one step: read once, then trusted
 * only while every input file is as it was, the program is the same version and build, and
 * the bytes are the ones written. The header (what it was made from) is judged before the
 * body is read, so a stale snapshot costs little more than a look at its inputs.
 *
 * The documents' clean texts, most of a real dataset's bytes, are kept after the body and
 * read one by one when first asked for: a start reads none it does not show.
 */

const MAGIC = 'policy-explorer dataset snapshot 2\n';

/** Texts up to this many bytes in all are checked when the snapshot is read (milliseconds); more, as each is read. */
const CHECK_TEXTS_AT_ONCE = 16 * 1024 * 1024;

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
  /** The documents without their texts. */
  readonly documents: Columns;
  readonly facts: Columns;
  /** Each document's text: which of the distinct texts in the tail it is. */
  readonly textOf: Uint32Array;
  /** Where each distinct text starts in the tail, in bytes (one more, for the end), and its checksum. */
  readonly textStarts: Float64Array;
  readonly textCrcs: Uint32Array;
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
  const texts = new Map<string, number>();
  const textOf = Uint32Array.from(dataset.documents, (d) => {
    if (!texts.has(d.text)) texts.set(d.text, texts.size);
    return texts.get(d.text)!;
  });
  const encoded = [...texts.keys()].map((t) => Buffer.from(t, 'utf8'));
  const textStarts = new Float64Array(encoded.length + 1);
  encoded.forEach((b, i) => (textStarts[i + 1] = textStarts[i]! + b.length));
  const body = serialize({
    strings: table.strings,
    small: { places, categories, topics, synonyms, indicators },
    documents: encodeColumns(
      dataset.documents.map(({ text: _text, ...rest }) => rest),
      table,
    ),
    facts: encodeColumns(dataset.facts, table),
    textOf,
    textStarts,
    textCrcs: Uint32Array.from(encoded, (b) => crc32(b)),
  } satisfies Body);
  const header = { version, location, inputs, writtenNs: String(BigInt(Date.now()) * 1_000_000n) };
  const bytes = frame(MAGIC, header, body, Buffer.concat(encoded));
  const head = unframe(bytes, MAGIC)!.header as unknown as Header;
  return { bytes, stamp: stampOf(version, head.bodyCrc, body.length) };
}

/** A document whose text is read from the snapshot's tail the first time it is asked for, then kept. */
function withLazyText(doc: Omit<PolicyDocument, 'text'>, text: () => string): PolicyDocument {
  let value: string | undefined;
  return Object.freeze(Object.defineProperty({ ...doc }, 'text', { enumerable: true, get: () => (value ??= text()) }) as PolicyDocument);
}

/** The dataset a snapshot holds, or why it cannot be used. Never throws: a damaged file is a miss. */
export function readSnapshot(
  path: string,
  location: string,
  version: string,
  /**
   * Given for the snapshot shipped with the program, which is read wherever it is installed
   * and whoever installed it; it names its inputs relative to the package's `root`.
   */
  shipped?: { readonly root: string },
): Snapshot | { miss: SnapshotMiss } {
  const file = openForPieces(path, { own: shipped === undefined });
  // A file that is there but not as the program writes one (a FIFO, a link, another's) is made again, as a damaged one is.
  if ('error' in file) return { miss: file.missing ? 'absent' : 'corrupt' };
  const found = read(file.read, file.size, location, version, shipped?.root, path);
  // A snapshot in use keeps its file open, for the texts it reads later.
  if (!('dataset' in found)) file.close();
  return found;
}

function read(
  from: Reader,
  size: number,
  location: string,
  version: string,
  root: string | undefined,
  path: string,
): Snapshot | { miss: SnapshotMiss } {
  try {
    const framed = unframeFrom(from, size, MAGIC);
    if (!framed) return { miss: 'corrupt' };
    const header = framed.header as unknown as Header;
    if (header.version !== version || header.location !== location) return { miss: 'stale' };
    if (!inputsUnchanged(header.inputs, BigInt(header.writtenNs), root)) return { miss: 'stale' };
    const body = framed.body();
    if (!body) return { miss: 'corrupt' };
    const { strings, small, documents, facts, textOf, textStarts, textCrcs } = deserialize(body) as Body;
    // Texts that are quick to check are checked now, so a damaged one is a miss like any other.
    const tailLength = textStarts[textStarts.length - 1]!;
    if (tailLength <= CHECK_TEXTS_AT_ONCE) {
      const tail = from(framed.tailStart, tailLength);
      for (let id = 0; id < textCrcs.length; id++) {
        if (crc32(tail.subarray(textStarts[id], textStarts[id + 1])) !== textCrcs[id]) return { miss: 'corrupt' };
      }
    }
    const text = (id: number) => () => {
      const start = textStarts[id]!;
      const bytes = from(framed.tailStart + start, textStarts[id + 1]! - start);
      if (crc32(bytes) !== textCrcs[id]) {
        throw new Error(`the dataset snapshot ${path} is damaged (a document's text fails its checksum): run again with --no-cache`);
      }
      return bytes.toString('utf8');
    };
    const dataset = indexDataset({
      ...small,
      documents: decodeColumns<Omit<PolicyDocument, 'text'>>(documents, strings).map((d, i) => withLazyText(d, text(textOf[i]!))),
      facts: decodeColumns<Fact>(facts, strings),
    });
    return { dataset, stamp: stampOf(version, header.bodyCrc, body.length) };
  } catch {
    // A header or body the deserializer reads but of another shape: made by something else.
    return { miss: 'corrupt' };
  }
}
