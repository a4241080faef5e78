import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';

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
 * A file opened for reading in pieces, kept open for the process's life: files the program
 * writes for itself are replaced by rename, never rewritten, so what this descriptor reads is
 * the file as it was opened, whatever happens to the name later.
 */
export function openForPieces(path: string): { read: Reader; size: number; close: () => void } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const read: Reader = (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      let filled = 0;
      while (filled < buffer.length) {
        const n = readSync(fd, buffer, filled, buffer.length - filled, offset + filled);
        if (n === 0) break;
        filled += n;
      }
      return buffer.subarray(0, filled);
    };
    return { read, size, close: () => closeSync(fd) };
  } catch {
    closeSync(fd);
    return undefined;
  }
}
