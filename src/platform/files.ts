import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fchmodSync,
  linkSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';

/**
 * Files the program writes for the user. They go to a directory only the user can enter,
 * are created exclusively (never through a link someone planted) and appear whole or not at
 * all: written under a temporary name, then renamed.
 */

const APP = 'policy-explorer';

/** Why a directory may not hold the user's files, or null when it is private to them. */
export function notPrivate(dir: string): string | null {
  const stat = lstatSync(dir);
  if (stat.isSymbolicLink()) return `${dir} is a symbolic link`;
  if (!stat.isDirectory()) return `${dir} is not a directory`;
  if (process.getuid && stat.uid !== process.getuid()) return `${dir} belongs to another user (uid ${stat.uid})`;
  if ((stat.mode & 0o077) !== 0) chmodSync(dir, 0o700);
  return null;
}

/**
 * A directory for the user's own files: policy-explorer/ under $XDG_STATE_HOME (or its default
 * ~/.local/state), else under $XDG_RUNTIME_DIR, else a new mode-0700 directory in the system's
 * temporary folder. A candidate that cannot be made, or that is not private, is passed over;
 * the reasons are thrown when none will do.
 */
export function privateDir(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME || (env.HOME ? join(env.HOME, '.local', 'state') : undefined);
  const bases = [state, env.XDG_RUNTIME_DIR].filter((b): b is string => b !== undefined && isAbsolute(b));
  const problems: string[] = [];
  for (const base of bases) {
    const dir = join(base, APP);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const problem = notPrivate(dir);
      if (problem === null) return dir;
      problems.push(problem);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  try {
    // mkdtemp makes the directory 0700 and ours, under a name no one could have taken first.
    const dir = mkdtempSync(join(env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : tmpdir(), `${APP}-`));
    const problem = notPrivate(dir);
    if (problem === null) return dir;
    problems.push(problem);
  } catch (error) {
    problems.push((error as Error).message);
  }
  throw new Error(`no private folder to save to (${problems.join('; ')})`);
}

/** What a file is written as, a piece at a time: text (as UTF-8) or bytes. */
export type Chunk = string | Uint8Array;

/**
 * A new temporary file beside `path` (created exclusively, under a name no one could have
 * chosen first), of mode `mode` (exactly, whatever the umask, when `exact`). Beside, so that
 * a rename or link puts it in place: those never cross a file system.
 */
export function openBeside(path: string, mode: number, exact: boolean): { temporary: string; fd: number } {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', mode);
  temporaries.add(temporary);
  try {
    if (exact) fchmodSync(fd, mode);
  } catch (error) {
    closeSync(fd);
    removeTemporary(temporary);
    throw error;
  }
  return { temporary, fd };
}

/** The temporary files being written or not yet in place, for a signal's way out to remove. */
const temporaries = new Set<string>();

function removeTemporary(temporary: string): void {
  temporaries.delete(temporary);
  rmSync(temporary, { force: true });
}

/**
 * Removes every temporary file not yet in place: a signal that ends the process (Ctrl-C during
 * a long export) must not leave a half-written file beside the one the user asked for.
 */
export function removeTemporaries(): void {
  for (const temporary of temporaries) removeTemporary(temporary);
}

export function writeChunk(fd: number, chunk: Chunk): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/** Syncs and closes the temporary file; on `failed`, closes and removes it instead. */
export function closeBeside({ temporary, fd }: { temporary: string; fd: number }, failed: boolean): void {
  try {
    if (!failed) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeTemporary(temporary);
    throw error;
  }
  closeSync(fd);
  if (failed) removeTemporary(temporary);
}

/**
 * A temporary file beside `path`, written whole and synced, of mode `mode` (exactly, whatever
 * the umask, when `exact`); the caller renames or links it into place. Nothing is left
 * behind when it cannot be written, whether a write fails or the pieces do (an iterator that throws).
 */
function writeBeside(path: string, data: Chunk | Iterable<Chunk>, mode: number, exact = false): string {
  const beside = openBeside(path, mode, exact);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeChunk(beside.fd, data);
    else for (const chunk of data) writeChunk(beside.fd, chunk);
  } catch (error) {
    closeBeside(beside, true);
    throw error;
  }
  closeBeside(beside, false);
  return beside.temporary;
}

/** Renames a temporary file into place, removing it when the rename fails. */
export function moveInto(temporary: string, path: string): void {
  try {
    renameSync(temporary, path);
  } catch (error) {
    removeTemporary(temporary);
    throw error;
  }
  temporaries.delete(temporary);
}

/** Writes `data` to `dir/name` as a new file of mode 0600, whole or not at all; returns its path. */
export function writeNewFile(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  moveInto(writeBeside(path, data, 0o600), path);
  return path;
}

/** The bytes of a file, or null when there is none. */
function bytesOf(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Replaces (or creates) a file of the user's own data whole or not at all: written beside it
 * under a temporary name, synced, then renamed over it. The file keeps its mode; a new one
 * gets the usual mode for the user's files (0666 less the umask). A read-only file is refused.
 * Given the bytes the file held when it was read (null: there was none), it is replaced only
 * if it still holds them just before the rename; else nothing is written and it returns false,
 * for the caller to read it again rather than lose what another program wrote meanwhile.
 */
export function replaceFile(path: string, data: string | Uint8Array, expected?: Uint8Array | null): boolean {
  const mode = writableMode(path);
  const temporary = mode === undefined ? writeBeside(path, data, 0o666) : writeBeside(path, data, mode, true);
  return putInPlace(temporary, path, expected);
}

/**
 * The mode of the file at `path`, undefined when there is none. A rename replaces a file
 * whatever its mode, and root may write any file: a person who took the write bits away meant
 * the file to stay as it is, so the mode is what is asked, and such a file is refused.
 */
export function writableMode(path: string): number | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    return undefined;
  }
  if ((mode & 0o222) === 0) {
    const octal = mode.toString(8).padStart(4, '0');
    throw Object.assign(new Error(`${path} is read-only (mode ${octal}): make it writable (chmod u+w) to change it`), { code: 'EACCES' });
  }
  return mode;
}

/** Renames `temporary` over `path` if `path` still holds `expected` (null: no file; undefined: whatever it holds); else removes it. */
function putInPlace(temporary: string, path: string, expected?: Uint8Array | null): boolean {
  if (expected !== undefined) {
    const now = bytesOf(path);
    if (now === null || expected === null ? now !== expected : !now.equals(expected)) {
      removeTemporary(temporary);
      return false;
    }
  }
  moveInto(temporary, path);
  return true;
}

/**
 * A file written whole under a temporary name beside `path`, to be read and checked there
 * before it takes its name: created only where no file has that name, or put in place of
 * the file only while it holds what was read. Whatever happens, the temporary file goes.
 */
export interface Staged {
  /** Where the staged bytes can be read before they are put in place. */
  readonly temporary: string;
  /** Gives the file its name only if no file has it (a hard link never replaces); false, and gone, when one has. */
  create(): boolean;
  /** Puts the file in place of `path` only if it still holds `expected`; false, and gone, when someone changed it since. */
  replace(expected: string): boolean;
  discard(): void;
}

/**
 * Gives a written temporary file the name `path` only if nothing has it: a hard link never
 * replaces, so two writers cannot both win. False when the name was taken; the temporary goes either way.
 */
export function linkInto(temporary: string, path: string): boolean {
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    removeTemporary(temporary);
  }
}

export function stage(path: string, data: string | Uint8Array): Staged {
  const temporary = writeBeside(path, data, 0o666);
  const discard = () => removeTemporary(temporary);
  return {
    temporary,
    discard,
    create: () => linkInto(temporary, path),
    // The staged bytes take the file's place as they are, in its mode: they are not written again.
    replace: (expected) => {
      try {
        const mode = writableMode(path);
        if (mode === undefined) return false;
        chmodSync(temporary, mode);
        return putInPlace(temporary, path, Buffer.from(expected, 'utf8'));
      } finally {
        discard();
      }
    },
  };
}

/**
 * Creates `path` whole, only if no file has that name: returns false, writing nothing, when
 * one has. Two programs creating one name at once cannot both succeed, and neither name ever
 * shows half a file. The new file gets the usual mode (0666 less the umask).
 */
export function createFile(path: string, data: string | Uint8Array): boolean {
  return stage(path, data).create();
}

/**
 * Replaces `path` with `data` only if it still holds `expected`, the text it was read as:
 * returns false, writing nothing, when someone changed it since or it is gone (a person's edit
 * is never overwritten by a program that read the file before it).
 */
export function replaceUnchanged(path: string, expected: string, data: string | Uint8Array): boolean {
  return replaceFile(path, data, Buffer.from(expected, 'utf8'));
}
