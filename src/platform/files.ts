import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fchmodSync,
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

/** Writes `data` to `dir/name` as a new file of mode 0600, whole or not at all; returns its path. */
export function writeNewFile(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  const temporary = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
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
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    mode = undefined;
  }
  // A rename replaces a file whatever its mode, and root may write any file: a person who took
  // the write bits away meant the file to stay as it is, so the mode is what is asked.
  if (mode !== undefined && (mode & 0o222) === 0) {
    throw Object.assign(
      new Error(`${path} is read-only (mode ${mode.toString(8).padStart(4, '0')}): make it writable (chmod u+w) to change it`),
      {
        code: 'EACCES',
      },
    );
  }
  const fd = openSync(temporary, 'wx', 0o666);
  try {
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (expected !== undefined) {
      const now = bytesOf(path);
      if (now === null || expected === null ? now !== expected : !now.equals(expected)) {
        rmSync(temporary, { force: true });
        return false;
      }
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}
