import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

/** Set by the bundler (scripts/build.mjs) to package.json's version; absent when run from source. */
declare const POLICY_EXPLORER_VERSION: string | undefined;

/** The package's version: fixed in the bundle, so --version reads no file; from package.json otherwise. */
export function version(): string {
  if (typeof POLICY_EXPLORER_VERSION === 'string') return POLICY_EXPLORER_VERSION;
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
