import { render, useApp } from 'ink';
import { useEffect, useState } from 'react';
import type { ExplorerStart } from '../cli.js';
import type { CachedDataset } from '../model/snapshotCache.js';
import { saveSettings } from '../commands/settings.js';
import { systemClipboard } from '../platform/clipboard.js';
import { enterFullScreen } from '../platform/terminal.js';
import { App } from './App.js';
import { readReview } from '../review/session.js';
import { ReviewApp } from './review/ReviewApp.js';
import { Loading } from './components/Loading.js';
import { useRedrawOnResume, useTerminalSize } from './input/keys.js';
import { JobControlContext, processJobControl } from './input/jobControl.js';
import { useOpening, useSearchIndex } from './opening.js';
import { ThemeContext, themeFromEnv } from './components/theme.js';

/** The explorer over its dataset once open, its search index coming after the first frame. */
function Opened({
  cached,
  notice,
  start,
  onInterrupt,
  onReview,
}: {
  cached: CachedDataset;
  notice: string | null;
  start: ExplorerStart;
  onInterrupt: () => void;
  onReview: (document: string) => boolean;
}) {
  const search = useSearchIndex(cached);
  const [clipboard] = useState(() => systemClipboard({ mode: start.clipboard }));
  const { settings, env } = start;
  return (
    <App
      dataset={cached.dataset}
      lang={start.lang}
      start={{
        ...(settings.script ? { script: settings.script } : {}),
        ...(settings.order ? { order: settings.order } : {}),
        ...(settings.columns ? { columns: settings.columns } : {}),
      }}
      saveSettings={(change) => saveSettings(change, env)}
      search={search}
      startNotice={[start.settingsProblem, notice].filter((n) => n !== null).join(' · ') || null}
      onInterrupt={onInterrupt}
      onReview={onReview}
      clipboard={clipboard}
    />
  );
}

/** The loading screen until the dataset is open; on problems, it ends the app for them to be listed on the normal screen. */
function Explorer({
  start,
  onFailed,
  onInterrupt,
  onReview,
}: {
  start: ExplorerStart;
  onFailed: (message: string) => void;
  onInterrupt: () => void;
  onReview: (document: string) => boolean;
}) {
  const opening = useOpening(start);
  const size = useTerminalSize();
  useRedrawOnResume(opening.phase !== 'open');
  const { exit } = useApp();
  useEffect(() => {
    if (opening.phase !== 'failed') return;
    onFailed(opening.message);
    exit();
  }, [opening, onFailed, exit]);
  if (opening.phase === 'open') {
    return <Opened cached={opening.cached} notice={opening.notice} start={start} onInterrupt={onInterrupt} onReview={onReview} />;
  }
  return (
    <Loading progress={opening.phase === 'reading' ? opening.progress : null} lang={start.lang} width={size.columns} height={size.rows} />
  );
}

/** The folder of the location a document was read from, if it is one of the user's, with its texts in it. */
function reviewFolder(start: ExplorerStart, document: string): string | null {
  // A folder without documents/ or seeds/ of its own (the bundled one) holds nothing to review.
  return start.location.folders.find(({ dataDir }) => readReview(dataDir).documents.some((d) => d.id === document))?.dataDir ?? null;
}

/**
 * Runs the explorer full screen until the user quits; the caller has checked for a terminal.
 * R on a document leaves it for the review of the document's folder, and coming back opens
 * the dataset again, with the decisions in it. Returns the exit code: 0 for q, 130 for
 * Ctrl-C, as shells expect of an interrupt, and 1 when the dataset has problems, which are
 * then listed on stderr.
 */
export async function runExplorer(start: ExplorerStart, err: (text: string) => void): Promise<number> {
  let code = 0;
  let failure: string | undefined;
  const jobs = processJobControl();
  const screen = enterFullScreen(process.stdout, { keyboard: process.stdin, pastes: true, onResume: jobs.resumed });
  // Keys typed while the dataset is read must not be echoed over the screen: raw mode from the start.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  // Ctrl-C is a key like q: the app quits through the same path and restores the screen.
  // Incremental rendering left stale rows at the top after a jump between panes of
  // Chinese text (Ink 6.8, tmux 3.3), so whole frames are written.
  const options = { exitOnCtrlC: false, patchConsole: false, incrementalRendering: false };
  const theme = themeFromEnv(process.env);
  try {
    for (;;) {
      let reviewIn: string | null = null;
      const explorer = render(
        <ThemeContext.Provider value={theme}>
          <JobControlContext.Provider value={jobs}>
            <Explorer
              start={start}
              onFailed={(message) => ((failure = message), (code = 1))}
              onInterrupt={() => (code = 130)}
              onReview={(document) => (reviewIn = reviewFolder(start, document)) !== null}
            />
          </JobControlContext.Provider>
        </ThemeContext.Provider>,
        options,
      );
      await explorer.waitUntilExit();
      if (reviewIn === null) break;
      const review = render(
        <ThemeContext.Provider value={theme}>
          <JobControlContext.Provider value={jobs}>
            <ReviewApp review={readReview(reviewIn)} order="confidence" onInterrupt={() => (code = 130)} />
          </JobControlContext.Provider>
        </ThemeContext.Provider>,
        options,
      );
      await review.waitUntilExit();
      if (code === 130) break;
    }
  } finally {
    screen.restore();
  }
  if (failure) err(failure);
  return code;
}
