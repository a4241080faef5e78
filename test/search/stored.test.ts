import { mkdtempSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMED_LIMIT, openForPieces } from '../../src/model/framed.js';
import { buildSearchIndex } from '../../src/search/build.js';
import { searchIndexOf } from '../../src/search/cached.js';
import { encodeIndex, readIndex } from '../../src/search/stored.js';
import { bundledDataset } from '../helpers.js';
import { TABLE } from './queries.js';

const dataset = bundledDataset();
const built = buildSearchIndex(dataset);

function stored(stamp = 'v:1:2'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-explorer-index-')), 'x.search');
  writeFileSync(path, encodeIndex(built, stamp));
  return path;
}

describe('a stored search index', () => {
  it('finds what the index it was stored from finds, for every query of the ranking table', () => {
    const read = readIndex(stored(), 'v:1:2');
    expect(read).toBeDefined();
    for (const [, query] of TABLE) expect(read!.search(query, { limit: 10 }), query).toEqual(built.search(query, { limit: 10 }));
  });

  it('is read only for the dataset it was stored for, and never when damaged', () => {
    const path = stored();
    expect(readIndex(path, 'v:1:3')).toBeUndefined();
    const bytes = readFileSync(path);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 100] = flipped[bytes.length - 100]! ^ 1;
    writeFileSync(path, flipped);
    expect(readIndex(path, 'v:1:2')).toBeUndefined();
    writeFileSync(path, bytes.subarray(0, bytes.length / 2));
    expect(readIndex(path, 'v:1:2')).toBeUndefined();
  });

  it('is built and stored when missing or damaged, then read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-explorer-index-'));
    const path = join(dir, 'datasets', 'x.search');
    const cached = { dataset, derived: { stamp: 's', own: path, write: path } };
    expect(searchIndexOf(cached).search('瞪羚', { limit: 3 })).toEqual(built.search('瞪羚', { limit: 3 }));
    expect(readIndex(path, 's')).toBeDefined();
    writeFileSync(path, 'damaged');
    searchIndexOf(cached);
    expect(statSync(path).size).toBeGreaterThan(1000);
  });

  it('is not read through a symbolic link, unless it is the one shipped with the program', () => {
    const path = stored();
    const link = `${path}.link`;
    symlinkSync(path, link);
    expect(readIndex(link, 'v:1:2')).toBeUndefined();
    expect(readIndex(link, 'v:1:2', { own: false })).toBeDefined();
  });

  it('is not opened when larger than the cache’s files may be', () => {
    const path = stored();
    // Sparse: as large as that to the file system, without the bytes.
    truncateSync(path, FRAMED_LIMIT + 1);
    expect(openForPieces(path)).toEqual({ error: `is larger than the 512 MiB limit (${FRAMED_LIMIT + 1} bytes)`, missing: false });
  });
});
