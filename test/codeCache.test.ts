import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScript } from '../src/codeCache.js';

/** A script bundle as the build makes them: one function expression of the CommonJS variables and import.meta.url. */
function bundle(dir: string, name = 'program.cjs', answer = 42): string {
  const file = join(dir, name);
  const body = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n');
  writeFileSync(
    file,
    `(function (exports, require, module, __filename, __dirname, importMetaUrl) {\n${body}\nexports.answer = f0(${answer});\nexports.where = [__filename, __dirname, importMetaUrl, typeof require('node:path').join];\n})`,
  );
  return file;
}

function folders(): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'policy-explorer-code-'));
  return { dir, cache: join(dir, 'cache', 'code') };
}

/** Runs the bundle and keeps its code, as the explorer does after its first frame. */
function run(file: string, cache: string | undefined) {
  const script = runScript(file, cache)!;
  script.keep();
  return script;
}

const cacheFiles = (cache: string) => readdirSync(cache).filter((f) => !f.startsWith('.'));

describe('a script bundle run with its code cache', () => {
  it('runs compiled from its source first, keeps its code in a private folder, and runs from that code next', () => {
    const { dir, cache } = folders();
    const file = bundle(dir);
    const first = run(file, cache);
    expect(first.fromCache).toBe(false);
    expect(first.exports.answer).toBe(42);
    expect(first.exports.where).toEqual([file, dir, pathToFileURL(file).href, 'function']);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const [kept] = cacheFiles(cache);
    expect(statSync(join(cache, kept!)).mode & 0o777).toBe(0o600);
    const again = run(file, cache);
    expect(again.fromCache).toBe(true);
    expect(again.exports.answer).toBe(42);
    expect(cacheFiles(cache)).toEqual([kept]);
  });

  it('ignores a cache file of other bytes, of bytes changed after its header, or a link to one, and replaces it', () => {
    const { dir, cache } = folders();
    const file = bundle(dir);
    run(file, cache);
    const path = join(cache, cacheFiles(cache)[0]!);
    const good = readFileSync(path);
    const damaged = [
      Buffer.alloc(good.length, 0x41),
      Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([good[good.length - 1]! ^ 1])]),
      good.subarray(0, good.length - 100),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      writeFileSync(path, bytes);
      const script = run(file, cache);
      expect(script.fromCache).toBe(false);
      expect(script.exports.answer).toBe(42);
      expect(readFileSync(path).equals(bytes)).toBe(false);
      expect(run(file, cache).fromCache).toBe(true);
    }
    // A link to good code is not the program's own file: it is not followed.
    renameSync(path, join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), path);
    expect(runScript(file, cache)!.fromCache).toBe(false);
  });

  it('never uses the code kept for another bundle, even of the same length, nor after the bundle changed', () => {
    const { dir, cache } = folders();
    const one = bundle(dir, 'one.cjs', 1);
    const two = bundle(dir, 'two.cjs', 2);
    run(one, cache);
    const [ofOne] = cacheFiles(cache);
    run(two, cache);
    const ofTwo = cacheFiles(cache).find((f) => f !== ofOne)!;
    // The code kept for one, put where two's is looked for.
    copyFileSync(join(cache, ofOne!), join(cache, ofTwo));
    const script = runScript(two, cache)!;
    expect(script.fromCache).toBe(false);
    expect(script.exports.answer).toBe(2);
    // One rewritten with other code of the same length: its kept code is of the old bundle.
    expect(run(one, cache).fromCache).toBe(true);
    const before = readFileSync(one);
    bundle(dir, 'one.cjs', 7);
    expect(readFileSync(one).length).toBe(before.length);
    const changed = runScript(one, cache)!;
    expect(changed.fromCache).toBe(false);
    expect(changed.exports.answer).toBe(7);
  });

  it('runs, keeping nothing, without a cache folder or with one that cannot be written', () => {
    const { dir, cache } = folders();
    const file = bundle(dir);
    expect(run(file, undefined).exports.answer).toBe(42);
    // A file where the cache folder would be: a write fails for root too, as on a read-only file system.
    mkdirSync(join(dir, 'cache'));
    writeFileSync(cache, '');
    const script = run(file, cache);
    expect(script.exports.answer).toBe(42);
    expect(script.fromCache).toBe(false);
    expect(readFileSync(cache, 'utf8')).toBe('');
  });

  it('runs from its source when its cache folder is read-only to the user', () => {
    if (process.getuid?.() === 0) return;
    const { dir, cache } = folders();
    const file = bundle(dir);
    mkdirSync(cache, { recursive: true });
    chmodSync(cache, 0o500);
    const script = run(file, cache);
    expect(script.exports.answer).toBe(42);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('reads no code from a cache folder others may write to', () => {
    if (process.getuid?.() !== 0) return;
    const { dir, cache } = folders();
    const file = bundle(dir);
    run(file, cache);
    // Someone else's folder: what it holds could have been put there by them.
    chownSync(cache, 1, 1);
    expect(runScript(file, cache)!.fromCache).toBe(false);
  });

  it('is not run when the bundle cannot be read', () => {
    const { dir, cache } = folders();
    expect(runScript(join(dir, 'missing.cjs'), cache)).toBeUndefined();
  });
});
