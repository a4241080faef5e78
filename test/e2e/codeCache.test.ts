import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { Tmux } from './tmux.js';

// CI installs tmux (.ci/run); elsewhere the test says it was skipped rather than pass unseen.
const run = Tmux.available() || process.env.CI ? describe : describe.skip;

let tmux: Tmux | undefined;
afterEach(() => tmux?.kill());
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Starts the explorer of the package at `root` with XDG_CACHE_HOME `cache`, waits for its app, and quits it. */
async function startAndQuit(root: string, cache: string, args: string[] = []): Promise<void> {
  tmux?.kill();
  tmux = new Tmux();
  tmux.start(`env XDG_CACHE_HOME=${cache} node ${join(root, 'dist', 'cli.js')} ${args.join(' ')}`, 100, 30);
  await tmux.waitFor((s) => s.includes('1 Documents') && s.includes('? keys'));
  tmux.keys('q');
  await tmux.waitFor((s) => s.includes('EXITED:0'));
}

/** The code cache files in `cache`, and what each says it was kept for. */
function kept(cache: string): { name: string; bytes: Buffer; script: string }[] {
  const dir = join(cache, 'policy-explorer', 'code');
  return readdirSync(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    const header = bytes.toString('latin1', 0, 4096).split('\n');
    expect(header[0]).toBe('policy-explorer code cache 1');
    return { name, bytes, script: (JSON.parse(header[1]!) as { key: { script: { file: string } } }).key.script.file };
  });
}

run('the explorer’s code cache', () => {
  it('is kept after the first start, and one of other bytes or of another bundle is replaced while the explorer starts', async () => {
    const cache = folder('policy-explorer-code-e2e-');
    await startAndQuit(PACKAGE_ROOT, cache);
    const [first] = kept(cache);
    expect(first!.script).toBe(join(PACKAGE_ROOT, 'dist', 'explorer.cjs'));

    const path = join(cache, 'policy-explorer', 'code', first!.name);
    writeFileSync(path, Buffer.alloc(first!.bytes.length, 0x41));
    await startAndQuit(PACKAGE_ROOT, cache);
    expect(kept(cache)).toEqual([expect.objectContaining({ name: first!.name, script: first!.script })]);

    // A copy of the package: its bundle is another file, whose code is looked for under its own name.
    const copy = folder('policy-explorer-code-copy-');
    for (const part of ['dist', 'data', 'seeds', 'package.json']) cpSync(join(PACKAGE_ROOT, part), join(copy, part), { recursive: true });
    await startAndQuit(copy, cache);
    const ofCopy = kept(cache).find((k) => k.name !== first!.name)!;
    expect(ofCopy.script).toBe(join(copy, 'dist', 'explorer.cjs'));
    // The code kept for the package's bundle, put where the copy's is looked for.
    cpSync(path, join(cache, 'policy-explorer', 'code', ofCopy.name));
    await startAndQuit(copy, cache);
    expect(kept(cache).find((k) => k.name === ofCopy.name)!.script).toBe(join(copy, 'dist', 'explorer.cjs'));
  });

  it('is not kept by a command line that ends before the explorer draws, nor with --no-cache', async () => {
    const cache = folder('policy-explorer-code-mistake-');
    tmux = new Tmux();
    tmux.start(`env XDG_CACHE_HOME=${cache} node ${join(PACKAGE_ROOT, 'dist', 'cli.js')} --lang xx`, 100, 30);
    await tmux.waitFor((s) => s.includes('EXITED:2'));
    expect(existsSync(join(cache, 'policy-explorer', 'code'))).toBe(false);
    await startAndQuit(PACKAGE_ROOT, cache, ['--no-cache']);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('is not needed: the explorer starts where no cache can be written', async () => {
    const home = folder('policy-explorer-code-home-');
    // A file where the cache folder would be: a write fails for root too, as on a read-only file system.
    writeFileSync(join(home, 'cache'), '');
    await startAndQuit(PACKAGE_ROOT, join(home, 'cache'));
    expect(readFileSync(join(home, 'cache'), 'utf8')).toBe('');
  });
});
