import type { EventEmitter } from 'node:events';
import { useApp, useInput, useStdin, useStdout, type Key } from 'ink';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Clipboard } from '../platform/clipboard.js';
import { SettingsFileBroken } from '../commands/settings.js';
import { copyText, copyWhat, describeCopy, describeCopyFailure } from './copy/text.js';
import { commandFor } from './keys/keymap.js';
import type { KeyPress } from './keys/words.js';
import { layout, readerSplit } from './components/layout.js';
import { inScript } from '../model/script.js';
import type { Queries } from './state/selectors.js';
import { takesText } from './modes.js';
import { inputMode } from './state/mode.js';
import { initialState, reduce, update } from './state.js';
import type { Action, Effect, SavedSettings, UiState } from './state/types.js';
import { t, tf, type Lang } from './strings.js';

/** How long a passing message stays, and a notice: a copy report may name a file to open. */
export interface MessageTimes {
  readonly message: number;
  readonly notice: number;
}
const MESSAGE_TIMES: MessageTimes = { message: 3000, notice: 6000 };
/** Keys typed ahead of a frame that are taken as keys; anything longer is a paste. */
const TYPE_AHEAD = 32;

/** A key with no flag set: the base of the keys made up from characters. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * One character of a string Ink handed over whole (it splits input only at Esc), as the key
 * Ink would have reported had it come alone: Enter, Tab, Backspace and Ctrl+letter included.
 */
export function keyOfChar(char: string): [string, Key] {
  if (char === '\r' || char === '\n') return ['', { ...NO_KEY, return: true }];
  if (char === '\t') return ['', { ...NO_KEY, tab: true }];
  if (char === '\u007F' || char === '\b') return ['', { ...NO_KEY, backspace: true }];
  const code = char.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [char, char.length === 1 && /[A-Z]/u.test(char) ? { ...NO_KEY, shift: true } : NO_KEY];
}

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

/** F1 as terminals send it (xterm and most others, rxvt, the Linux console): Ink reports it as no key at all. */
const F1_SEQUENCES = new Set(['\u001BOP', '\u001B[11~', '\u001B[[A']);

/**
 * Ink parses stdin into key events and hands each to its listeners, where the throw would
 * happen: events it cannot name are dropped before they reach them, and F1, which it would
 * hand over unnamed, goes to `onF1` instead. Returns the undo.
 */
function filterKeys(keyEvents: EventEmitter, onF1: () => void): () => void {
  const emit = keyEvents.emit;
  keyEvents.emit = ((event: string | symbol, ...args: unknown[]) => {
    const key = event === 'input' && typeof args[0] === 'string' ? args[0] : null;
    if (key !== null && F1_SEQUENCES.has(key)) {
      onF1();
      return true;
    }
    return key !== null && !keyInkCanName(key) ? false : emit.call(keyEvents, event, ...args);
  }) as typeof emit;
  return () => {
    keyEvents.emit = emit;
  };
}

export interface ExplorerServices {
  /** Where `c` puts citations; without one, copying says it is unavailable. */
  readonly clipboard?: Clipboard;
  /** Called when the user leaves with Ctrl-C rather than q, for the exit code. */
  readonly onInterrupt?: () => void;
  /** Stops the process as Ctrl-Z does in a shell; raw mode delivers Ctrl-Z as a key. */
  readonly onSuspend?: () => void;
  /**
   * Leaves the explorer for the review of a document's folder, if it is one of the user's:
   * true when it takes over, false when there is nothing to review (R then says so).
   */
  readonly onReview?: (document: string) => boolean;
  /** How long messages stay; tests keep them up so that no timer redraws the screen under them. */
  readonly messageTimes?: MessageTimes;
  /** A notice for the first frame, such as why the cache could not be written. */
  readonly startNotice?: string | null;
  /** The script and order saved from the last run. */
  readonly start?: Partial<Omit<SavedSettings, 'lang'>>;
  /** Saves the settings that changed; a throw becomes a notice, never a crash. */
  readonly saveSettings?: (change: Partial<SavedSettings>) => void;
}

/** The numbers paging and wrapping need, for a terminal size; a too-small screen keeps the last ones. */
function viewportOf(size: Size, last?: UiState['viewport']): UiState['viewport'] {
  const screen = layout(size.columns, size.rows);
  if (screen.mode === 'too-small') {
    return { rows: last?.rows ?? 1, readerWidth: last?.readerWidth ?? 10, width: last?.width ?? 10, drawn: false };
  }
  const body = screen.mode === 'split' ? screen.list : screen.body;
  const width = screen.root.width;
  return { rows: body.height - 1, readerWidth: readerSplit(width)?.reader ?? width, width, drawn: true };
}

/**
 * The one input path: key → command (the key table, for the mode the state is in) →
 * `update` → new state plus effects, which are run here. Views only draw the state returned.
 */
export function useExplorer(queries: Queries, lang: Lang, size: Size, services: ExplorerServices): UiState {
  const [state, setState] = useState(() => {
    const first = reduce(initialState(queries.dataset, lang, services.start), { type: 'viewport', ...viewportOf(size) }, queries);
    return services.startNotice ? { ...first, notice: services.startNotice } : first;
  });
  // Keys can arrive faster than renders: each acts on the state the previous one left.
  const latest = useRef(state);
  // After q, keys still in the same read must do nothing (a copy must not start after quitting).
  const quitting = useRef(false);
  const { exit } = useApp();
  const { clipboard, onInterrupt, onSuspend, onReview, saveSettings, messageTimes = MESSAGE_TIMES } = services;

  const dispatch = (action: Action) => {
    const step = update(latest.current, action, queries);
    latest.current = step.state;
    setState(step.state);
    for (const effect of step.effects) run(effect);
  };

  const run = (effect: Effect) => {
    switch (effect.type) {
      case 'quit':
        quitting.current = true;
        if (effect.interrupted) onInterrupt?.();
        exit();
        return;
      case 'suspend':
        onSuspend?.();
        return;
      case 'review':
        // Only a document of a folder of one's own has proposals to review: the explorer stays for any other.
        if (!onReview?.(effect.document)) {
          dispatch({ type: 'notice', text: t('noReview', latest.current.lang) });
          return;
        }
        quitting.current = true;
        exit();
        return;
      case 'copy': {
        const what = copyWhat(effect.choice.target, effect.lang);
        if (!clipboard) {
          dispatch({ type: 'notice', text: t('noClipboard', effect.lang) });
          return;
        }
        const text = copyText(effect.choice, queries, {
          lang: effect.lang,
          script: effect.script,
          zh: (z) => inScript(z, effect.script),
          traditional: (z) => inScript(z, 'traditional'),
        });
        clipboard.copy(text).then(
          (result) => dispatch({ type: 'notice', text: describeCopy(result, what, effect.lang) }),
          (error: Error) => dispatch({ type: 'notice', text: describeCopyFailure(error, effect.choice.target, effect.lang) }),
        );
        return;
      }
      case 'saveSettings':
        try {
          saveSettings?.(effect.change);
        } catch (error) {
          const reason =
            error instanceof SettingsFileBroken
              ? tf('settingsFileBroken', effect.lang, { file: error.file, line: error.line })
              : (error as Error).message;
          const text = tf('settingsNotSaved', effect.lang, { reason });
          queueMicrotask(() => dispatch({ type: 'notice', text }));
        }
        return;
    }
  };

  // The state follows the terminal's size before any key can act on the old one.
  useLayoutEffect(() => {
    const viewport = viewportOf(size, latest.current.viewport);
    const now = latest.current.viewport;
    const changed = viewport.rows !== now.rows || viewport.readerWidth !== now.readerWidth || viewport.width !== now.width;
    if (changed || viewport.drawn !== now.drawn) {
      dispatch({ type: 'viewport', ...viewport });
    }
  });

  useEffect(() => {
    if (state.message === null && state.notice === null) return;
    const timer = setTimeout(() => dispatch({ type: 'clearMessage' }), state.notice ? messageTimes.notice : messageTimes.message);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new message restarts the timer
  }, [state.message, state.notice, messageTimes]);

  /** One key, resolved in the mode the state is in now; in a text box, text goes in as text. */
  const take = (input: string, key: KeyPress) => {
    if (quitting.current) return;
    const mode = inputMode(latest.current);
    const command = commandFor(mode, input, key);
    if (command) dispatch({ type: 'command', command });
    else if (takesText(mode) && input !== '' && !key.ctrl && !key.meta) dispatch({ type: 'type', text: input });
  };

  // F1 comes by its own path; it must reach the `take` of the latest render, which knows the latest queries.
  const takeLatest = useRef(take);
  useEffect(() => {
    takeLatest.current = take;
  });
  const { internal_eventEmitter: keyEvents } = useStdin();
  useEffect(() => filterKeys(keyEvents, () => takeLatest.current('', { ...NO_KEY, f1: true })), [keyEvents]);

  useInput((input, key) => {
    // Ink 6.8 hands over `undefined` for keys it cannot name: ignore them.
    if (typeof input !== 'string') return;
    if (input.length <= 1 || key.ctrl || key.meta) return take(input, key);
    if (input.length > TYPE_AHEAD) {
      // A paste. Its line breaks are not Enter: it is text for a text box ("/…" opens the
      // search box first), and means nothing anywhere else.
      const opens = input.startsWith('/') && !takesText(inputMode(latest.current));
      if (opens) take('/', NO_KEY);
      if (takesText(inputMode(latest.current))) dispatch({ type: 'type', text: opens ? input.slice(1) : input });
      return;
    }
    // Keys typed faster than a frame ("3j", "/1729⏎") arrive as one string: each is a key,
    // and a run of text in a text box goes in at once.
    let text = '';
    for (const char of input) {
      if (quitting.current) return;
      const [single, flags] = keyOfChar(char);
      if (takesText(inputMode(latest.current)) && single !== '' && !flags.ctrl) {
        text += char;
        continue;
      }
      if (text) dispatch({ type: 'type', text });
      text = '';
      take(single, flags);
    }
    if (text && !quitting.current) dispatch({ type: 'type', text });
  });

  return state;
}
