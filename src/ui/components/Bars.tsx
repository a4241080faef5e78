import { Box } from 'ink';
import { isReversed, sortKey } from '../../model/queries.js';
import type { Dataset } from '../../model/types.js';
import type { Labeller } from '../text/labels.js';
import { seg, type Line, type Segment } from '../text/lines.js';
import { barHints } from '../keys/keymap.js';
import { inputMode, type Position } from '../state/mode.js';
import { PANES, type UiState } from '../state/types.js';
import { labelled, t, tf, type StringId } from '../strings.js';
import { displayWidth, truncateMiddle } from '../text/text.js';
import { filterSummary } from '../text/filterSummary.js';
import { Lines } from './Lines.js';

const PANE_TITLES = {
  documents: 'documents',
  figures: 'figuresPane',
  categories: 'categories',
  compare: 'comparePane',
} as const satisfies Record<string, StringId>;

/**
 * The pane tabs, "1 Documents  2 Figures  3 Categories  4 Compare", the current one inverse,
 * and where the selection stands in the list ("12 of 142"), ending at column `at` (the list
 * pane's right edge). Where they do not all fit, the other tabs show their number only.
 */
export function tabsLine(state: UiState, position: Position | null, width: number, at = width): Line {
  const count = position ? tf('position', state.lang, { n: position.n, total: position.total }) : '';
  const tabs = (compact: boolean) =>
    PANES.flatMap((pane, i) => {
      const current = pane === state.pane;
      const name = compact && !current ? '' : ` ${t(PANE_TITLES[pane], state.lang)}`;
      return [seg(` ${i + 1}${name} `, current ? 'current' : 'dim'), seg(' ')];
    });
  const room = (line: Line, edge: number) => edge - line.reduce((n, s) => n + displayWidth(s.text), 0) - displayWidth(count);
  let line = tabs(false);
  if (room(line, width) < 1) line = tabs(true);
  if (!count) return line;
  const edge = room(line, at) >= 1 ? at : width;
  return [...line, seg(' '.repeat(Math.max(1, room(line, edge)))), seg(count, 'dim')];
}

function Tabs({ state, position, width, at }: { state: UiState; position: Position | null; width: number; at: number }) {
  return <Lines lines={[tabsLine(state, position, width, at)]} width={width} />;
}

/** Where you are, the filters in force, the keys that work here, and a passing message. */
export function statusLines(
  state: UiState,
  dataset: Dataset,
  label: Labeller,
  title: string | null,
  shown: number,
  width: number,
  empty = false,
): [Line, Line] {
  const { lang } = state;
  const crumbs = [t(PANE_TITLES[state.pane], lang)];
  if (title) crumbs.push(title);
  if (state.screen.kind === 'reader') crumbs.push(t('reader', lang));
  if (state.screen.kind === 'timeline') crumbs.push(t('timeline', lang));
  if (state.screen.kind === 'progress') crumbs.push(t('progressScreen', lang));
  if (state.screen.kind === 'detail') crumbs.push(t('detail', lang));
  const place = crumbs.join(' › ');
  const first: Segment[] = [seg(place, 'bold')];
  if (state.history.length) first.push(seg(`${lang === 'zh' ? '' : ' '}${tf('back', lang, { n: state.history.length })}`, 'dim'));
  const second: Segment[] = [];

  // Filters and order belong to the Figures pane, so they are shown there only.
  if (state.pane === 'figures') {
    const is = (name: StringId, value: string) => labelled(t(name, lang), value, lang);
    const count = `${shown}/${dataset.facts.length} ${t('figures', lang)}`;
    second.push(seg(count, 'bold'));
    // The filters say what they are ("places: …", "2022–2024"): with no "filters:" before them,
    // they take what the count leaves of the line, hints after them where room is left.
    const summary = filterSummary(state.filter, dataset, label, lang, Math.max(8, width - displayWidth(count) - 5));
    const shownFilters = summary ? `  ${summary}` : `  ${is('filters', t('none', lang))}`;
    second.push(seg(`${shownFilters}   `, summary ? 'bold' : 'dim'));
    const order = t(`order-${sortKey(state.order)}`, lang) + (isReversed(state.order) ? `, ${t('reversed', lang)}` : '');
    first.push(seg(`   ${is('order', order)}`, 'dim'));
  }
  first.push(seg(`   ${labelled(t('script', lang), t(state.script, lang), lang)}`, 'dim'));
  // Whole hints, as many as fit after the filters: a hint cut in half reads as a wrong key.
  let room = width - second.reduce((n, s) => n + displayWidth(s.text), 0);
  const hints: string[] = [];
  for (const hint of barHints(inputMode(state), lang, empty)) {
    const needed = displayWidth(hint) + (hints.length ? 2 : 0);
    if (needed > room) break;
    hints.push(hint);
    room -= needed;
  }
  second.push(seg(hints.join('  '), 'accent'));
  return [passing(state, place, width) ?? first, second];
}

/**
 * A passing message (where a copy went, or why not) in the first line, before where you are:
 * the hints below keep their place. Shortened in the middle, so that a file's path keeps its
 * name; what is left of the line still says where you are.
 */
function passing(state: UiState, place: string, width: number): Line | null {
  const text = [state.message && t(state.message, state.lang), state.notice].filter(Boolean).join('  ·  ');
  if (!text) return null;
  const shown = truncateMiddle(text, width);
  return [seg(shown, 'warn'), seg(`   ${place}`, 'dim')];
}

function Status({
  state,
  dataset,
  label,
  title,
  shown,
  width,
  empty,
}: {
  state: UiState;
  dataset: Dataset;
  label: Labeller;
  title: string | null;
  shown: number;
  width: number;
  /** No item or result to act on: the keys that act on one are not suggested. */
  empty: boolean;
}) {
  return (
    <Box flexDirection="column" width={width}>
      <Lines lines={statusLines(state, dataset, label, title, shown, width, empty)} width={width} />
    </Box>
  );
}

/** The bars above and below the panes. */
export const Bars = { Tabs, Status };
