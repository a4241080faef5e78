import { lstatSync, openSync, closeSync, realpathSync } from 'node:fs';
import { constants } from 'node:os';
import { closeBeside, linkInto, moveInto, openBeside, removeTemporaries, writableMode, writeChunk, type Chunk } from './files.js';

/**
 * A file the user named, written from pieces as they come (an export of 142,000 figures, a
 * workbook), whole or not at all: into a temporary file beside it, synced, then given its
 * name. What is at the name is respected: a link is written through (the file it points to is
 * replaced, the link stays), and a device or a pipe (`-o /dev/stdout`, a FIFO) is written to as
 * it is, since it cannot be replaced, only fed. A signal that ends the process while a file is
 * written (Ctrl-C) removes the temporary file first.
 */

/**
 * How the file takes its name: `create` only where nothing has it (a hard link never replaces,
 * so two writers cannot both win); `replace` whatever file is there, keeping its mode and
 * refusing a read-only one.
 */
export type Placing = 'create' | 'replace';

type Target = { readonly kind: 'none' | 'file' | 'stream'; readonly path: string };

/** What is at `path`: nothing, a regular file (through any links), or something written to as a stream. */
function targetOf(path: string): Target {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none', path };
    throw error;
  }
  if (stat.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      throw Object.assign(new Error(`${path} is a link to nothing: remove it, or name another file`), { code: 'ENOENT' });
    }
    return targetOf(real);
  }
  if (stat.isFile()) return { kind: 'file', path };
  if (stat.isFIFO() || stat.isCharacterDevice()) return { kind: 'stream', path };
  if (stat.isDirectory()) throw Object.assign(new Error(`${path} is a folder: name a file in it`), { code: 'EISDIR' });
  throw Object.assign(new Error(`${path} is not a file (a socket or a block device): name a file`), { code: 'EINVAL' });
}

/** How many characters go by between two turns of the event loop, where a signal's handler can run. */
const TURN = 1 << 20;

/**
 * The pieces in blocks of about 64 KiB (text pieces joined; bytes as they come): a system
 * call a block, not a row. After about every megabyte the event loop gets a turn.
 */
async function* paced(chunks: Iterable<Chunk> | AsyncIterable<Chunk>): AsyncGenerator<Chunk> {
  let since = 0;
  let text = '';
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') text += chunk;
    if (typeof chunk !== 'string' || text.length >= BLOCK) {
      if (text !== '') yield text;
      if (typeof chunk !== 'string') yield chunk;
      since += text.length + (typeof chunk === 'string' ? 0 : chunk.length);
      text = '';
    }
    if (since >= TURN) {
      since = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (text !== '') yield text;
}

const BLOCK = 65_536;

const ENDING: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * While a file is written, a signal that would end the process removes its temporary file
 * first, then ends it with the code a shell expects. Where something else already answers a
 * signal (the explorer restores the terminal, and removes the temporaries itself), it is left to.
 */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  const handlers = ENDING.filter((signal) => process.listenerCount(signal) === 0).map((signal) => {
    const handler = () => {
      removeTemporaries();
      process.exit(128 + constants.signals[signal]);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return await work();
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}

/**
 * Writes `chunks` to `path` as they come, whole or not at all; false when `create` found the
 * name taken. On any failure, the pieces' or the disk's, the temporary file is gone and what
 * was at `path` is as it was.
 */
export function writeWhole(path: string, chunks: Iterable<Chunk> | AsyncIterable<Chunk>, how: Placing): Promise<boolean> {
  return guarded(async () => {
    const target = targetOf(path);
    if (target.kind !== 'none' && how === 'create') return false;
    if (target.kind === 'stream') {
      const fd = openSync(target.path, 'w');
      try {
        for await (const chunk of paced(chunks)) writeChunk(fd, chunk);
      } finally {
        closeSync(fd);
      }
      return true;
    }
    const mode = writableMode(target.path);
    const beside = mode === undefined ? openBeside(target.path, 0o666, false) : openBeside(target.path, mode, true);
    try {
      for await (const chunk of paced(chunks)) writeChunk(beside.fd, chunk);
    } catch (error) {
      closeBeside(beside, true);
      throw error;
    }
    closeBeside(beside, false);
    if (how === 'replace') {
      moveInto(beside.temporary, target.path);
      return true;
    }
    return linkInto(beside.temporary, target.path);
  });
}
