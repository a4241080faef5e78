import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { Tmux } from './tmux.js';

const CLI = `node ${join(PACKAGE_ROOT, 'dist', 'cli.js')}`;
const FACT = 'nanning-2024-hitech-count';
const expected = () =>
  execFileSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'cli.js'), 'show', FACT], { encoding: 'utf8' }).replace(/\n$/u, '');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

let tmux: Tmux | undefined;
let xvfb: ChildProcess | undefined;
afterEach(() => {
  tmux?.kill();
  xvfb?.kill();
});

/** Starts Xvfb on a free display and resolves once it accepts clients: it writes the display number to fd 3 then. */
function startXvfb(): Promise<string> {
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '800x600x16', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  xvfb = x;
  let errors = '';
  x.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    let written = '';
    x.stdio[3]!.on('data', (d: Buffer) => {
      written += d.toString();
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    x.on('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it was ready: ${errors.trim()}`)));
  });
}

/** Finds the fact with the search box, opens it, and presses c. */
async function copyFact(t: Tmux): Promise<string> {
  await t.waitFor((s) => s.includes('1 Documents'));
  t.keys('/', '1729');
  await t.waitFor((s) => s.includes('1 result'));
  t.keys('Enter');
  await t.waitFor((s) => s.includes('Detail'));
  t.keys('c');
  return t.waitFor((s) => /copied 1 fact via|could not copy/u.test(s));
}

// CI installs tmux, Xvfb and xclip (.ci/run); elsewhere the tests say they were skipped.
(Tmux.available() || process.env.CI ? describe : describe.skip)('copying in tmux', () => {
  it('OSC 52 lands in tmux’s buffer with set-clipboard on, exactly', async () => {
    tmux = new Tmux();
    tmux.start(`${CLI} --clipboard osc52`, 120, 40, [['set-clipboard', 'on']]);
    expect(await copyFact(tmux)).toContain('copied 1 fact via OSC 52');
    expect(tmux.buffer()).toBe(expected());
  });

  it('auto adds tmux’s own buffer, which works with tmux’s default settings', async () => {
    tmux = new Tmux();
    tmux.start(`env -u DISPLAY -u WAYLAND_DISPLAY ${CLI}`, 120, 40);
    expect(await copyFact(tmux)).toContain('copied 1 fact via OSC 52 + tmux buffer');
    expect(tmux.buffer()).toBe(expected());
  });

  it('off says so and keeps the text in a private file whose path it shows whole', async () => {
    const state = mkdtempSync(join(tmpdir(), 'pe-state-'));
    try {
      tmux = new Tmux();
      tmux.start(`env XDG_STATE_HOME=${state} ${CLI} --clipboard off`, 160, 40);
      const screen = await copyFact(tmux);
      expect(screen).toContain('could not copy (clipboard is off)');
      const file = /saved to (\S+\.txt)/u.exec(screen)?.[1];
      expect(file?.startsWith(join(state, 'policy-explorer', 'copied-'))).toBe(true);
      expect(readFileSync(file!, 'utf8')).toBe(expected());
      expect(statSync(file!).mode & 0o777).toBe(0o600);
      expect(statSync(join(state, 'policy-explorer')).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });
});

(has('Xvfb') && has('xclip') && Tmux.available() ? describe : process.env.CI ? describe : describe.skip)('copying to an X display', () => {
  it('xclip receives the exact text, read back with xclip -o', async () => {
    const display = await startXvfb();
    tmux = new Tmux();
    tmux.start(`env DISPLAY=${display} ${CLI} --clipboard native`, 120, 40);
    expect(await copyFact(tmux)).toContain('copied 1 fact via xclip');
    const pasted = execFileSync('xclip', ['-o', '-selection', 'clipboard'], {
      env: { ...process.env, DISPLAY: display },
      encoding: 'utf8',
    });
    expect(pasted).toBe(expected());
  });
});
