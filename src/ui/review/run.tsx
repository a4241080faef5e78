import { render } from 'ink';
import { readReview } from '../../review/session.js';
import { enterFullScreen } from '../../platform/terminal.js';
import type { ReviewStart } from '../../cli.js';
import { ThemeContext, themeFromEnv } from '../components/theme.js';
import { ReviewApp } from './ReviewApp.js';

/**
 * Runs the review full screen until the user quits, the terminal restored on every way out.
 * Returns the exit code: 0 for q, 130 for Ctrl-C, 1 when the folder cannot be read.
 */
export async function runReview(start: ReviewStart, err: (text: string) => void): Promise<number> {
  let review;
  try {
    review = readReview(start.dir, start.order);
  } catch (error) {
    err(
      `policy-explorer: cannot read the proposals in ${start.dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): is it a folder ingest wrote?\n`,
    );
    return 1;
  }
  let code = 0;
  const screen = enterFullScreen(process.stdout, { keyboard: process.stdin });
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFromEnv(process.env)}>
        <ReviewApp review={review} order={start.order} onInterrupt={() => (code = 130)} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: false, patchConsole: false, incrementalRendering: false },
    );
    await instance.waitUntilExit();
  } finally {
    screen.restore();
  }
  return code;
}
