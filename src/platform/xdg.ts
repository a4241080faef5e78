import { mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { notPrivate } from './files.js';

const APP = 'policy-explorer';

/**
 * policy-explorer/ under the XDG base directory `variable` names, else under its default in
 * the home folder. A relative value is ignored, as the specification asks. Undefined when
 * there is no home to put it in.
 */
function xdgDir(env: NodeJS.ProcessEnv, variable: 'XDG_CACHE_HOME' | 'XDG_CONFIG_HOME', inHome: string): string | undefined {
  const value = env[variable];
  const base = value && isAbsolute(value) ? value : env.HOME ? join(env.HOME, inHome) : undefined;
  return base === undefined ? undefined : join(base, APP);
}

/** Where the program keeps what it can make again (the dataset snapshots): under $XDG_CACHE_HOME, else ~/.cache. */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string | undefined => xdgDir(env, 'XDG_CACHE_HOME', '.cache');

/**
 * Makes the cache directory if it is not there, private to the user: a snapshot planted by
 * someone else would be read as the dataset. Throws with the reason when it will not do.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const problem = notPrivate(dir);
  if (problem !== null) throw new Error(problem);
}

/** Where the user's settings live: under $XDG_CONFIG_HOME, else ~/.config. */
export const configDir = (env: NodeJS.ProcessEnv = process.env): string | undefined => xdgDir(env, 'XDG_CONFIG_HOME', '.config');
