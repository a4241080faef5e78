import { render } from 'ink';
import { nothingRead, readReview } from '../../review/session.js';
import { enterFullScreen } from '../../platform/terminal.js';
import type { ReviewStart } from '../../commands/reviewDeclaration.js';
import { JobControlContext, processJobControl } from '../input/jobControl.js';
import { ThemeContext, themeFromEnv } from '../components/theme.js';
import { ReviewApp } from './ReviewApp.js';

/**
 * Runs the review full screen until the user quits, the terminal restored on every way out.
 * Returns the exit code: 0 for q, 130 for Ctrl-C, 1 when the folder cannot be read.
 */
export async function runReview(start: ReviewStart, err: (text: string) => void): Promise<number> {
  const review = readReview(start.dir, start.order);
  // A folder with nothing that can be read has nothing to show: why is said as the command line says it.
  if (nothingRead(review)) {
    for (const problem of review.problems) err(`policy-explorer: ${problem}\n`);
    return 1;
  }
  let code = 0;
  const jobs = processJobControl();
  const screen = enterFullScreen(process.stdout, { keyboard: process.stdin, pastes: true, onResume: jobs.resumed });
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  try {
    const instance = render(
      <ThemeContext.Provider value={themeFromEnv(process.env)}>
        <JobControlContext.Provider value={jobs}>
          <ReviewApp review={review} order={start.order} lang={start.lang} onInterrupt={() => (code = 130)} />
        </JobControlContext.Provider>
      </ThemeContext.Provider>,
      { exitOnCtrlC: false, patchConsole: false, incrementalRendering: false },
    );
    await instance.waitUntilExit();
  } finally {
    screen.restore();
  }
  return code;
}
