import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A tmux server of its own, to run the built CLI in a real terminal and read its screen. */
export class Tmux {
  private readonly socket = `policy-explorer-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  /** A settings folder of its own: the explorer saves its settings, and must not read or write the user's. */
  private readonly config = mkdtempSync(join(tmpdir(), 'policy-explorer-e2e-config-'));

  static available(): boolean {
    return spawnSync('tmux', ['-V']).status === 0;
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TERM: process.env.TERM || 'xterm-256color' },
    });
  }

  /** Starts `command` in a window of the given size; the shell line after it reports the exit code. */
  start(command: string, columns: number, rows: number, options: string[][] = []): void {
    // The server starts with a placeholder session so options can be set before the app runs.
    this.tmux('new-session', '-d', '-s', 'setup', 'sleep 60');
    for (const option of options) this.tmux('set-option', '-g', ...option);
    // CI makes Ink draw only the last frame, so the app runs without it.
    // Each run starts from no settings, in a config folder of its own.
    const config = mkdtempSync(join(this.config, 'run-'));
    this.tmux(
      'new-session',
      '-d',
      '-s',
      'e2e',
      '-x',
      String(columns),
      '-y',
      String(rows),
      `env -u CI XDG_CONFIG_HOME=${config} ${command}; echo "EXITED:$?"; sleep 30`,
    );
  }

  /**
   * Starts an interactive shell with job control in a window of the given size, and runs
   * `command` at its prompt: Ctrl-Z stops it there and `fg` brings it back, as for a user.
   * The shell's history goes to the test's own folder.
   */
  startInShell(command: string, columns: number, rows: number): void {
    const config = mkdtempSync(join(this.config, 'run-'));
    const shell = `env -u CI XDG_CONFIG_HOME=${config} HISTFILE=${join(config, 'history')} PS1='$ ' bash --norc --noprofile -i`;
    this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(columns), '-y', String(rows), shell);
    this.line(command);
  }

  /** Types a line at the shell's prompt and presses Enter. */
  line(text: string): void {
    this.literal(text);
    this.keys('Enter');
  }

  /** Pastes text as a terminal does, marked as a paste for an app that asked for bracketed paste. */
  paste(text: string): void {
    // Through a file: a long paste is longer than one argument may be (E2BIG).
    const file = join(mkdtempSync(join(tmpdir(), 'pe-paste-')), 'paste.txt');
    writeFileSync(file, text);
    this.tmux('load-buffer', '-b', 'e2e-paste', file);
    rmSync(dirname(file), { recursive: true, force: true });
    this.tmux('paste-buffer', '-p', '-d', '-b', 'e2e-paste', '-t', 'e2e');
  }

  /** The newest tmux paste buffer, where OSC 52 lands with set-clipboard on. */
  buffer(): string {
    return this.tmux('show-buffer');
  }

  keys(...keys: string[]): void {
    for (const k of keys) this.tmux('send-keys', '-t', 'e2e', k);
  }

  /** Sends text as it is, not as key names: a paste. */
  literal(text: string): void {
    this.tmux('send-keys', '-t', 'e2e', '-l', text);
  }

  /** Sends raw bytes, such as an escape sequence tmux has no key name for. */
  bytes(data: string): void {
    const hex = [...Buffer.from(data, 'utf8')].map((b) => b.toString(16).padStart(2, '0'));
    this.tmux('send-keys', '-t', 'e2e', '-H', ...hex);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'e2e');
  }

  /** Whether the pane is in the alternate screen right now. */
  alternate(): boolean {
    return this.tmux('display-message', '-p', '-t', 'e2e', '#{alternate_on}').trim() === '1';
  }

  /** Sends a signal to the command the pane's shell is running. */
  signal(signal: NodeJS.Signals): void {
    const shell = this.tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
    const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/u);
    for (const pid of children) process.kill(Number(pid), signal);
  }

  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', 'e2e', '-x', String(columns), '-y', String(rows));
  }

  /** Reads the screen every 100 ms until it passes `test`; fails after `ms` with what it shows. */
  async waitFor(test: (screen: string) => boolean, ms = 15_000): Promise<string> {
    const until = Date.now() + ms;
    let screen = this.screen();
    while (!test(screen)) {
      if (Date.now() > until) throw new Error(`screen never matched; it shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 100));
      screen = this.screen();
    }
    return screen;
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    rmSync(this.config, { recursive: true, force: true });
  }
}
