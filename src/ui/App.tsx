import { Box } from 'ink';
import { useMemo } from 'react';
import type { Dataset } from '../model/types.js';
import { Bars, type Position } from './components/Bars.js';
import { DetailPane } from './components/DetailPane.js';
import type { Clipboard } from '../platform/clipboard.js';
import { Chooser } from './components/Chooser.js';
import { Finder } from './components/Finder.js';
import { Help } from './components/Help.js';
import { Palette } from './components/Palette.js';
import { finderRows } from './finder.js';
import { Lines } from './components/Lines.js';
import { ListPane } from './components/ListPane.js';
import { ReaderDetail, ReaderView } from './components/ReaderView.js';
import { detailContentOf } from './detailView.js';
import { timelineContent } from './timeline.js';
import { useExplorer, useTerminalSize, type ExplorerServices, type MessageTimes, type Size } from './input.js';
import { labeller, type Labeller } from './labels.js';
import { layout, readerSplit, type Box as Area } from './layout.js';
import { seg } from './lines.js';
import { categoryHeader, categoryRow, documentHeader, documentRow, factHeader, factRow, indicatorHeader, indicatorRow } from './rows.js';
import { useTraditionalScript, type SearchReadiness } from './opening.js';
import { createQueries, type Queries } from './selectors.js';
import { helpMode } from './modes.js';
import { paletteRows } from './palette.js';
import type { UiState } from './state/types.js';
import { t, type Lang } from './strings.js';
import { wrap } from './wrap.js';

/** Picks what to draw from the state and the terminal's size; input and effects are `useExplorer`'s. */
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
  });
  const screen = layout(size.columns, size.rows);

  // Names as written in traditional come a moment after the first frame: the converter is built then.
  const traditional = useTraditionalScript();
  const label = useMemo(() => labeller(dataset, state.lang, state.script, traditional), [dataset, state.lang, state.script, traditional]);

  if (screen.mode === 'too-small') {
    const width = Math.max(2, size.columns);
    const message = wrap(t('tooSmall', state.lang), width).map((l) => [seg(l.text, 'warn')]);
    return <Lines lines={[...message, [seg(`${size.columns}×${size.rows}`, 'dim')]].slice(0, Math.max(1, size.rows - 1))} width={width} />;
  }
  const current = queries.current(state);
  const width = screen.root.width;
  const bodyHeight = screen.mode === 'split' ? screen.list.height : screen.body.height;
  // With the detail folded away (z) a wide screen draws as a narrow one does: the list, or the detail once it has the keys.
  const split = screen.mode === 'split' && !state.detailHidden ? screen : null;
  const body = { width, height: bodyHeight };
  // From 160 columns the reader keeps the detail of its current figure beside it.
  const reading = readerSplit(width);
  return (
    <Box flexDirection="column" width={width} height={screen.root.height}>
      <Bars.Tabs state={state} width={width} position={positionOf(state, queries)} at={split ? split.list.width : width} />
      <Box height={bodyHeight} width={width}>
        {state.help ? (
          <Help mode={helpMode(state)} lang={state.lang} query={state.help.query} top={state.help.top} width={width} height={bodyHeight} />
        ) : state.palette ? (
          <Palette
            rows={paletteRows(state)}
            query={state.palette.query}
            cursor={state.palette.cursor}
            lang={state.lang}
            width={width}
            height={bodyHeight}
          />
        ) : state.chooser ? (
          <Chooser choices={state.chooser.choices} cursor={state.chooser.cursor} lang={state.lang} width={width} height={bodyHeight} />
        ) : state.finder ? (
          <Finder
            finder={state.finder}
            rows={finderRows(state.finder, queries)}
            indexing={search?.progress ?? null}
            title={state.finder.kind === 'related' ? titleOf({ ...state, pane: 'figures' }, queries, label, state.finder.fact) : ''}
            lang={state.lang}
            labelOf={(hit) => (hit.type === 'fact' ? label.factLine(dataset.factById.get(hit.id)!) : label.zh(hit.label))}
            width={width}
            height={bodyHeight}
          />
        ) : state.screen.kind === 'reader' ? (
          <>
            <ReaderView state={state} queries={queries} label={label} width={reading?.reader ?? width} height={bodyHeight} />
            {reading ? (
              <>
                <Box width={1} />
                <ReaderDetail state={state} queries={queries} label={label} size={{ width: reading.detail, height: bodyHeight }} />
              </>
            ) : null}
          </>
        ) : state.screen.kind === 'timeline' ? (
          <DetailPane
            title={t('timeline', state.lang)}
            content={timelineContent(queries.timelineOf(state), state.screen.cursor, width, state.lang, label)}
            cursor={state.screen.cursor}
            focused
            lang={state.lang}
            width={width}
            height={bodyHeight}
          />
        ) : split ? (
          <>
            <ListView state={state} queries={queries} label={label} size={split.list} />
            <Box width={1} />
            <DetailView state={state} queries={queries} label={label} size={split.detail} current={current} />
          </>
        ) : state.screen.kind === 'detail' ? (
          <DetailView state={state} queries={queries} label={label} size={body} current={current} />
        ) : (
          <ListView state={state} queries={queries} label={label} size={body} />
        )}
      </Box>
      <Bars.Status
        state={state}
        dataset={dataset}
        label={label}
        width={width}
        shown={queries.items(state).length}
        empty={nothingToActOn(state, queries)}
        title={current === null ? null : titleOf(state, queries, label, current)}
      />
    </Box>
  );
}

/** Where the selection stands in the list it belongs to ("12 of 142"); null where no list is in play. */
function positionOf(state: UiState, q: Queries): Position | null {
  if (state.help || state.palette || state.chooser || state.finder) return null;
  if (state.screen.kind === 'timeline') return { n: state.screen.cursor + 1, total: q.timelineFacts(state).length };
  if (state.screen.kind === 'reader') return null;
  const at = q.position(state);
  return at < 0 ? null : { n: at + 1, total: q.items(state).length };
}

/** Whether the list or results in front of the keys are empty, so the keys that act on an item do nothing. */
function nothingToActOn(state: UiState, q: Queries): boolean {
  if (state.help || state.chooser) return false;
  if (state.finder) return finderRows(state.finder, q).length === 0;
  if (state.screen.kind === 'timeline') return q.timelineFacts(state).length === 0;
  return state.screen.kind === 'list' && q.items(state).length === 0;
}

function titleOf(state: UiState, q: Queries, label: Labeller, id: string): string {
  if (state.pane === 'documents') return label.zh(q.dataset.documentById.get(id)!.title.zh);
  if (state.pane === 'categories') return label.category(id);
  if (state.pane === 'compare') {
    const indicator = q.dataset.indicatorById.get(id)!;
    return state.lang === 'en' ? indicator.name.en : label.zh(indicator.name.zh_hans);
  }
  const fact = q.dataset.factById.get(id)!;
  return `${label.place(fact.place)} ${fact.year} ${label.metricZh(fact)}`;
}

function ListView({ state, queries, label, size }: { state: UiState; queries: Queries; label: Labeller; size: Area }) {
  const { lang } = state;
  const items = queries.items(state);
  const selected = queries.position(state);
  const focused = state.screen.kind === 'list';
  const d = queries.dataset;
  const common = { count: items.length, selected, width: size.width, height: size.height, focused };
  switch (state.pane) {
    case 'documents':
      return (
        <ListPane
          {...common}
          header={documentHeader(size.width, lang)}
          row={(i) => documentRow(d.documentById.get(items[i]!)!, size.width, lang, label)}
        />
      );
    case 'figures': {
      // The metric names in view, made once a frame: each row is cut to stand apart from them.
      let beside: string[] | null = null;
      return (
        <ListPane
          {...common}
          header={factHeader(size.width, lang)}
          row={(i, { top, end }) => {
            beside ??= items.slice(top, end).map((id) => label.metricZh(d.factById.get(id)!));
            return factRow(d.factById.get(items[i]!)!, size.width, lang, label, d, beside);
          }}
          empty={[seg(t('noFacts', lang), 'dim')]}
        />
      );
    }
    case 'categories':
      return (
        <ListPane
          {...common}
          header={categoryHeader(size.width, lang)}
          row={(i) => categoryRow(d.categoryById.get(items[i]!)!, d, size.width, lang, label)}
        />
      );
    case 'compare':
      return (
        <ListPane
          {...common}
          header={indicatorHeader(size.width, lang)}
          row={(i) => indicatorRow(d.indicatorById.get(items[i]!)!, d, size.width, lang, label)}
        />
      );
  }
}

function DetailView({
  state,
  queries,
  label,
  size,
  current,
}: {
  state: UiState;
  queries: Queries;
  label: Labeller;
  size: Area;
  current: string | null;
}) {
  const content = detailContentOf(state, queries, label, size.width, current);
  const cursor = state.screen.kind === 'detail' ? state.screen.cursor : -1;
  return (
    <DetailPane
      title={t('detail', state.lang)}
      content={content}
      cursor={cursor}
      {...(state.screen.kind === 'detail' && state.screen.top !== undefined ? { top: state.screen.top } : {})}
      focused={state.screen.kind === 'detail'}
      lang={state.lang}
      width={size.width}
      height={size.height}
    />
  );
}
