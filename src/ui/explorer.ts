import { useApp } from 'ink';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Clipboard } from '../platform/clipboard.js';
import { SettingsFileBroken } from '../commands/settings.js';
import { runSave, suggestedName } from './copy/saving.js';
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
import { NO_KEY } from '../platform/keys.js';
import { useKeys, type Size } from './input/keys.js';

/** The explorer's state over time: each key resolved in the mode that has it, `update` applied, its effects run here. */

/** How long a passing message stays, and a notice: a copy report may name a file to open. */
export interface MessageTimes {
  readonly message: number;
  readonly notice: number;
}
const MESSAGE_TIMES: MessageTimes = { message: 3000, notice: 6000 };
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
  /** Where the save key's files go, and the date their suggested names carry: the current folder and the clock by default. */
  readonly files?: { readonly folder?: string; readonly today?: () => Date };
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
  const { clipboard, onInterrupt, onReview, saveSettings, files, messageTimes = MESSAGE_TIMES } = services;

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
      case 'askSave':
        dispatch({ type: 'openSave', target: effect.target, path: suggestedName(effect.name, files?.today?.() ?? new Date()) });
        return;
      case 'save':
        // runSave never throws: how it ended, or why not, comes back to the box and the status line.
        void runSave(effect, queries, files?.folder ?? process.cwd()).then((answer) => dispatch({ type: 'saveAnswer', answer }));
        return;
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
