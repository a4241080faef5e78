/**
 * The terminal around the explorer: Ink 6 has no alternate-screen option, so the screen
 * is switched here, and switched back on every way out — quit, Ctrl-C, every signal that
 * ends a process, a crash — so the user's shell is never left in the alternate screen with
 * the cursor hidden. Ctrl-Z gives the shell a normal screen too, and `fg` brings the
 * explorer back.
 */

import { removeTemporaries } from './files.js';

const ENTER = '\u001B[?1049h\u001B[?25l';
const LEAVE = '\u001B[?25h\u001B[?1049l';
/** Bracketed paste (mode 2004): the terminal marks the start and end of a paste, which the key decoder reads as one. */
const PASTES_ON = '\u001B[?2004h';
const PASTES_OFF = '\u001B[?2004l';

export interface FullScreen {
  /** Restores the normal screen and cursor; safe to call more than once. */
  restore(): void;
}

interface Out {
  /** Escape sequences are for a terminal: a file or a pipe gets none. */
  isTTY?: boolean;
  write(text: string): unknown;
}

interface Keyboard {
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
}

/** Signals that end a process by default, with the exit code a shell reports for each (128 + number). */
const ENDING_SIGNALS: readonly [NodeJS.Signals, number][] = [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
  ['SIGINT', 130],
  ['SIGQUIT', 131],
  ['SIGUSR1', 138],
  ['SIGUSR2', 140],
  ['SIGALRM', 142],
  ['SIGPIPE', 141],
];

export interface FullScreenOptions {
  readonly proc?: NodeJS.Process;
  /** The keyboard whose raw mode is given back while the explorer is stopped (Ctrl-Z). */
  readonly keyboard?: Keyboard;
  /** Called after `fg`, once the screen is back: the caller redraws everything. */
  readonly onResume?: () => void;
  /**
   * Has the terminal mark pastes while the screen is up, so that a pasted sentence is told
   * from keys however short it is; the shell gets its own setting back whenever it has the terminal.
   */
  readonly pastes?: boolean;
}

export function enterFullScreen(out: Out, options: FullScreenOptions = {}): FullScreen {
  const proc = options.proc ?? process;
  const keyboard = options.keyboard;
  const enter = options.pastes ? ENTER + PASTES_ON : ENTER;
  const leave = options.pastes ? PASTES_OFF + LEAVE : LEAVE;
  let active = true;
  let raw = false;
  const write = (sequence: string) => {
    if (out.isTTY) out.write(sequence);
  };
  const restore = () => {
    if (!active) return;
    active = false;
    write(leave);
    for (const [signal, handler] of handlers) proc.off(signal, handler);
    proc.off('exit', restore);
  };
  const onSignal = (code: number) => () => {
    restore();
    // A file being saved when the signal came is left neither half-written nor under a temporary name.
    removeTemporaries();
    proc.exit(code);
  };
  // Ctrl-Z: give the shell its screen and line editing back, then stop as the default action would.
  const suspend = () => {
    write(leave);
    raw = Boolean(keyboard?.isTTY);
    if (raw) keyboard?.setRawMode?.(false);
    proc.kill(proc.pid, 'SIGSTOP');
  };
  const resume = () => {
    if (!active) return;
    if (raw) keyboard?.setRawMode?.(true);
    // Back in the alternate screen with the cursor home, where the redraw starts.
    write(`${enter}\u001B[H`);
    options.onResume?.();
  };
  const handlers: [NodeJS.Signals, () => void][] = [
    ...ENDING_SIGNALS.map(([signal, code]): [NodeJS.Signals, () => void] => [signal, onSignal(code)]),
    ['SIGTSTP', suspend],
    ['SIGCONT', resume],
  ];
  write(enter);
  for (const [signal, handler] of handlers) proc.on(signal, handler);
  proc.on('exit', restore);
  return { restore };
}

/** Why the explorer cannot run here, or null when stdin and stdout are both terminals that can draw a screen. */
export function interactiveProblem(stdin: { isTTY?: boolean }, stdout: { isTTY?: boolean }, env: NodeJS.ProcessEnv = {}): string | null {
  if (!stdin.isTTY && !stdout.isTTY) return 'stdin and stdout are not a terminal';
  if (!stdin.isTTY) return 'stdin is not a terminal';
  if (!stdout.isTTY) return 'stdout is not a terminal';
  // A dumb terminal cannot move the cursor or switch screens: a full-screen app would garble it.
  if (env.TERM === 'dumb') return 'TERM=dumb cannot draw a full screen';
  return null;
}
