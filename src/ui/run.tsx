import { EventEmitter } from 'node:events';
import { Box, render } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import type { Dataset } from '../model/types.js';
import { systemClipboard, type ClipboardMode } from '../platform/clipboard.js';
import { enterFullScreen } from '../platform/terminal.js';
import { App } from './App.js';
import type { Lang } from './strings.js';
import { ThemeContext, themeFromEnv } from './theme.js';

/**
 * After `fg` the screen is blank, but Ink believes its last frame is still there and skips
 * drawing it again. One blank frame, then the real one, makes it draw everything.
 */
function Redrawable({ resumed, children }: { resumed: EventEmitter; children: ReactNode }) {
  const [blank, setBlank] = useState(false);
  useEffect(() => {
    const onResume = () => setBlank(true);
    resumed.on('resume', onResume);
    return () => {
      resumed.off('resume', onResume);
    };
  }, [resumed]);
  useEffect(() => {
    // The second render is the point: the blank frame must be drawn before the real one.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (blank) setBlank(false);
  }, [blank]);
  return <Box display={blank ? 'none' : 'flex'}>{children}</Box>;
}

/**
 * Runs the explorer full screen until the user quits; the caller has checked for a terminal.
 * Returns the exit code: 0 for q, 130 for Ctrl-C, as shells expect of an interrupt.
 */
export async function runExplorer(dataset: Dataset, options: { lang: Lang; clipboard: ClipboardMode }): Promise<number> {
  let code = 0;
  const resumed = new EventEmitter();
  const screen = enterFullScreen(process.stdout, { keyboard: process.stdin, onResume: () => resumed.emit('resume') });
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFromEnv(process.env)}>
        <Redrawable resumed={resumed}>
          <App
            dataset={dataset}
            lang={options.lang}
            onInterrupt={() => (code = 130)}
            onSuspend={() => process.kill(process.pid, 'SIGTSTP')}
            clipboard={systemClipboard({ mode: options.clipboard })}
          />
        </Redrawable>
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
