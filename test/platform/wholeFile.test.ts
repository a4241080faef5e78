import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWhole } from '../../src/platform/wholeFile.js';

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
  it('writes text and bytes as they come', async () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    expect(await writeWhole(path, ['\uFEFF', '地区,数值\r\n', new Uint8Array([0x31, 0x0d, 0x0a])], 'create')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF地区,数值\r\n1\r\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it.each(['create', 'replace'] as const)('leaves no file and no temporary when the pieces fail midway (%s)', async (how) => {
    const dir = folder();
    await expect(writeWhole(join(dir, 'out.csv'), failing(), how)).rejects.toThrow('the rows broke');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a file it was to replace as it was when the pieces fail', async () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'before');
    await expect(writeWhole(path, failing(), 'replace')).rejects.toThrow('the rows broke');
    expect(readFileSync(path, 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('creates only where no file has the name, leaving the one there byte for byte', async () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    const before = Buffer.from([0xef, 0xbb, 0xbf, 0xe5, 0x9c, 0xb0, 0x0a, 0x00]);
    writeFileSync(path, before);
    expect(await writeWhole(path, ['new'], 'create')).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('replaces a file keeping its mode', async () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    expect(await writeWhole(path, ['new'], 'replace')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(mode(path)).toBe(0o640);
  });

  it('refuses to replace a read-only file, writing nothing', async () => {
    const dir = folder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'kept');
    chmodSync(path, 0o444);
    await expect(writeWhole(path, ['new'], 'replace')).rejects.toThrow(/read-only/u);
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('says why a folder cannot be written to, leaving nothing', async () => {
    const dir = folder();
    await expect(writeWhole(join(dir, 'missing', 'out.csv'), ['x'], 'replace')).rejects.toThrow(/ENOENT/u);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a file written whole from a stream', () => {
  it('writes what the stream gives, replacing the file', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    expect(await writeWhole(path, Readable.from([Buffer.from('PK'), Buffer.from('\u0003\u0004')]), 'replace')).toBe(true);
    expect(readFileSync(path, 'latin1')).toBe('PK\u0003\u0004');
    expect(mode(path)).toBe(0o600);
  });

  it('leaves no file and no temporary when the stream fails', async () => {
    const dir = folder();
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1, 2, 3]);
      throw new Error('the workbook broke');
    }
    await expect(writeWhole(join(dir, 'out.xlsx'), broken(), 'create')).rejects.toThrow('the workbook broke');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates only where no file has the name', async () => {
    const dir = folder();
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, 'mine');
    expect(await writeWhole(path, Readable.from([Buffer.from('new')]), 'create')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });
});

describe('what is at the name', () => {
  it('writes through a link: the file it points to is replaced, the link stays a link', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    expect(await writeWhole(join(dir, 'link.csv'), ['new'], 'replace')).toBe(true);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
    // A link is a name taken: create leaves it, and what it points to, alone.
    expect(await writeWhole(join(dir, 'link.csv'), ['newer'], 'create')).toBe(false);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
  });

  it('refuses a link to nothing, writing nothing', async () => {
    const dir = folder();
    symlinkSync('gone.csv', join(dir, 'link.csv'));
    await expect(writeWhole(join(dir, 'link.csv'), ['new'], 'replace')).rejects.toThrow(/link to nothing/u);
    expect(readdirSync(dir)).toEqual(['link.csv']);
  });

  it('feeds a device or a pipe as it is, never replacing it with a file', async () => {
    // A pipe stands for a device too (-o /dev/stdout): the test never writes to a real device, which a bug could replace.
    const dir = folder();
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (b: Buffer) => (read += b.toString('utf8')));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    expect(await writeWhole(fifo, ['地区,数值\n', '南宁,1800\n'], 'replace')).toBe(true);
    await closed;
    expect(read).toBe('地区,数值\n南宁,1800\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('says a folder is a folder', async () => {
    const dir = folder();
    await expect(writeWhole(dir, ['x'], 'replace')).rejects.toThrow(/is a folder/u);
  });
});

describe('a signal while a file is written', () => {
  it('removes the temporary file, and the process ends as the signal ends it', async () => {
    const dir = folder();
    const path = join(dir, 'big.json');
    // A writer that never finishes on its own: pieces for as long as it is let run.
    const script = `
      import { writeWhole } from ${JSON.stringify(join(process.cwd(), 'src/platform/wholeFile.ts'))};
      async function* endless() { for (;;) { yield 'x'.repeat(1 << 16); process.stdout.write('.'); } }
      await writeWhole(${JSON.stringify(path)}, endless(), 'replace');
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // Waits until the writer has written, then interrupts it.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});
