import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';

/**
 * The frame of a file the program writes for itself and reads back (a snapshot): a magic
 * line that says what it is, a small header, and a body whose length and checksum the
 * header holds. The header can be read and judged without the body; a body that is cut
 * short or damaged is never handed on.
 */

export function frame(magic: string, header: Record<string, unknown>, body: Buffer): Buffer {
  const head = serialize({ ...header, bodyLength: body.length, bodyCrc: crc32(body) });
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([Buffer.from(magic), length, head, body]);
}

/**
 * The header, to judge first, and the body, checked only when asked for (a pass over it):
 * undefined when it is cut short or damaged. Undefined for the whole when the magic line or
 * the header cannot be read.
 */
export function unframe(bytes: Buffer, magic: string): { header: Record<string, unknown>; body: () => Buffer | undefined } | undefined {
  const m = Buffer.byteLength(magic);
  if (bytes.length < m + 4 || bytes.toString('latin1', 0, m) !== magic) return undefined;
  const end = m + 4 + bytes.readUInt32BE(m);
  if (end > bytes.length) return undefined;
  let head: unknown;
  try {
    head = deserialize(bytes.subarray(m + 4, end));
  } catch {
    return undefined;
  }
  if (head === null || typeof head !== 'object') return undefined;
  const header = head as Record<string, unknown>;
  return {
    header,
    body: () => {
      const data = bytes.subarray(end);
      return data.length === header.bodyLength && crc32(data) === header.bodyCrc ? data : undefined;
    },
  };
}
