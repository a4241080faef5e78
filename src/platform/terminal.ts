/**
 * The terminal around the explorer: Ink 6 has no alternate-screen option, so the screen
 * is switched here, and switched back on every way out — quit, Ctrl-C, SIGTERM, SIGHUP, a
 * crash — so the user's shell is never left in the alternate screen with the cursor hidden.
 */

const ENTER = '\u001B[?1049h\u001B[?25l';
const LEAVE = '\u001B[?25h\u001B[?1049l';

export interface FullScreen {
  /** Restores the normal screen and cursor; safe to call more than once. */
  restore(): void;
}

interface Out {
  write(text: string): unknown;
}

export function enterFullScreen(out: Out, proc: NodeJS.Process = process): FullScreen {
  let active = true;
  const restore = () => {
    if (!active) return;
    active = false;
    out.write(LEAVE);
    for (const [signal, handler] of handlers) proc.off(signal, handler);
    proc.off('exit', restore);
  };
  const onSignal = (code: number) => () => {
    restore();
    proc.exit(code);
  };
  const handlers: [NodeJS.Signals, () => void][] = [
    ['SIGTERM', onSignal(143)],
    ['SIGHUP', onSignal(129)],
    ['SIGINT', onSignal(130)],
  ];
  out.write(ENTER);
  for (const [signal, handler] of handlers) proc.on(signal, handler);
  proc.on('exit', restore);
  return { restore };
}

/** Why the explorer cannot run here, or null when stdin and stdout are both terminals. */
export function interactiveProblem(stdin: { isTTY?: boolean }, stdout: { isTTY?: boolean }): string | null {
  if (!stdin.isTTY && !stdout.isTTY) return 'stdin and stdout are not a terminal';
  if (!stdin.isTTY) return 'stdin is not a terminal';
  if (!stdout.isTTY) return 'stdout is not a terminal';
  return null;
}
