import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { privateDir, writeNewFile } from './files.js';
import { fitsOsc52, osc52, tmuxPassthrough } from './osc52.js';

/**
 * Getting text to the clipboard in the terminals people use. Like helix and yazi, `auto`
 * sends OSC 52 (it reaches the local clipboard over SSH, and tmux when set-clipboard is on)
 * and also runs the first native tool found: pbcopy, wl-copy, xclip, xsel, clip.exe, or
 * tmux's own buffer. Over SSH a native tool would fill the remote machine's clipboard, so
 * only OSC 52 and tmux are used there. When nothing takes the text, it goes to a file in the
 * user's private folder; when even that fails, copy() rejects with the reason.
 */
export type ClipboardMode = 'auto' | 'osc52' | 'native' | 'off';
export const CLIPBOARD_MODES: readonly ClipboardMode[] = ['auto', 'osc52', 'native', 'off'];

export interface CopyResult {
  /** The routes that took the text, e.g. ["OSC 52", "xclip"]; empty when none did. */
  readonly via: readonly string[];
  /** Where the text was saved when no route took it. */
  readonly file?: string;
  /** Why routes failed, for the message. */
  readonly problems: readonly string[];
}

export interface Clipboard {
  copy(text: string): Promise<CopyResult>;
}

interface Tool {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly when: (env: NodeJS.ProcessEnv) => boolean;
}

const TOOLS: readonly Tool[] = [
  { name: 'pbcopy', command: 'pbcopy', args: [], when: () => process.platform === 'darwin' },
  { name: 'wl-copy', command: 'wl-copy', args: [], when: (env) => Boolean(env.WAYLAND_DISPLAY) },
  { name: 'xclip', command: 'xclip', args: ['-selection', 'clipboard', '-in'], when: (env) => Boolean(env.DISPLAY) },
  { name: 'xsel', command: 'xsel', args: ['--clipboard', '--input'], when: (env) => Boolean(env.DISPLAY) },
  { name: 'clip.exe', command: 'clip.exe', args: [], when: (env) => Boolean(env.WSL_DISTRO_NAME) || process.platform === 'win32' },
  { name: 'tmux buffer', command: 'tmux', args: ['load-buffer', '-w', '-'], when: (env) => Boolean(env.TMUX) },
];

/** A hung tool must not hang the explorer. */
export const TOOL_TIMEOUT_MS = 2000;

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

function run(tool: Tool, text: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(tool.command, [...tool.args], { env, stdio: ['pipe', 'ignore', 'pipe'], detached: false });
    let stderr = '';
    /** How the tool ended, e.g. "exit 1" or "SIGSEGV"; null while it runs. */
    let ended: string | null = null;
    const failure = () => `${tool.name} failed${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ` (${ended})`}`;
    const finish = (result: string | null) => {
      clearTimeout(timer);
      // A child the tool left holding the selection also holds our end of its stderr: let
      // go of it, or the explorer could not exit until someone else took the clipboard.
      child.stderr.destroy();
      child.unref();
      resolve(result);
    };
    const timer = setTimeout(() => {
      // A tool that exited has failed, not hung, even if something it left behind still holds stderr.
      if (ended !== null) return finish(failure());
      child.kill('SIGKILL');
      finish(`${tool.name} did not finish within ${timeoutMs / 1000} s`);
    }, timeoutMs);
    // A message can arrive in pieces that split a character.
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', (e) => finish(`${tool.name}: ${e.message}`));
    // 'exit', not 'close': on success xclip and xsel leave a child holding the selection, and with
    // it our stderr pipe, so waiting for the pipe to close would wait for the timeout.
    child.on('exit', (code, signal) => {
      ended = code === null ? String(signal) : `exit ${code}`;
      if (code === 0) return finish(null);
      // A failing tool's message can still be in the pipe, unread, when it exits.
      if (child.stderr.closed) finish(failure());
      else child.stderr.once('close', () => finish(failure()));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}

export interface ClipboardOptions {
  readonly mode: ClipboardMode;
  readonly env?: NodeJS.ProcessEnv;
  /** Where OSC 52 is written: the terminal. */
  readonly terminal?: { write(text: string): unknown; isTTY?: boolean };
  readonly timeoutMs?: number;
  /** Folder for the file that keeps text nothing else took; by default the user's private one (files.ts). */
  readonly fallbackDir?: string;
}

export function systemClipboard(options: ClipboardOptions): Clipboard {
  const env = options.env ?? process.env;
  const terminal = options.terminal ?? process.stdout;
  const remote = Boolean(env.SSH_TTY || env.SSH_CONNECTION);
  return {
    async copy(text) {
      const via: string[] = [];
      const problems: string[] = [];
      if (options.mode === 'auto' || options.mode === 'osc52') {
        if (!terminal.isTTY) problems.push('OSC 52 needs a terminal');
        else if (!fitsOsc52(text)) problems.push('too long for OSC 52');
        else {
          const sequence = osc52(text);
          // Outside tmux the plain form; inside, the plain form reaches tmux's buffer (set-clipboard on)
          // and the passthrough form the outer terminal (allow-passthrough on).
          terminal.write(env.TMUX ? sequence + tmuxPassthrough(sequence) : sequence);
          via.push('OSC 52');
        }
      }
      if (options.mode === 'native' || (options.mode === 'auto' && (!remote || env.TMUX))) {
        const tool = TOOLS.find((t) => t.when(env) && (!remote || t.name === 'tmux buffer') && onPath(t.command, env));
        if (!tool) problems.push(remote ? 'no tmux to hold the text' : 'no clipboard tool found (pbcopy, wl-copy, xclip, xsel, clip.exe)');
        else {
          const failed = await run(tool, text, env, options.timeoutMs ?? TOOL_TIMEOUT_MS);
          if (failed) problems.push(failed);
          else via.push(tool.name);
        }
      }
      if (via.length > 0) return { via, problems };
      // Nothing took the text: keep it in a file of the user's own, which the message names.
      const name = `copied-${new Date().toISOString().replace(/[:.]/gu, '-')}-${randomBytes(3).toString('hex')}.txt`;
      const file = writeNewFile(options.fallbackDir ?? privateDir(env), name, text);
      return { via, file, problems: options.mode === 'off' ? ['clipboard is off'] : problems };
    },
  };
}
