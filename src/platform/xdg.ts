import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { notPrivate } from './files.js';

const APP = 'policy-explorer';

/**
 * Where the program keeps what it can make again (the dataset snapshots): policy-explorer/
 * under $XDG_CACHE_HOME, else under ~/.cache, as the XDG base directory specification says.
 * A relative $XDG_CACHE_HOME is ignored, as the specification asks. Undefined when there is
 * no home to put it in.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : env.HOME ? join(env.HOME, '.cache') : undefined;
  return base === undefined ? undefined : join(base, APP);
}

/**
 * Makes the cache directory if it is not there, private to the user: a snapshot planted by
 * someone else would be read as the dataset. Throws with the reason when it will not do.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const problem = notPrivate(dir);
  if (problem !== null) throw new Error(problem);
}

/**
 * Where the user's settings live: policy-explorer/ under $XDG_CONFIG_HOME, else under
 * ~/.config. A relative $XDG_CONFIG_HOME is ignored, as the specification asks.
 */
export function configDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : env.HOME ? join(env.HOME, '.config') : undefined;
  return base === undefined ? undefined : join(base, APP);
}
