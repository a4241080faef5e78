import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

/** Set by the bundler (scripts/build.mjs) to package.json's version; absent when run from source. */
declare const POLICY_EXPLORER_VERSION: string | undefined;

/** The package's version: fixed in the bundle, so --version reads no file; from package.json otherwise. */
export function version(): string {
  if (typeof POLICY_EXPLORER_VERSION === 'string') return POLICY_EXPLORER_VERSION;
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Set by the bundler to a hash of the sources the bundle was built from; absent when run from source. */
declare const POLICY_EXPLORER_BUILD: string | undefined;

let snapshotVersionOnce: string | undefined;

/**
 * What a snapshot must have been written by to be read: the version, and the build, since a
 * change to the code (a field added to the schema, a new way of cleaning) can change what a
 * dataset loads as without a new version number. Run from source, the build is a hash of
 * the source files themselves.
 */
export function snapshotVersion(): string {
  // Worked out once a process: from source it reads every file under src/.
  return (snapshotVersionOnce ??= `${version()}+${typeof POLICY_EXPLORER_BUILD === 'string' ? POLICY_EXPLORER_BUILD : sourceHash(join(PACKAGE_ROOT, 'src'))}`);
}

/** A hash of every file under `dir`, by path and content. */
export function sourceHash(dir: string): string {
  const hash = createHash('sha1');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
  return hash.digest('hex').slice(0, 12);
}
