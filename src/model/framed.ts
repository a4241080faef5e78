import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { closeQuietly, MiB, openRegularFile, readAt, type Failure } from './files.js';

/**
 * The frame of a file the program writes for itself and reads back (a snapshot): a magic
 * line that says what it is, a small header, a body whose length and checksum the header
 * holds, and optionally a tail the body describes (read piece by piece, later). The header
 * can be read and judged without the body; a body that is cut short or damaged is never
 * handed on.
 */

export function frame(magic: string, header: Record<string, unknown>, body: Buffer, tail: Buffer = Buffer.alloc(0)): Buffer {
  const head = serialize({ ...header, bodyLength: body.length, bodyCrc: crc32(body), tailLength: tail.length });
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([Buffer.from(magic), length, head, body, tail]);
}

/** Reads `length` bytes at `offset`; fewer when the source ends first. */
export type Reader = (offset: number, length: number) => Buffer;

export interface Unframed {
  readonly header: Record<string, unknown>;
  /** The body when it is whole: its length and checksum are the ones the header holds. */
  body(): Buffer | undefined;
  /** Where the tail starts; the header says how long it is. */
  readonly tailStart: number;
}

/**
 * The header, to judge first, and the body, checked only when asked for (a pass over it).
 * Undefined when the magic line or the header cannot be read, or the source is not as long
 * as the header says.
 */
export function unframeFrom(read: Reader, size: number, magic: string): Unframed | undefined {
  const m = Buffer.byteLength(magic);
  const start = read(0, m + 4);
  if (start.length < m + 4 || start.toString('latin1', 0, m) !== magic) return undefined;
  const end = m + 4 + start.readUInt32BE(m);
  if (end > size) return undefined;
  let head: unknown;
  try {
    head = deserialize(read(m + 4, end - m - 4));
  } catch {
    return undefined;
  }
  if (head === null || typeof head !== 'object') return undefined;
  const header = head as Record<string, unknown>;
  const bodyLength = Number(header.bodyLength);
  const tailLength = Number(header.tailLength ?? 0);
  if (end + bodyLength + tailLength !== size) return undefined;
  return {
    header,
    body: () => {
      const data = read(end, bodyLength);
      return data.length === bodyLength && crc32(data) === header.bodyCrc ? data : undefined;
    },
    tailStart: end + bodyLength,
  };
}

export const unframe = (bytes: Buffer, magic: string): Unframed | undefined =>
  unframeFrom((offset, length) => bytes.subarray(offset, offset + length), bytes.length, magic);

/**
 * The largest framed file read. At 1,000 times the bundled data (5,000 documents, 142,000
 * facts) the snapshot is 45 MB and its search index 46 MB: the limit leaves room for ten
 * times that. A larger file is refused rather than read, since its body is read whole into
 * memory: a file put in the cache's place by something else must not exhaust it. A dataset
 * that large would still open, only from its files each time.
 */
export const FRAMED_LIMIT = 512 * MiB;

/**
 * A file opened for reading in pieces, which may stay open for the process's life (a snapshot
 * in use reads its texts later): files the program writes for itself are replaced by rename,
 * never rewritten, so what this descriptor reads is the file as it was opened, whatever
 * happens to the name later. Only a regular file of at most FRAMED_LIMIT bytes is opened,
 * without waiting on it, and, unless it ships with the program, only one that is the user's
 * own and not a symbolic link: anything else in the cache is not what the program made.
 */
export function openForPieces(
  path: string,
  { own = true }: { own?: boolean } = {},
): { read: Reader; size: number; close: () => void } | Failure {
  const opened = openRegularFile(path, { limit: FRAMED_LIMIT, own });
  if ('error' in opened) return opened;
  const { fd } = opened;
  const size = Number(opened.stats.size);
  const read: Reader = (offset, length) => readAt(fd, offset, Math.max(0, Math.min(length, size - offset)));
  return { read, size, close: () => closeQuietly(fd) };
}
