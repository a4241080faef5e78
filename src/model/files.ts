import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type BigIntStats, type Stats } from 'node:fs';

export const MiB = 1024 * 1024;

/**
 * The largest YAML file read. The yaml library needs a few hundred bytes of memory for
 * each byte it parses (about 600 MB for 1 MiB of broken YAML, 300 MB for valid YAML), so
 * the limit is what keeps a bad file from exhausting memory. The largest real document is
 * about 30 KB.
 */
export const YAML_LIMIT = 1 * MiB;
/** The largest seed read: seeds are plain text, cleaned in linear time; the largest real one is about 30 KB. */
export const SEED_LIMIT = 8 * MiB;

export type Failure = { readonly error: string; readonly missing: boolean };

/** A Node error's code and what it means, without the path, which the message around it already names. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const text = (error instanceof Error ? error.message : String(error)).replace(/, \w+ '.*'$/su, '');
  return code && !text.startsWith(code) ? `${code}: ${text}` : text;
}

function failure(error: unknown): Failure {
  return { error: `cannot be read (${reasonOf(error)})`, missing: (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' };
}

function kind(stats: Stats | BigIntStats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

function refusal(stats: Stats | BigIntStats, limit: number): Failure | undefined {
  if (!stats.isFile()) return { error: `is not a regular file (it is ${kind(stats)})`, missing: false };
  if (Number(stats.size) > limit) return { error: `is larger than the ${limit / MiB} MiB limit (${stats.size} bytes)`, missing: false };
  return undefined;
}

/**
 * Reads a regular file of at most `limit` bytes. The kind and size are checked before
 * reading, since a FIFO blocks, /dev/zero never ends and a huge file exhausts memory, and
 * checked again on the opened file in case another was put in its place meanwhile.
 */
export function readRegularFile(path: string, limit: number): { bytes: Buffer; stats: BigIntStats } | Failure {
  let fd: number | undefined;
  try {
    const refused = refusal(statSync(path), limit);
    if (refused) return refused;
    // Should a FIFO be put in its place after the stat, opening it must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    // In nanoseconds, so that the snapshot can tell an edit made within the same second.
    const stats = fstatSync(fd, { bigint: true });
    const late = refusal(stats, limit);
    if (late) return late;
    const bytes = Buffer.alloc(Number(stats.size));
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: bytes.subarray(0, filled), stats };
  } catch (error) {
    return failure(error);
  } finally {
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // The bytes are read; a file that cannot be closed is no problem of the data.
    }
  }
}

/** The names in a folder, or why there are none to be had. */
export function listFolder(path: string): { names: string[] } | Failure {
  try {
    if (!statSync(path).isDirectory()) return { error: 'is not a folder', missing: false };
    return { names: readdirSync(path) };
  } catch (error) {
    return failure(error);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function complete(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether these bytes can begin a UTF-8 text: a sequence cut short at their end is allowed. */
function validPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Where the last sequence of these bytes starts: at its lead byte, before its continuation bytes. */
function lastSequenceStart(bytes: Uint8Array): number {
  let at = bytes.length - 1;
  while (at > 0 && (bytes[at]! & 0xc0) === 0x80) at--;
  return at;
}

/**
 * The text of UTF-8 bytes, without a byte order mark, or the offset of the first byte that
 * makes them invalid. The decoder does not say where it failed, but whether a prefix is
 * valid changes only once, from valid to not, so the place is found by bisection.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/u, '') };
  } catch {
    // Only the last sequence is cut short.
    if (validPrefix(bytes)) return { badByte: lastSequenceStart(bytes) };
    let valid = 0;
    let invalid = bytes.length;
    while (invalid - valid > 1) {
      const mid = (valid + invalid) >>> 1;
      if (validPrefix(bytes.subarray(0, mid))) valid = mid;
      else invalid = mid;
    }
    // The byte that broke the prefix may only have broke off a sequence begun before it.
    const before = bytes.subarray(0, invalid - 1);
    return { badByte: complete(before) ? invalid - 1 : lastSequenceStart(before) };
  }
}
