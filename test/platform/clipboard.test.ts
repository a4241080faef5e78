import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClipboard } from '../../src/platform/clipboard.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'pe-clip-'));
  dirs.push(d);
  return d;
}

/** A PATH with one fake tool, written as a shell script. */
function fakeTool(name: string, body: string): { path: string; out: string } {
  const bin = folder();
  const out = join(bin, 'received');
  writeFileSync(join(bin, name), `#!/bin/sh\n${body.replace('$OUT', out)}\n`);
  chmodSync(join(bin, name), 0o755);
  return { path: `${bin}:/usr/bin:/bin`, out };
}

class Terminal {
  written = '';
  constructor(readonly isTTY: boolean) {}
  write(text: string) {
    this.written += text;
  }
}

const TEXT = '南宁市 · 高新技术企业数量: 1,729 家 — “高新技術企業1729家”';

describe('copying', () => {
  it('sends OSC 52 and runs the native tool, which receives the exact text', async () => {
    const tool = fakeTool('xclip', 'cat > "$OUT"');
    const terminal = new Terminal(true);
    const result = await systemClipboard({ mode: 'auto', env: { DISPLAY: ':0', PATH: tool.path }, terminal }).copy(TEXT);
    expect(result.via).toEqual(['OSC 52', 'xclip']);
    expect(readFileSync(tool.out, 'utf8')).toBe(TEXT);
    expect(terminal.written).toMatch(/^\u001B\]52;c;/u);
  });

  it('inside tmux also sends the passthrough form', async () => {
    const terminal = new Terminal(true);
    await systemClipboard({ mode: 'osc52', env: { TMUX: '/tmp/x,1,0', PATH: '' }, terminal }).copy('x');
    expect(terminal.written).toContain('\u001BPtmux;');
  });

  it('over SSH leaves the remote machine’s clipboard alone', async () => {
    const tool = fakeTool('xclip', 'cat > "$OUT"');
    const result = await systemClipboard({
      mode: 'auto',
      env: { DISPLAY: ':0', SSH_TTY: '/dev/pts/1', PATH: tool.path },
      terminal: new Terminal(true),
    }).copy(TEXT);
    expect(result.via).toEqual(['OSC 52']);
  });

  it('times out a hung tool and keeps the text in a file', async () => {
    const tool = fakeTool('xclip', 'sleep 5');
    const fallbackDir = folder();
    const started = Date.now();
    const result = await systemClipboard({ mode: 'native', env: { DISPLAY: ':0', PATH: tool.path }, timeoutMs: 300, fallbackDir }).copy(
      TEXT,
    );
    expect(Date.now() - started).toBeLessThan(4500);
    expect(result.via).toEqual([]);
    expect(result.problems.join()).toMatch(/xclip did not finish/u);
    expect(readFileSync(result.file!, 'utf8')).toBe(TEXT);
  });

  it('with no display, no tool and no terminal, says why and saves the text', async () => {
    const fallbackDir = folder();
    const result = await systemClipboard({ mode: 'auto', env: { PATH: '' }, terminal: new Terminal(false), fallbackDir }).copy(TEXT);
    expect(result.via).toEqual([]);
    expect(result.problems).toEqual(['OSC 52 needs a terminal', 'no clipboard tool found (pbcopy, wl-copy, xclip, xsel, clip.exe)']);
    expect(readdirSync(fallbackDir)).toHaveLength(1);
    expect(readFileSync(result.file!, 'utf8')).toBe(TEXT);
  });

  it('off writes only the file', async () => {
    const terminal = new Terminal(true);
    const result = await systemClipboard({ mode: 'off', env: { PATH: '' }, terminal, fallbackDir: folder() }).copy(TEXT);
    expect(terminal.written).toBe('');
    expect(result.problems).toEqual(['clipboard is off']);
    expect(readFileSync(result.file!, 'utf8')).toBe(TEXT);
  });

  it('reports a tool that fails, with its message', async () => {
    const tool = fakeTool('xclip', 'echo "Error: Can\'t open display: :0" >&2; exit 1');
    const result = await systemClipboard({ mode: 'native', env: { DISPLAY: ':0', PATH: tool.path }, fallbackDir: folder() }).copy(TEXT);
    expect(result.problems).toEqual(["xclip failed: Error: Can't open display: :0"]);
  });

  it('reads the whole message of a failed tool, even what reaches the pipe after it exits', async () => {
    // The rest is written by a child that waits until the tool has exited and been reaped
    // (kill -0 still finds a zombie), so it comes strictly after the exit event.
    const tool = fakeTool(
      'xclip',
      ['printf "Error: " >&2', '(while kill -0 $$ 2>/dev/null; do sleep 0.01; done; echo "Can\'t open display: :0" >&2) &', 'exit 1'].join(
        '\n',
      ),
    );
    const result = await systemClipboard({ mode: 'native', env: { DISPLAY: ':0', PATH: tool.path }, fallbackDir: folder() }).copy(TEXT);
    expect(result.problems).toEqual(["xclip failed: Error: Can't open display: :0"]);
  });
});

describe('a tool that leaves a child holding its stderr', () => {
  /** A child that holds stderr while the file exists (each test's folder goes after it), 10 s at most. */
  function holder(): string {
    const hold = join(folder(), 'hold');
    writeFileSync(hold, '');
    return `(i=0; while [ -e "${hold}" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done) &`;
  }

  it('succeeds at once, as xclip does when it forks to keep the selection', async () => {
    const tool = fakeTool('xclip', `cat > "$OUT"\n${holder()}\nexit 0`);
    const result = await systemClipboard({
      mode: 'native',
      env: { DISPLAY: ':0', PATH: tool.path },
      timeoutMs: 5000,
      fallbackDir: folder(),
    }).copy(TEXT);
    // Waiting for the held stderr would run into the timeout, and report a hung tool instead.
    expect(result).toEqual({ via: ['xclip'], problems: [] });
    expect(readFileSync(tool.out, 'utf8')).toBe(TEXT);
  });

  it('fails with the message it has by the timeout, not as a hung tool', async () => {
    const tool = fakeTool('xclip', `echo "Error: no selection owner" >&2\n${holder()}\nexit 1`);
    const result = await systemClipboard({
      mode: 'native',
      env: { DISPLAY: ':0', PATH: tool.path },
      timeoutMs: 3000,
      fallbackDir: folder(),
    }).copy(TEXT);
    expect(result.problems).toEqual(['xclip failed: Error: no selection owner']);
  });
});
