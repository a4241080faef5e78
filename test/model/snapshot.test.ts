import { exportWhole } from '../helpers.js';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli.js';

import { oneFolder, type DatasetLocation } from '../../src/model/load.js';
import { besideSnapshot, loadSnapshot, saveSnapshot, snapshotPath, type SnapshotCache } from '../../src/model/snapshotCache.js';
import { DatasetCopy, runBuiltCli } from '../helpers.js';

const FACT = 'nanning-2023-hitech-count';
const QUOTE_LINE = 'quote: 高新技术企业数量达1800家';

function cacheFor(): SnapshotCache {
  return { dir: mkdtempSync(join(tmpdir(), 'policy-explorer-cache-')), version: '1.2.3' };
}

function where(copy: DatasetCopy): DatasetLocation {
  return oneFolder(copy.dir, copy.seedsDir);
}

/** Loads in full and writes the snapshot, as a first start does. */
function snapshotted(copy: DatasetCopy, cache: SnapshotCache): string {
  const result = copy.load();
  expect(result.ok).toBe(true);
  expect(saveSnapshot(where(copy), cache, result).notice).toBeUndefined();
  return snapshotPath(cache.dir!, where(copy));
}

const missOf = (copy: DatasetCopy, cache: SnapshotCache) => {
  const loaded = loadSnapshot(where(copy), cache);
  return 'miss' in loaded ? loaded.miss : 'hit';
};

/**
 * A file system that keeps times to the second: the file's time is the same whole second
 * before and after an edit made within that second, just after the snapshot was written.
 */
function editWithinTheSecond(path: string, edit: () => void): void {
  const second = Math.floor(Date.now() / 1000);
  edit();
  utimesSync(path, second, second);
}

describe('the dataset snapshot', () => {
  it('gives back the dataset it was made of, export for export', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    snapshotted(copy, cache);
    const loaded = loadSnapshot(where(copy), cache);
    if (!('dataset' in loaded)) throw new Error(`no snapshot: ${loaded.miss}`);
    const fresh = copy.load();
    if (!fresh.ok) throw new Error('the copy does not load');
    for (const format of ['json', 'csv', 'yaml'] as const)
      expect(exportWhole(loaded.dataset, format)).toBe(exportWhole(fresh.dataset, format));
    expect(loaded.dataset.factById.get(FACT)).toEqual(fresh.dataset.factById.get(FACT));
    expect([...loaded.dataset.factsByIndicator.keys()]).toEqual([...fresh.dataset.factsByIndicator.keys()]);
    expect(loaded.dataset.documents.map((d) => d.text)).toEqual(fresh.dataset.documents.map((d) => d.text));
  });

  it('is not used once a document changes, even when its size and modification time stay the same', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    const file = copy.path('documents/nanning-plan-2021.yaml');
    const second = Math.floor(Date.now() / 1000);
    utimesSync(file, second, second);
    snapshotted(copy, cache);
    expect(missOf(copy, cache)).toBe('hit');
    const size = statSync(file).size;
    editWithinTheSecond(file, () => copy.replace('documents/nanning-plan-2021.yaml', 'measure: stock', 'measure: stocc'));
    expect(statSync(file).size).toBe(size);
    expect(missOf(copy, cache)).toBe('stale');
  });

  it('is not used once a document changes, even when its size stays and its modification time is put back (touch -r)', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    const file = copy.path('documents/nanning-plan-2021.yaml');
    const second = Math.floor(Date.now() / 1000);
    utimesSync(file, second, second);
    // Written long after the files last changed, so that no edit could hide in the same clock tick.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000);
    try {
      snapshotted(copy, cache);
    } finally {
      vi.useRealTimers();
    }
    expect(missOf(copy, cache)).toBe('hit');
    const before = statSync(file, { bigint: true });
    copy.replace('documents/nanning-plan-2021.yaml', 'measure: stock', 'measure: stocc');
    utimesSync(file, second, second);
    const after = statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    expect(after.ctimeNs, 'the edit is in a later clock tick than the snapshot’s files').not.toBe(before.ctimeNs);
    expect(missOf(copy, cache)).toBe('stale');
  });

  it('is used again after a file is only touched: its content decides', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    snapshotted(copy, cache);
    const later = new Date(Date.now() + 60_000);
    utimesSync(copy.path('places.yaml'), later, later);
    expect(missOf(copy, cache)).toBe('hit');
  });

  it('is not used when a document is added or removed, a seed changes, or the optional synonyms appear', () => {
    const cache = cacheFor();
    const added = new DatasetCopy();
    snapshotted(added, cache);
    added.write('documents/zz-new.yaml', added.read('documents/nanning-plan-2021.yaml'));
    expect(missOf(added, cache)).toBe('stale');

    const removed = new DatasetCopy();
    snapshotted(removed, cache);
    // Files that are not documents do not count.
    writeFileSync(removed.path('documents/notes.txt'), 'not a document');
    expect(missOf(removed, cache)).toBe('hit');
    rmSync(removed.path('documents/yangzhou-news-2024.yaml'));
    expect(missOf(removed, cache)).toBe('stale');

    const seeded = new DatasetCopy({ seeds: true });
    snapshotted(seeded, cache);
    const seed = join(seeded.seedsDir, '003_10172597df91bc87.txt');
    editWithinTheSecond(seed, () => writeFileSync(seed, readFileSync(seed, 'utf8').replace('1800', '1900')));
    expect(missOf(seeded, cache)).toBe('stale');

    const synonyms = new DatasetCopy();
    const text = synonyms.read('synonyms.yaml');
    rmSync(synonyms.path('synonyms.yaml'));
    snapshotted(synonyms, cache);
    expect(missOf(synonyms, cache)).toBe('hit');
    synonyms.write('synonyms.yaml', text);
    expect(missOf(synonyms, cache)).toBe('stale');
  });

  it('is not used by another version of the program', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    snapshotted(copy, cache);
    expect(missOf(copy, { ...cache, version: '1.2.4' })).toBe('stale');
  });

  it('is never trusted when damaged: a flipped byte, a cut, or another file in its place', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    const path = snapshotted(copy, cache);
    const bytes = readFileSync(path);
    for (const at of [bytes.length - 10, Math.floor(bytes.length / 2), 40]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0x20;
      writeFileSync(path, flipped);
      expect(missOf(copy, cache), `byte ${at} flipped`).toBe('corrupt');
    }
    for (const cut of [bytes.length - 1, 100, 5, 0]) {
      writeFileSync(path, bytes.subarray(0, cut));
      expect(missOf(copy, cache), `cut at ${cut}`).toBe('corrupt');
    }
    writeFileSync(path, 'policy-explorer dataset snapshot 1\n\u0000\u0000\u0000\u0004garbage');
    expect(missOf(copy, cache)).toBe('corrupt');
  });

  it('is not read from a cache folder that is not the user’s own', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    snapshotted(copy, cache);
    const elsewhere = mkdtempSync(join(tmpdir(), 'policy-explorer-cache-'));
    symlinkSync(join(cache.dir!, 'datasets'), join(elsewhere, 'datasets'));
    expect(missOf(copy, { ...cache, dir: elsewhere })).toBe('absent');
  });

  it('is not read through a symbolic link, even to a snapshot of its own', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    const path = snapshotted(copy, cache);
    const elsewhere = join(cache.dir!, 'elsewhere.snapshot');
    renameSync(path, elsewhere);
    symlinkSync(elsewhere, path);
    expect(missOf(copy, cache)).toBe('corrupt');
  });

  it.runIf(process.getuid?.() === 0)('is not read when another user owns it', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    const path = snapshotted(copy, cache);
    chownSync(path, 1, 1);
    expect(missOf(copy, cache)).toBe('corrupt');
  });

  it('is never written for a dataset with problems', () => {
    const copy = new DatasetCopy();
    const cache = cacheFor();
    copy.replace('documents/nanning-plan-2021.yaml', QUOTE_LINE, 'quote: 高新技术企业数量达1801家');
    const result = copy.load();
    expect(result.ok).toBe(false);
    expect(saveSnapshot(where(copy), cache, result)).toEqual({});
    expect(readdirSync(cache.dir!)).toEqual([]);
  });
});

describe('the commands with a snapshot cache', () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv) => {
    let out = '';
    let err = '';
    const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: {}, stdout: {}, env });
    return { code, out, err };
  };

  it('see an edit on the next run, and a damaged snapshot is made again', () => {
    const copy = new DatasetCopy();
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'policy-explorer-cache-')) };
    const args = ['show', FACT, '--format', 'json', '--data', copy.dir];
    expect(JSON.parse(cli(args, env).out)).toMatchObject({ value: 1800 });
    const path = snapshotPath(join(env.XDG_CACHE_HOME, 'policy-explorer'), where(copy));
    expect(existsSync(path)).toBe(true);
    copy.replace('documents/nanning-plan-2021.yaml', 'en: number of high-tech enterprises', 'en: number of high-tech firms');
    expect(cli(args, env).out).toContain('high-tech firms');
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
    expect(cli(args, env)).toMatchObject({ code: 0, err: '' });
    expect(statSync(path).size).toBeGreaterThan(1000);
    expect(cli(args, env).out).toContain('high-tech firms');
  });

  it('answer from the data when a FIFO stands where the snapshot goes, never waiting on it, and put a snapshot there', async () => {
    const copy = new DatasetCopy();
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'policy-explorer-cache-')) };
    const path = snapshotPath(join(env.XDG_CACHE_HOME, 'policy-explorer'), where(copy));
    mkdirSync(join(env.XDG_CACHE_HOME, 'policy-explorer', 'datasets'), { recursive: true, mode: 0o700 });
    execFileSync('mkfifo', [path]);
    const shown = await runBuiltCli(['show', FACT, '--format', 'json', '--data', copy.dir], env);
    expect(shown).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(shown.out)).toMatchObject({ id: FACT, value: 1800 });
    expect(lstatSync(path).isFile()).toBe(true);
  });

  it('build the search index again when a link to /dev/zero stands in its place, reading none of it', async () => {
    const copy = new DatasetCopy();
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'policy-explorer-cache-')) };
    const args = ['search', '瞪羚', '--limit', '3', '--data', copy.dir];
    const first = await runBuiltCli(args, env);
    expect(first).toMatchObject({ code: 0, err: '' });
    const index = besideSnapshot(snapshotPath(join(env.XDG_CACHE_HOME, 'policy-explorer'), where(copy)), 'search');
    rmSync(index);
    symlinkSync('/dev/zero', index);
    const again = await runBuiltCli(args, env);
    expect(again).toMatchObject({ code: 0, out: first.out, err: '' });
    // A start that builds the index anyway holds about 100 MB.
    expect(again.maxRss).toBeLessThan(256 * 1024 * 1024);
    expect(lstatSync(index).isFile()).toBe(true);
  });

  it('work without a cache that cannot be written, saying so in one line', () => {
    const copy = new DatasetCopy();
    const home = mkdtempSync(join(tmpdir(), 'policy-explorer-home-'));
    // A file where the cache folder would be: a write fails for root too, as on a read-only file system.
    writeFileSync(join(home, 'cache'), '');
    const result = cli(['show', FACT, '--data', copy.dir], { XDG_CACHE_HOME: join(home, 'cache') });
    expect(result.code).toBe(0);
    expect(result.out).toContain('1,800');
    expect(result.err).toMatch(
      /^policy-explorer: note: cannot write the cache in .*cache\/policy-explorer \(ENOTDIR\), so every start reads the data in full; set XDG_CACHE_HOME to a writable folder to start faster\.\n$/u,
    );
    const none = cli(['show', FACT, '--data', copy.dir], { HOME: '' });
    expect(none.code).toBe(0);
    expect(none.err).toMatch(/^policy-explorer: note: no cache folder/u);
  });

  it('skip the cache with --no-cache, and validate leaves a snapshot only for a sound dataset', () => {
    const copy = new DatasetCopy();
    const cacheHome = mkdtempSync(join(tmpdir(), 'policy-explorer-cache-'));
    const env = { XDG_CACHE_HOME: cacheHome };
    expect(cli(['show', FACT, '--no-cache', '--data', copy.dir], env).code).toBe(0);
    expect(readdirSync(cacheHome)).toEqual([]);
    copy.replace('documents/nanning-plan-2021.yaml', QUOTE_LINE, 'quote: 高新技术企业数量达1801家');
    expect(cli(['validate', copy.dir], env).code).toBe(1);
    expect(existsSync(join(cacheHome, 'policy-explorer', 'datasets'))).toBe(false);
    copy.replace('documents/nanning-plan-2021.yaml', 'quote: 高新技术企业数量达1801家', QUOTE_LINE);
    expect(cli(['validate', copy.dir], env).code).toBe(0);
    expect(readdirSync(join(cacheHome, 'policy-explorer', 'datasets'))).toHaveLength(1);
  });

  it('keep the cache folder private to the user', () => {
    if (process.getuid?.() === undefined) return;
    const cacheHome = mkdtempSync(join(tmpdir(), 'policy-explorer-cache-'));
    mkdirSync(join(cacheHome, 'policy-explorer', 'datasets'), { recursive: true });
    chmodSync(join(cacheHome, 'policy-explorer', 'datasets'), 0o777);
    expect(cli(['show', FACT], { XDG_CACHE_HOME: cacheHome }).code).toBe(0);
    expect(statSync(join(cacheHome, 'policy-explorer', 'datasets')).mode & 0o777).toBe(0o700);
  });
});
