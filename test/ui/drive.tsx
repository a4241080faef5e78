import { render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { Clipboard } from '../../src/platform/clipboard.js';
import type { Lang } from '../../src/ui/strings.js';
import { ThemeContext } from '../../src/ui/theme.js';
import { bundledDataset } from '../helpers.js';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  pageDown: '\u001B[6~',
} as const;

const dataset = bundledDataset();

/** Waits a macrotask, so React 19 has flushed the update a key caused before the next key. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The explorer rendered at a fixed size, driven through stdin like a user at the keyboard. */
export async function explorer(columns: number, rows: number, lang: Lang = 'en') {
  const copied: string[] = [];
  const clipboard: Clipboard = {
    copy: async (text) => {
      copied.push(text);
      return { via: ['test clipboard'], problems: [] };
    },
  };
  const app = render(
    <ThemeContext.Provider value={{ color: false }}>
      <App dataset={dataset} lang={lang} size={{ columns, rows }} clipboard={clipboard} />
    </ThemeContext.Provider>,
  );
  await tick();
  return {
    dataset,
    /** What `c` put on the clipboard, oldest first. */
    copied,
    frame: () => app.lastFrame() ?? '',
    lines: () => (app.lastFrame() ?? '').split('\n'),
    async press(...keys: string[]) {
      for (const k of keys) {
        app.stdin.write(k);
        // A lone Esc is only known to be one when nothing follows it.
        await tick();
        if (k === KEY.escape) await tick();
      }
    },
    /** Presses a cycling key (p, e, j…) until the screen shows `text`, at most `max` times. */
    async pressUntil(key: string, text: string, max = 20) {
      for (let i = 0; i < max && !(app.lastFrame() ?? '').includes(text); i++) await this.press(key);
    },
    unmount: () => app.unmount(),
  };
}
