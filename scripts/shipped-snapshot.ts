// Writes the snapshot of the bundled data, and its search index, that ship in dist/, so
// that the first start after an install reads no YAML and the first search builds nothing.
// Run by scripts/build.mjs; fails the build if the data has problems.
import { chmodSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadDataset, oneFolder } from '../src/model/load.js';
import { besideSnapshot, shippedSnapshot } from '../src/model/snapshotCache.js';
import { BUNDLED_DATA, BUNDLED_SEEDS, PACKAGE_ROOT, SHIPPED_SNAPSHOT } from '../src/paths.js';
import { writeNewFile } from '../src/platform/files.js';
import { buildSearchIndex } from '../src/search/build.js';
import { encodeIndex } from '../src/search/stored.js';
import { snapshotVersion } from '../src/version.js';

const result = loadDataset(oneFolder(BUNDLED_DATA, BUNDLED_SEEDS));
const snapshot = shippedSnapshot(result, PACKAGE_ROOT, snapshotVersion());
if (!result.ok || !snapshot) {
  console.error('the bundled data has problems: run "npx policy-explorer validate" for the list');
  process.exit(1);
}
// Read by whoever runs the installed program, not only by its owner.
const ship = (path: string, bytes: Uint8Array) => chmodSync(writeNewFile(dirname(path), basename(path), bytes), 0o644);
ship(SHIPPED_SNAPSHOT.path, snapshot.bytes);
ship(besideSnapshot(SHIPPED_SNAPSHOT.path, 'search'), encodeIndex(buildSearchIndex(result.dataset), snapshot.stamp));
