import type { EventEmitter } from 'node:events';
import { useApp, useInput, useStdin, useStdout, type Key as InkKey } from 'ink';
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Clipboard } from '../platform/clipboard.js';
import { keyFilter, keysOf, NO_KEY, type Key, type KeyEvent } from '../platform/keys.js';
import { SettingsFileBroken } from '../commands/settings.js';
import { copyText, copyWhat, describeCopy, describeCopyFailure } from './copy/text.js';
import { commandFor } from './keys/keymap.js';
import type { KeyPress } from './keys/words.js';
import { layout, readerSplit } from './components/layout.js';
import { inScript } from '../model/script.js';
import type { Queries } from './state/selectors.js';
import { JobControlContext } from './jobControl.js';
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

/** How long a paste the terminal marked may go quiet before it is taken as ended: its end marker was lost. */
const PASTE_QUIET_MS = 500;

/** What a screen is handed: a key, text typed ahead into its text box, or a paste. */
export type ScreenKeyEvent = Exclude<KeyEvent, { kind: 'suspend' }>;

export interface KeyOptions {
  /** Whether the screen has a text box open now, where keys that are not commands are typed: asked again after each key. */
  readonly takesText: () => boolean;
}

/** Ink's key, as the decoder's: F1 is never one Ink names (the filter hands it over itself). */
const keyOf = (key: InkKey): Key => ({
  upArrow: key.upArrow,
  downArrow: key.downArrow,
  leftArrow: key.leftArrow,
  rightArrow: key.rightArrow,
  pageUp: key.pageUp,
  pageDown: key.pageDown,
  home: key.home,
  end: key.end,
  return: key.return,
  escape: key.escape,
  tab: key.tab,
  backspace: key.backspace,
  delete: key.delete,
  ctrl: key.ctrl,
  shift: key.shift,
  meta: key.meta,
  f1: false,
});

/**
 * Ink parses stdin into events and hands each to its listeners, where the throw would happen:
 * each event is sorted by the decoder first. Only those Ink can name reach it; F1 and a paste
 * the terminal marked go to `toScreen`, a paste whose end does not come once the terminal has
 * gone quiet. Returns the undo.
 */
function sortEvents(keyEvents: EventEmitter, toScreen: (event: KeyEvent) => void): () => void {
  const filter = keyFilter();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const emit = keyEvents.emit;
  keyEvents.emit = ((name: string | symbol, ...args: unknown[]) => {
    if (name !== 'input' || typeof args[0] !== 'string') return emit.call(keyEvents, name, ...args);
    clearTimeout(quiet);
    const sorted = filter.sort(args[0]);
    if (filter.pasting) {
      quiet = setTimeout(() => {
        const cut = filter.cut();
        if (cut) toScreen(cut);
      }, PASTE_QUIET_MS);
    }
    if (sorted.to === 'ink') return emit.call(keyEvents, name, ...args);
    if (sorted.to === 'screen') toScreen(sorted.event);
    return true;
  }) as typeof emit;
  return () => {
    clearTimeout(quiet);
    keyEvents.emit = emit;
  };
}

/**
 * After `fg` the terminal shows a blank screen while Ink believes its last frame is still
 * there, and would skip drawing it again: Ink's own write clears its frame, writes nothing,
 * and writes the whole frame again. `useKeys` does it for every screen; the loading screen,
 * which reads no keys, asks for it while it shows.
 */
export function useRedrawOnResume(active = true): void {
  const jobs = useContext(JobControlContext);
  const { write } = useStdout();
  useEffect(() => (active && jobs ? jobs.onResume(() => write('')) : undefined), [active, jobs, write]);
}

/**
 * The one way a screen reads keys. Every event of Ink's stdin parser is sorted by the
 * decoder (platform/keys.ts) before Ink reads it: sequences Ink 6.8 would throw on are
 * dropped, F1 and pastes the terminal marks come straight to `handle`, and what Ink names is
 * split into keys, text typed ahead and pastes. Ctrl-Z suspends, whatever the screen, and the
 * screen is drawn again after `fg`. Returns the suspension, for a command that asks for it.
 */
export function useKeys(handle: (event: ScreenKeyEvent) => void, options: KeyOptions): { suspend: () => void } {
  const jobs = useContext(JobControlContext);
  // F1 and marked pastes come by their own path, and keys faster than renders: each reaches the
  // handler of the latest render, which knows the latest state.
  const latest = useRef({ handle, options, jobs });
  useEffect(() => {
    latest.current = { handle, options, jobs };
  });
  const deliver = useCallback(
    (event: KeyEvent) => (event.kind === 'suspend' ? latest.current.jobs?.suspend() : latest.current.handle(event)),
    [],
  );

  const { internal_eventEmitter: keyEvents } = useStdin();
  useEffect(() => sortEvents(keyEvents, deliver), [keyEvents, deliver]);

  useRedrawOnResume();

  useInput((input, key) => {
    // Ink 6.8 hands over `undefined` for a key it cannot name: should one get past the filter, it is ignored.
    if (typeof input !== 'string') return;
    for (const event of keysOf(input, keyOf(key), () => latest.current.options.takesText())) deliver(event);
  });

  return { suspend: () => jobs?.suspend() };
}

export interface ExplorerServices {
  /** Where `c` puts citations; without one, copying says it is unavailable. */
  readonly clipboard?: Clipboard;
  /** Called when the user leaves with Ctrl-C rather than q, for the exit code. */
  readonly onInterrupt?: () => void;
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
  const { clipboard, onInterrupt, onReview, saveSettings, messageTimes = MESSAGE_TIMES } = services;

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
        keys.suspend();
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
    const mode = inputMode(latest.current);
    const command = commandFor(mode, input, key);
    if (command) dispatch({ type: 'command', command });
    else if (takesText(mode) && input !== '' && !key.ctrl && !key.meta) dispatch({ type: 'type', text: input });
  };
  const typing = () => takesText(inputMode(latest.current));

  const keys = useKeys(
    (event) => {
      if (quitting.current) return;
      if (event.kind === 'key') return take(event.input, event.key);
      if (event.kind === 'text') return dispatch({ type: 'type', text: event.text });
      // A paste is text for a text box ("/…" opens the search box first), and means nothing anywhere else.
      const opens = event.text.startsWith('/') && !typing();
      if (opens) take('/', NO_KEY);
      if (typing()) dispatch({ type: 'type', text: opens ? event.text.slice(1) : event.text });
    },
    { takesText: typing },
  );

  return state;
}
