import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  type BigIntStats,
  type Stats,
} from 'node:fs';

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
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** What a file must be to be read, besides a regular file. */
export interface FileRules {
  /** The most bytes it may hold. */
  readonly limit: number;
  /**
   * Whether it must be a file the program wrote for the user (its cache): then it is never
   * reached through a symbolic link, and belongs to the user. A file there that is anything
   * else was put by someone or something else, and is not what the program made.
   */
  readonly own?: boolean;
}

function refusal(stats: Stats | BigIntStats, { limit, own = false }: FileRules): Failure | undefined {
  if (!stats.isFile()) return { error: `is not a regular file (it is ${kind(stats)})`, missing: false };
  if (Number(stats.size) > limit) return { error: `is larger than the ${limit / MiB} MiB limit (${stats.size} bytes)`, missing: false };
  if (own && process.getuid && Number(stats.uid) !== process.getuid()) {
    return { error: `belongs to another user (uid ${stats.uid})`, missing: false };
  }
  return undefined;
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // What was read is read; a file that cannot be closed is no problem of the data.
  }
}

/**
 * Opens a regular file for reading, within the rules. The kind and size are checked before
 * opening, since a FIFO blocks, /dev/zero never ends and a huge file exhausts memory, and
 * checked again on the opened file in case another was put in its place meanwhile.
 */
export function openRegularFile(path: string, rules: FileRules): { fd: number; stats: BigIntStats } | Failure {
  let fd: number | undefined;
  try {
    const refused = refusal(rules.own ? lstatSync(path) : statSync(path), rules);
    if (refused) return refused;
    // Should a FIFO or a link be put in its place after the look, opening it must not wait for a writer, nor follow the link.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (rules.own ? (constants.O_NOFOLLOW ?? 0) : 0));
    // In nanoseconds, so that the snapshot can tell an edit made within the same second.
    const stats = fstatSync(fd, { bigint: true });
    const late = refusal(stats, rules);
    if (!late) return { fd, stats };
    closeQuietly(fd);
    return late;
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    return failure(error);
  }
}

/** Reads `length` bytes at `offset` of an open file; fewer when it ends first. */
export function readAt(fd: number, offset: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const n = readSync(fd, bytes, filled, length - filled, offset + filled);
    if (n === 0) break;
    filled += n;
  }
  return bytes.subarray(0, filled);
}

/** Reads a regular file of at most `limit` bytes, with the stats of the file read. */
export function readRegularFile(path: string, limit: number): { bytes: Buffer; stats: BigIntStats } | Failure {
  const opened = openRegularFile(path, { limit });
  if ('error' in opened) return opened;
  try {
    return { bytes: readAt(opened.fd, 0, Number(opened.stats.size)), stats: opened.stats };
  } catch (error) {
    return failure(error);
  } finally {
    closeQuietly(opened.fd);
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

/** What bytes that are not UTF-8 are most likely in, and the command that makes UTF-8 of them. */
export interface LikelyEncoding {
  readonly encoding: 'UTF-16LE' | 'UTF-16BE' | 'GBK';
  /** e.g. "iconv -f UTF-16LE -t UTF-8" */
  readonly iconv: string;
}

/** How much of a text is looked at for NUL bytes: enough for a pattern, little enough for any file. */
const ENCODING_SAMPLE = 64 * 1024;

/**
 * The encoding of a text that is not UTF-8, to say how to convert it. UTF-16 shows itself by
 * its byte order mark, or else by NUL bytes, which GBK and UTF-8 text never hold: the high byte
 * of every ASCII character (digits, newlines), after it in little-endian order, before it in
 * big-endian. Without either sign it is taken for GBK, the usual encoding of Chinese texts
 * that are not UTF-8.
 */
export function likelyEncoding(bytes: Uint8Array): LikelyEncoding {
  const named = (encoding: LikelyEncoding['encoding']): LikelyEncoding => ({ encoding, iconv: `iconv -f ${encoding} -t UTF-8` });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return named('UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return named('UTF-16BE');
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(bytes.length, ENCODING_SAMPLE); i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // A character whose low byte is 0 (一 is U+4E00) puts a NUL on the other side now and then.
  if (odd > 2 * even) return named('UTF-16LE');
  if (even > 2 * odd) return named('UTF-16BE');
  return named('GBK');
}
