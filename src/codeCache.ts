import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { closeQuietly, MiB, openRegularFile, readAt } from './model/files.js';
import { notPrivate, writeNewFile } from './platform/files.js';
import { ensurePrivateDir } from './platform/xdg.js';

/**
 * A script bundle run with V8's code cache. Node 20 compiles ES modules afresh on every start
 * (it has no compile cache before Node 22), and compiling the explorer's ~5 MB takes longer
 * than anything else before its first frame. A script can be given the code V8 compiled for
 * it last time, so the explorer's bundle is also built as one (scripts/build.mjs), and its
 * compiled code kept in the user's cache folder.
 *
 * The bundle is ASCII, one function expression taking (exports, require, module, __filename,
 * __dirname, importMetaUrl), the last standing for its import.meta.url.
 *
 * The code is V8's own serialisation, which V8 checks only for its version, flags and the
 * source's length: read back from a file that is not what was written, it could run code
 * that is not the bundle's. So a cache file is read only as the snapshot is (from a folder
 * private to the user, a regular file of the user's own, not a link, of bounded size), and
 * used only when its header names this very bundle file (its device, inode, size, and
 * modification and change times), this Node and this V8, and its bytes match their CRC-32.
 * Anything else is compiled from the source, and the code replaces the cache file after.
 */

const FORMAT = 'policy-explorer code cache 1';
/** Far more than the code of any bundle: a larger file is not one of ours. */
const LIMIT = 64 * MiB;

/** A script the program ran, with what it exported. */
export interface CachedScript {
  readonly exports: Record<string, unknown>;
  /** Whether its code came from the cache rather than from compiling its source. */
  readonly fromCache: boolean;
  /**
   * Keeps its code as compiled so far (the functions run until now are in it, compiled) for
   * the next start, unless it came from the cache. Quietly keeps nothing when it cannot: the
   * program runs as well without it, and only starts slower.
   */
  keep(): void;
}

type ScriptFunction = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
  importMetaUrl: string,
) => void;

/** What a cache file must say of the bundle and the engine for its code to be used. */
function keyOf(file: string, stats: { dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  const { dev, ino, size, mtimeNs, ctimeNs } = stats;
  return JSON.stringify({
    script: { file, dev: `${dev}`, ino: `${ino}`, size: `${size}`, mtimeNs: `${mtimeNs}`, ctimeNs: `${ctimeNs}` },
    node: process.version,
    v8: process.versions.v8,
    arch: process.arch,
  });
}

/** The cache file of a bundle: one per bundle file and Node, replaced when either changes. */
function cacheFile(cacheDir: string, file: string): string {
  const name = crc32(`${file}\u0000${process.version}\u0000${process.arch}`).toString(16).padStart(8, '0');
  return join(cacheDir, `${basename(file)}.${name}.code`);
}

/** The whole of a file read within the rules; undefined when it is not there or not within them. */
function readFile(path: string, own: boolean): { bytes: Buffer; key?: string } | undefined {
  const opened = openRegularFile(path, { limit: LIMIT, own });
  if ('error' in opened) return undefined;
  try {
    return { bytes: readAt(opened.fd, 0, Number(opened.stats.size)), key: keyOf(path, opened.stats) };
  } catch {
    return undefined;
  } finally {
    closeQuietly(opened.fd);
  }
}

/** The code a cache file holds for the bundle of `key`; undefined when it holds none that can be trusted. */
function cachedCode(cacheDir: string, path: string, key: string): Buffer | undefined {
  try {
    if (notPrivate(cacheDir) !== null) return undefined;
  } catch {
    return undefined;
  }
  const read = readFile(path, true);
  if (!read) return undefined;
  const { bytes } = read;
  const firstLine = bytes.indexOf(0x0a);
  const secondLine = firstLine < 0 ? -1 : bytes.indexOf(0x0a, firstLine + 1);
  if (secondLine < 0 || bytes.toString('latin1', 0, firstLine) !== FORMAT) return undefined;
  let header: { key?: unknown; crc32?: unknown };
  try {
    header = JSON.parse(bytes.toString('utf8', firstLine + 1, secondLine)) as typeof header;
  } catch {
    return undefined;
  }
  const code = bytes.subarray(secondLine + 1);
  if (JSON.stringify(header.key) !== key || header.crc32 !== crc32(code)) return undefined;
  return code;
}

/** The cache file's bytes: its format, the header that says what it is for, and the code. */
function cacheBytes(key: string, code: Buffer): Buffer {
  const header = JSON.stringify({ key: JSON.parse(key) as unknown, crc32: crc32(code) });
  return Buffer.concat([Buffer.from(`${FORMAT}\n${header}\n`, 'utf8'), code]);
}

/**
 * Runs the script bundle `file`, with the code kept for it in `cacheDir` when there is code
 * there that can be trusted; none is read or kept without a cache folder. Undefined when the
 * bundle cannot be read, for the caller to run the program another way.
 */
export function runScript(file: string, cacheDir: string | undefined): CachedScript | undefined {
  const bundle = readFile(file, false);
  if (!bundle) return undefined;
  const key = bundle.key!;
  const path = cacheDir === undefined ? undefined : cacheFile(cacheDir, file);
  const code = path === undefined ? undefined : cachedCode(cacheDir!, path, key);
  // Bytes above 0x7f would be misread as Latin-1; the build checks that there are none.
  const script = new Script(bundle.bytes.toString('latin1'), { filename: file, ...(code ? { cachedData: code } : {}) });
  const fromCache = code !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as ScriptFunction)(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  return {
    exports: module.exports,
    fromCache,
    keep() {
      if (fromCache || path === undefined) return;
      try {
        ensurePrivateDir(cacheDir!);
        writeNewFile(cacheDir!, basename(path), cacheBytes(key, script.createCachedData()));
      } catch {
        // A cache folder that cannot be written: the next start compiles the source again.
      }
    },
  };
}
