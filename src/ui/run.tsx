import { render } from 'ink';
import type { Dataset } from '../model/types.js';
import { systemClipboard, type ClipboardMode } from '../platform/clipboard.js';
import { enterFullScreen } from '../platform/terminal.js';
import { App } from './App.js';
import type { Lang } from './strings.js';
import { ThemeContext, themeFromEnv } from './theme.js';

/**
 * Runs the explorer full screen until the user quits; the caller has checked for a terminal.
 * Returns the exit code: 0 for q, 130 for Ctrl-C, as shells expect of an interrupt.
 */
export async function runExplorer(dataset: Dataset, options: { lang: Lang; clipboard: ClipboardMode }): Promise<number> {
  let code = 0;
  const screen = enterFullScreen(process.stdout);
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFromEnv(process.env)}>
        <App
          dataset={dataset}
          lang={options.lang}
          onInterrupt={() => (code = 130)}
          clipboard={systemClipboard({ mode: options.clipboard })}
        />
      </ThemeContext.Provider>,
      // Ctrl-C is a key like q: the app quits through the same path and restores the screen.
      // Incremental rendering left stale rows at the top after a jump between panes of
      // Chinese text (Ink 6.8, tmux 3.3), so whole frames are written.
      { exitOnCtrlC: false, patchConsole: false, incrementalRendering: false },
    );
    await instance.waitUntilExit();
  } finally {
    screen.restore();
  }
  return code;
}
