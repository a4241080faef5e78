import { useApp, useInput, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Clipboard } from '../platform/clipboard.js';
import { copyText, copyWhat, describeCopy } from './copy.js';
import { commandFor } from './keys.js';
import { layout } from './layout.js';
import { inScript } from './script.js';
import type { Queries } from './selectors.js';
import { initialState, inputMode, reduce, update, type Action, type Effect, type UiState } from './state.js';
import { t, type Lang } from './strings.js';

const MESSAGE_MS = 2500;
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

export interface ExplorerServices {
  /** Where `c` puts citations; without one, copying says it is unavailable. */
  readonly clipboard?: Clipboard;
  /** Called when the user leaves with Ctrl-C rather than q, for the exit code. */
  readonly onInterrupt?: () => void;
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
  const { clipboard, onInterrupt } = services;

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
      case 'copy': {
        const what = copyWhat(effect.target, effect.lang);
        if (!clipboard) {
          dispatch({ type: 'notice', text: t('noClipboard', effect.lang) });
          return;
        }
        const text = copyText(effect.target, effect.format, queries, { lang: effect.lang, zh: (z) => inScript(z, effect.script) });
        void clipboard.copy(text).then((result) => dispatch({ type: 'notice', text: describeCopy(result, what, effect.lang) }));
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

  useInput((input, key) => {
    // Ink hands over keys typed faster than a frame ("3j") as one string: take them one by one.
    const chars = input.length > 1 && !key.ctrl && !key.meta ? [...input] : [input];
    for (const [i, char] of chars.entries()) {
      const mode = inputMode(latest.current);
      const command = commandFor(mode, char, key);
      if (command) dispatch({ type: 'command', command });
      else if (mode === 'search' && input !== '' && !key.ctrl && !key.meta) {
        // The search box takes the rest as text: typed, pasted, or typed ahead after "/".
        dispatch({ type: 'type', text: chars.slice(i).join('') });
        return;
      }
    }
  });

  return state;
}
