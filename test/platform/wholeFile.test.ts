import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWhole, writeWholeAsync } from '../../src/platform/files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'pe-whole-'));
  dirs.push(d);
  return d;
}
const mode = (path: string) => lstatSync(path).mode & 0o777;

/** Pieces that fail after the first two, as a writer's rows might. */
function* failing(): Generator<string> {
  yield 'a,b\r\n';
  yield '1,2\r\n';
  throw new Error('the rows broke');
}

describe('a file written whole from pieces', () => {
  it('writes text and bytes as they come', () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    expect(writeWhole(path, ['\uFEFF', '地区,数值\r\n', new Uint8Array([0x31, 0x0d, 0x0a])], 'create')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF地区,数值\r\n1\r\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it.each(['create', 'replace'] as const)('leaves no file and no temporary when the pieces fail midway (%s)', (how) => {
    const dir = folder();
    expect(() => writeWhole(join(dir, 'out.csv'), failing(), how)).toThrow('the rows broke');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a file it was to replace as it was when the pieces fail', () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'before');
    expect(() => writeWhole(path, failing(), 'replace')).toThrow('the rows broke');
    expect(readFileSync(path, 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('creates only where no file has the name, leaving the one there byte for byte', () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    const before = Buffer.from([0xef, 0xbb, 0xbf, 0xe5, 0x9c, 0xb0, 0x0a, 0x00]);
    writeFileSync(path, before);
    expect(writeWhole(path, ['new'], 'create')).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('replaces a file keeping its mode', () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    expect(writeWhole(path, ['new'], 'replace')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(mode(path)).toBe(0o640);
  });

  it('refuses to replace a read-only file, writing nothing', () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'kept');
    chmodSync(path, 0o444);
    expect(() => writeWhole(path, ['new'], 'replace')).toThrow(/read-only/u);
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('says why a folder cannot be written to, leaving nothing', () => {
    const dir = folder();
    expect(() => writeWhole(join(dir, 'missing', 'out.csv'), ['x'], 'replace')).toThrow(/ENOENT/u);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a file written whole from a stream', () => {
  it('writes what the stream gives, replacing the file', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    expect(await writeWholeAsync(path, Readable.from([Buffer.from('PK'), Buffer.from('\u0003\u0004')]), 'replace')).toBe(true);
    expect(readFileSync(path, 'latin1')).toBe('PK\u0003\u0004');
    expect(mode(path)).toBe(0o600);
  });

  it('leaves no file and no temporary when the stream fails', async () => {
    const dir = folder();
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1, 2, 3]);
      throw new Error('the workbook broke');
    }
    await expect(writeWholeAsync(join(dir, 'out.xlsx'), broken(), 'create')).rejects.toThrow('the workbook broke');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates only where no file has the name', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'mine');
    expect(await writeWholeAsync(path, Readable.from([Buffer.from('new')]), 'create')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });
});
