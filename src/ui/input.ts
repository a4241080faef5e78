import { useApp, useInput, useStdin, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Clipboard } from '../platform/clipboard.js';
import { copyText, copyWhat, describeCopy, describeCopyFailure } from './copy.js';
import { commandFor } from './keys.js';
import { layout } from './layout.js';
import { inScript } from './script.js';
import type { Queries } from './selectors.js';
import { initialState, inputMode, reduce, update, type Action, type Effect, type UiState } from './state.js';
import { t, type Lang } from './strings.js';

const MESSAGE_MS = 2500;
/** Keys typed ahead of a frame that are taken as keys; anything longer is a paste. */
const TYPE_AHEAD = 32;
/** A copy report may name a file to open: it stays longer than a passing message. */
const NOTICE_MS = 8000;

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** The terminal's size, followed on resize; a fixed size (tests) is taken as it is. */
export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState<Size>(() => fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 });
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [fixed, stdout]);
  return fixed ?? size;
}

/**
 * The escape sequences of keys the explorer can use (arrows, paging, Home/End, Delete,
 * Shift-Tab, Esc) in the forms terminals send. Ink 6.8 throws on some others, such as
 * Ctrl+F1 (ESC[1;5P) or a cursor report (ESC[6n), so no other sequence may reach it.
 */
const KNOWN_SEQUENCES = new Set([
  ...'ABCDHF'.split('').flatMap((c) => [`\u001B[${c}`, `\u001BO${c}`]),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `\u001B[${n}~`),
  '\u001B[Z',
  '\u001B',
]);

export function keyInkCanName(event: string): boolean {
  return !event.startsWith('\u001B') || KNOWN_SEQUENCES.has(event);
}

export interface ExplorerServices {
  /** Where `c` puts citations; without one, copying says it is unavailable. */
  readonly clipboard?: Clipboard;
  /** Called when the user leaves with Ctrl-C rather than q, for the exit code. */
  readonly onInterrupt?: () => void;
  /** Stops the process as Ctrl-Z does in a shell; raw mode delivers Ctrl-Z as a key. */
  readonly onSuspend?: () => void;
}

/**
 * The one input path: key → command (the key table, for the mode the state is in) →
 * `update` → new state plus effects, which are run here. Views only draw the state returned.
 */
export function useExplorer(queries: Queries, lang: Lang, size: Size, services: ExplorerServices): UiState {
  const screen = layout(size.columns, size.rows);
  const body = screen.mode === 'split' ? screen.list : screen.mode === 'single' ? screen.body : null;
  const viewport = {
    rows: (body?.height ?? 2) - 1,
    readerWidth: screen.mode === 'too-small' ? 10 : screen.root.width,
    drawn: body !== null,
  };
  const [state, setState] = useState(() => reduce(initialState(queries.dataset, lang), { type: 'viewport', ...viewport }, queries));
  // Keys can arrive faster than renders: each acts on the state the previous one left.
  const latest = useRef(state);
  const { exit } = useApp();
  const { clipboard, onInterrupt, onSuspend } = services;

  const dispatch = (action: Action) => {
    const step = update(latest.current, action, queries);
    latest.current = step.state;
    setState(step.state);
    for (const effect of step.effects) run(effect);
  };

  const run = (effect: Effect) => {
    switch (effect.type) {
      case 'quit':
        if (effect.interrupted) onInterrupt?.();
        exit();
        return;
      case 'suspend':
        onSuspend?.();
        return;
      case 'copy': {
        const what = copyWhat(effect.target, effect.lang);
        if (!clipboard) {
          dispatch({ type: 'notice', text: t('noClipboard', effect.lang) });
          return;
        }
        const text = copyText(effect.target, effect.format, queries, { lang: effect.lang, zh: (z) => inScript(z, effect.script) });
        clipboard.copy(text).then(
          (result) => dispatch({ type: 'notice', text: describeCopy(result, what, effect.lang) }),
          (error: Error) => dispatch({ type: 'notice', text: describeCopyFailure(error, effect.target, effect.lang) }),
        );
        return;
      }
    }
  };

  useEffect(() => {
    dispatch({ type: 'viewport', ...viewport });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the viewport's numbers are the dependencies
  }, [viewport.rows, viewport.readerWidth, viewport.drawn]);

  useEffect(() => {
    if (state.message === null && state.notice === null) return;
    const timer = setTimeout(() => dispatch({ type: 'clearMessage' }), state.notice ? NOTICE_MS : MESSAGE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new message restarts the timer
  }, [state.message, state.notice]);

  // Ink parses stdin into key events and hands each to its listeners, where the throw would
  // happen: events Ink cannot name are dropped before they reach them.
  const { internal_eventEmitter: keyEvents } = useStdin();
  useEffect(() => {
    const emit = keyEvents.emit;
    keyEvents.emit = ((event: string | symbol, ...args: unknown[]) =>
      event === 'input' && typeof args[0] === 'string' && !keyInkCanName(args[0])
        ? false
        : emit.call(keyEvents, event, ...args)) as typeof emit;
    return () => {
      keyEvents.emit = emit;
    };
  }, [keyEvents]);

  useInput((input, key) => {
    // Ink 6.8 hands over `undefined` for keys it cannot name (Ctrl+F1, ESC[6n…): ignore them.
    if (typeof input !== 'string') return;
    // In the search box, text (typed, or pasted whole) goes in as one step.
    if (inputMode(latest.current) === 'search') {
      const command = commandFor('search', input, key);
      if (command) dispatch({ type: 'command', command });
      else if (input !== '' && !key.ctrl && !key.meta) dispatch({ type: 'type', text: input });
      return;
    }
    // Keys typed faster than a frame ("3j", "/1729") arrive as one string: take them one by one.
    // A longer string is a paste, which outside the search box means nothing but after a "/".
    const paste = input.length > TYPE_AHEAD && !key.ctrl && !key.meta;
    const chars = paste ? (input.startsWith('/') ? ['/'] : []) : input.length > 1 && !key.ctrl && !key.meta ? [...input] : [input];
    let taken = 0;
    for (const char of chars) {
      if (inputMode(latest.current) === 'search') break;
      const command = commandFor(inputMode(latest.current), char, key);
      if (command) dispatch({ type: 'command', command });
      taken += char.length;
    }
    // What follows "/" in the same read was typed into the search box.
    if (taken < input.length && inputMode(latest.current) === 'search') dispatch({ type: 'type', text: input.slice(taken) });
  });

  return state;
}
