import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { enterFullScreen, interactiveProblem } from '../../src/platform/terminal.js';

const ENTER = '\u001B[?1049h\u001B[?25l';
const LEAVE = '\u001B[?25h\u001B[?1049l';
const PASTES_ON = '\u001B[?2004h';
const PASTES_OFF = '\u001B[?2004l';

/** A process whose signals the test sends and whose exits and kills it records. */
class FakeProcess extends EventEmitter {
  readonly pid = 4242;
  exits: number[] = [];
  kills: string[] = [];
  exit(code: number) {
    this.exits.push(code);
  }
  kill(pid: number, signal: string) {
    this.kills.push(`${pid} ${signal}`);
    return true;
  }
}

function setUp({ terminal = true, pastes = false } = {}) {
  const proc = new FakeProcess();
  let written = '';
  const raw: boolean[] = [];
  let resumed = 0;
  const screen = enterFullScreen(
    { isTTY: terminal, write: (t: string) => (written += t) },
    {
      proc: proc as unknown as NodeJS.Process,
      keyboard: { isTTY: true, setRawMode: (on) => raw.push(on) },
      onResume: () => resumed++,
      pastes,
    },
  );
  return { proc, screen, raw, written: () => written, resumed: () => resumed };
}

describe('the full screen', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
    ['SIGQUIT', 131],
    ['SIGUSR1', 138],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
  ] as const)('%s restores the screen and exits %i', (signal, code) => {
    const t = setUp();
    t.proc.emit(signal);
    expect(t.written()).toBe(ENTER + LEAVE);
    expect(t.proc.exits).toEqual([code]);
  });

  it('Ctrl-Z leaves the screen and raw mode, stops, and on fg comes back and redraws', () => {
    const t = setUp();
    t.proc.emit('SIGTSTP');
    expect(t.written()).toBe(ENTER + LEAVE);
    expect(t.raw).toEqual([false]);
    expect(t.proc.kills).toEqual(['4242 SIGSTOP']);
    t.proc.emit('SIGCONT');
    expect(t.written()).toBe(`${ENTER}${LEAVE}${ENTER}\u001B[H`);
    expect(t.raw).toEqual([false, true]);
    expect(t.resumed()).toBe(1);
  });

  it('with pastes, has the terminal mark pastes while the screen is up, never while the shell has it', () => {
    const t = setUp({ pastes: true });
    t.proc.emit('SIGTSTP');
    t.proc.emit('SIGCONT');
    t.proc.emit('SIGTERM');
    expect(t.written()).toBe(`${ENTER}${PASTES_ON}${PASTES_OFF}${LEAVE}${ENTER}${PASTES_ON}\u001B[H${PASTES_OFF}${LEAVE}`);
  });

  it('writes no escape sequence where the output is not a terminal, and still exits as a signal asks', () => {
    const t = setUp({ terminal: false });
    t.proc.emit('SIGTSTP');
    t.proc.emit('SIGCONT');
    t.proc.emit('SIGTERM');
    t.screen.restore();
    expect(t.written()).toBe('');
    expect(t.proc.exits).toEqual([143]);
  });

  it('restores once, and stops listening', () => {
    const t = setUp();
    t.screen.restore();
    t.screen.restore();
    t.proc.emit('SIGCONT');
    expect(t.written()).toBe(ENTER + LEAVE);
    expect(t.proc.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('whether the explorer can run', () => {
  it('refuses pipes and a dumb terminal, with the reason', () => {
    expect(interactiveProblem({ isTTY: true }, { isTTY: true }, { TERM: 'xterm-256color' })).toBeNull();
    expect(interactiveProblem({ isTTY: true }, { isTTY: true }, { TERM: 'dumb' })).toMatch(/TERM=dumb/u);
    expect(interactiveProblem({ isTTY: false }, { isTTY: true })).toBe('stdin is not a terminal');
  });
});
