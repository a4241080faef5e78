import { Box } from 'ink';
import { useMemo } from 'react';
import type { Dataset } from '../model/types.js';
import type { Clipboard } from '../platform/clipboard.js';
import { Bars } from './components/Bars.js';
import { layout } from './components/layout.js';
import { useExplorer, type ExplorerServices, type MessageTimes } from './explorer.js';
import { useTerminalSize, type Size } from './input/keys.js';
import { MODES } from './modes.js';
import { itemTitle } from './modes/list/rows.js';
import { useTraditionalScript, type SearchReadiness } from './opening.js';
import { shownMode } from './state/mode.js';
import { createQueries } from './state/selectors.js';
import type { Lang } from './strings.js';
import { labeller } from './text/labels.js';

/**
 * Picks what to draw from the state, the table of modes and the terminal's size: the tab bar,
 * the body (the view of the mode on screen), the status bar. Input and effects are `useExplorer`'s.
 */
export function App({
  dataset,
  lang = 'en',
  size: fixedSize,
  onInterrupt,
  onReview,
  messageTimes,
  clipboard,
  search,
  startNotice,
  start,
  saveSettings,
  files,
}: {
  dataset: Dataset;
  lang?: Lang;
  size?: Size;
  onInterrupt?: () => void;
  onReview?: ExplorerServices['onReview'];
  messageTimes?: MessageTimes;
  clipboard?: Clipboard;
  /** The search index as it gets ready; without it, the index is built on the first search. */
  search?: SearchReadiness;
  /** A line to show on the first frame (the cache could not be written). */
  startNotice?: string | null;
  /** The script and order saved from the last run. */
  start?: ExplorerServices['start'];
  saveSettings?: ExplorerServices['saveSettings'];
  /** Where the save key writes, and today's date for its file names; the current folder and the clock by default. */
  files?: ExplorerServices['files'];
}) {
  const searchIndex = search?.index;
  const queries = useMemo(() => createQueries(dataset, searchIndex), [dataset, searchIndex]);
  const size = useTerminalSize(fixedSize);
  const state = useExplorer(queries, lang, size, {
    clipboard,
    onInterrupt,
    ...(onReview ? { onReview } : {}),
    messageTimes,
    startNotice,
    start,
    saveSettings,
    files,
  });
  const screen = layout(size.columns, size.rows);

  // Names as written in traditional come a moment after the first frame: the converter is built then.
  const traditional = useTraditionalScript();
  const label = useMemo(() => labeller(dataset, state.lang, state.script, traditional), [dataset, state.lang, state.script, traditional]);

  const indexing = search?.progress ?? null;
  // A terminal too small for the bars is the too-small mode's alone, whatever the state says yet.
  if (screen.mode === 'too-small') {
    const { view: TooSmall } = MODES['too-small'];
    return <TooSmall state={state} queries={queries} label={label} width={size.columns} height={size.rows} indexing={indexing} />;
  }
  const mode = MODES[shownMode(state)];
  const current = queries.current(state);
  const width = screen.root.width;
  const bodyHeight = screen.mode === 'split' ? screen.list.height : screen.body.height;
  return (
    <Box flexDirection="column" width={width} height={screen.root.height}>
      <Bars.Tabs
        state={state}
        width={width}
        position={mode.position?.(state, queries) ?? null}
        at={screen.mode === 'split' && !state.detailHidden ? screen.list.width : width}
      />
      <Box height={bodyHeight} width={width}>
        <mode.view state={state} queries={queries} label={label} width={width} height={bodyHeight} indexing={indexing} />
      </Box>
      <Bars.Status
        state={state}
        dataset={dataset}
        label={label}
        width={width}
        shown={queries.items(state).length}
        empty={mode.nothingToActOn?.(state, queries) ?? false}
        title={current === null ? null : itemTitle(state.pane, current, dataset, state.lang, label)}
      />
    </Box>
  );
}
