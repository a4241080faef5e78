import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { stripVTControlCharacters } from 'node:util';
import { traditionalReady } from '../../src/model/script.js';
import type { Review } from '../../src/review/session.js';
import { App } from '../../src/ui/App.js';
import { ReviewApp } from '../../src/ui/review/ReviewApp.js';
import type { ExplorerServices, MessageTimes } from '../../src/ui/explorer.js';
import type { Clipboard } from '../../src/platform/clipboard.js';
import { JobControlContext, type JobControl } from '../../src/ui/input/jobControl.js';
import type { SearchReadiness } from '../../src/ui/opening.js';
import type { Lang } from '../../src/ui/strings.js';
import { ThemeContext, type Theme } from '../../src/ui/components/theme.js';
import { bundledDataset } from '../helpers.js';
import { dimmedLines, selectedLines } from './frames.js';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  pageDown: '\u001B[6~',
  ctrlC: '\u0003',
  ctrlU: '\u0015',
  ctrlW: '\u0017',
  ctrlY: '\u0019',
} as const;

/** How long a test waits for the screen before it fails; generous, for loaded CI machines. */
const WAIT_MS = 10_000;
/** Messages stay up for the whole test, so no timer redraws the screen while a test waits on it. */
const STEADY = { message: 3_600_000, notice: 3_600_000 };

const dataset = bundledDataset();

function describe(key: string): string {
  const name = Object.entries(KEY).find(([, v]) => v === key)?.[0];
  return name ? `‹${name}›` : JSON.stringify(key);
}

/**
 * An Ink tree rendered at a fixed size and driven through stdin like a user at the keyboard.
 * Nothing here waits on the clock: every step waits for the screen to show its result, and
 * fails with what it was waiting for when the screen does not.
 */
export async function drive(tree: (size: { columns: number; rows: number }) => ReactElement, columns: number, rows: number) {
  let size = { columns, rows };
  const app = render(tree(size));

  // Every frame Ink writes wakes the waiters.
  const waiters = new Set<() => void>();
  const write = app.stdout.write;
  app.stdout.write = (frame: string) => {
    write(frame);
    for (const wake of [...waiters]) wake();
  };
  // Ink starts listening to stdin just after its first frame, and stops as it exits: that wakes the waiters too.
  for (const event of ['newListener', 'removeListener'])
    app.stdin.on(event, () => setImmediate(() => [...waiters].forEach((wake) => wake())));
  const raw = () => app.lastFrame() ?? '';
  const frame = () => stripVTControlCharacters(raw());

  /** Resolves once `ready()` holds, checked now and after every frame; fails after WAIT_MS. */
  const until = (ready: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (ready()) return resolve();
      const check = () => {
        if (!ready()) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`waited ${WAIT_MS / 1000} s for ${what}; the screen shows:\n${frame()}`));
      }, WAIT_MS);
      waiters.add(check);
    });

  /** Writes a key; a lone Esc is only known to be one once Ink's parser has flushed it, on the next turn. */
  const send = async (key: string) => {
    app.stdin.write(key);
    if (key === KEY.escape) await new Promise((resolve) => setImmediate(resolve));
  };

  // Keys written before Ink listens to stdin are lost.
  await until(() => app.stdin.listenerCount('readable') > 0 && raw() !== '', 'the app to draw and listen to keys');

  const driver = {
    frame,
    lines: () => frame().split('\n'),
    /** The frame as written, with its styles: what colour there is. */
    raw,
    /** The rows drawn in inverse video below the first line (the selection), as plain text. */
    selected: () => selectedLines(raw(), 1),
    /** The dimmed text of each line below the first line, as plain text. */
    dimmed: () => dimmedLines(raw(), 1),
    /** How many frames the app has written: a frame drawn again unchanged counts too. */
    drawn: () => app.frames.length,
    /** Presses each key and waits until the screen changes in answer. */
    async press(...keys: string[]) {
      for (const key of keys) {
        const before = raw();
        await send(key);
        await until(() => raw() !== before, `the screen to change after ${describe(key)}`);
      }
    },
    /** Presses `key` and waits for the app to exit: it stops listening to keys, as Ink does on its way out. */
    async pressToExit(key: string) {
      await send(key);
      await until(() => app.stdin.listenerCount('readable') === 0, `the app to exit after ${describe(key)}`);
    },
    /** Waits until `ready()` holds, checked after every frame: for what the app does just after one. */
    async until(ready: () => boolean, what: string) {
      await until(ready, what);
    },
    /** Waits until the screen shows `text` (or matches it). */
    async waitFor(text: string | RegExp) {
      const shows = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
      await until(shows, `the screen to show ${String(text)}`);
    },
    /** Presses `key` and waits for a frame drawn after it that shows `text`: for answers that come later, such as a copy's report. */
    async pressFor(key: string, text: string | RegExp) {
      const drawn = app.frames.length;
      await send(key);
      const shows = () => app.frames.length > drawn && (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
      await until(shows, `a new frame showing ${String(text)} after ${describe(key)}`);
    },
    /** Presses a cycling key (p, e, j…) until the screen shows `text`, at most `max` times. */
    async pressUntil(key: string, text: string, max = 20) {
      for (let i = 0; i < max && !frame().includes(text); i++) await driver.press(key);
      if (!frame().includes(text)) throw new Error(`${describe(key)} pressed ${max} times never showed "${text}":\n${frame()}`);
    },
    /**
     * Sends keys that must not change anything visible yet. Ink handles a key as it is
     * written, so whatever is rendered after this (a resize, say) shows their effect.
     */
    async sendQuietly(...keys: string[]) {
      for (const key of keys) await send(key);
    },
    /** Gives the app a new terminal size and waits for it to be drawn at that size. */
    async resize(newColumns: number, newRows: number, shows: string | RegExp) {
      size = { columns: newColumns, rows: newRows };
      app.rerender(tree(size));
      await driver.waitFor(shows);
    },
    /** Draws the tree again at the same size (after what it reads changed), and waits for it to show `shows`. */
    async rerender(shows: string | RegExp) {
      app.rerender(tree(size));
      await driver.waitFor(shows);
    },
    unmount: () => app.unmount(),
  };
  return driver;
}

/** The explorer over the bundled dataset, driven as `drive` does, with a clipboard that keeps what it is given. */
export async function explorer(
  columns: number,
  rows: number,
  lang: Lang = 'en',
  answer?: Clipboard['copy'],
  start: {
    search?: SearchReadiness;
    /** How long messages stay; by default for the whole test. */
    messageTimes?: MessageTimes;
    /** The saved script and order, and where a change of settings goes. */
    settings?: ExplorerServices['start'];
    saveSettings?: ExplorerServices['saveSettings'];
    /** The shell's job control, for Ctrl-Z; without one, as in every other test, Ctrl-Z does nothing. */
    jobs?: JobControl;
    /** Where the save key writes, and the date its names carry. */
    files?: ExplorerServices['files'];
    /** Colour and ASCII bars; by default no colour (NO_COLOR) and block glyphs. */
    theme?: Theme;
  } = {},
) {
  let search = start.search;
  const messageTimes = start.messageTimes ?? STEADY;
  const copied: string[] = [];
  const clipboard: Clipboard = {
    copy: async (text) => {
      copied.push(text);
      return answer ? answer(text) : { via: ['test clipboard'], problems: [] };
    },
  };
  const driver = await drive(
    (size) => (
      <ThemeContext.Provider value={start.theme ?? { color: false }}>
        <JobControlContext.Provider value={start.jobs ?? null}>
          <App
            dataset={dataset}
            lang={lang}
            size={size}
            clipboard={clipboard}
            messageTimes={messageTimes}
            start={start.settings}
            saveSettings={start.saveSettings}
            files={start.files}
            {...(search ? { search } : {})}
          />
        </JobControlContext.Provider>
      </ThemeContext.Provider>
    ),
    columns,
    rows,
  );
  // Names as written in traditional are drawn a frame after the first, once their converter is built.
  await driver.until(traditionalReady, 'the converter to traditional script to be built after the first frame');
  return {
    ...driver,
    dataset,
    /** What `c` put on the clipboard, oldest first. */
    copied,
    /** Hands the app a new state of its search index, as the explorer does while it builds it, and waits for the screen to show it. */
    async searchReady(next: SearchReadiness, shows: string | RegExp) {
      search = next;
      await driver.rerender(shows);
    },
  };
}

/** The review screen of a folder's proposals, without colour, and with the shell's job control when given. */
export async function driveReview(review: Review, columns = 120, rows = 32, jobs: JobControl | null = null, lang: Lang = 'en') {
  return drive(
    (size) => (
      <ThemeContext.Provider value={{ color: false }}>
        <JobControlContext.Provider value={jobs}>
          <ReviewApp review={review} order="confidence" lang={lang} size={size} />
        </JobControlContext.Provider>
      </ThemeContext.Provider>
    ),
    columns,
    rows,
  );
}
