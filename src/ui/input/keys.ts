import type { EventEmitter } from 'node:events';
import { useInput, useStdin, useStdout, type Key as InkKey } from 'ink';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { keyFilter, keysOf, type Key, type KeyEvent } from '../../platform/keys.js';
import { JobControlContext } from './jobControl.js';

/**
 * The one way a screen reads the keyboard: Ink's input, sorted by the platform's decoder into
 * keys, text and pastes, with Ctrl-Z and the redraw after fg handled here for every screen.
 * Lint lets no other file read keys from Ink.
 */

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
    // What came after a paste's end in the same read is an event of its own, sorted as any other.
    if (sorted.rest !== undefined) keyEvents.emit(name, sorted.rest);
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
