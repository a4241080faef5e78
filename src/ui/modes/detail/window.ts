import type { Glyphs } from '../../components/barGeometry.js';
import type { Content } from '../../text/content.js';
import { categoryDetail, documentDetail, factDetail, indicatorDetail, type DetailContent } from './content.js';
import { EMPTY } from '../../text/content.js';
import type { Labeller } from '../../text/labels.js';
import { scrollTop, SPLIT_COLUMNS, splitWidths } from '../../components/layout.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';

/**
 * The detail pane as the state shows it: its content, its width, and the window of lines a
 * cursor puts in view. The view draws it; the keys read it to know how far the detail goes.
 */

/** The detail's width: beside the list on a wide screen (unless folded away with z), else the whole width. */
export function detailWidth(state: UiState): number {
  const { width } = state.viewport;
  return width >= SPLIT_COLUMNS && !state.detailHidden ? splitWidths(width).detail : width;
}

/** The detail of the selected item of the pane. */
export function detailContentOf(
  state: UiState,
  queries: Queries,
  label: Labeller,
  width: number,
  current: string | null,
  glyphs?: Glyphs,
): DetailContent {
  if (current === null) return EMPTY;
  const cursor = state.screen.kind === 'detail' ? state.screen.cursor : -1;
  const ctx = {
    dataset: queries.dataset,
    width,
    lang: state.lang,
    label,
    links: queries.links(state),
    cursor,
    ...(glyphs ? { glyphs } : {}),
  };
  if (state.pane === 'figures') return factDetail(queries.dataset.factById.get(current)!, queries.around(current), ctx);
  if (state.pane === 'documents') return documentDetail(current, ctx);
  if (state.pane === 'compare') return indicatorDetail(current, queries.pivotOf('indicator', current), ctx);
  return categoryDetail(current, queries.pivotOf('category', current), ctx);
}

/**
 * The first line shown of `rows`, and whether the last row says how much follows: from the
 * keys' `top` where they scrolled the detail, else where the cursor's link is in view.
 */
export function detailWindow(content: Content, cursor: number, rows: number, scrolled?: number): { top: number; cut: boolean } {
  if (scrolled !== undefined) {
    let top = Math.max(0, Math.min(scrolled, content.length - rows));
    const cut = rows > 1 && top + rows < content.length;
    if (!cut) top = Math.max(0, content.length - rows);
    return { top, cut };
  }
  const focusLine = cursor >= 0 ? (content.linkLine(cursor) ?? 0) : 0;
  // The last link stands for the rest of the detail (a legend, a note after it): on it the
  // window goes as far down as it can while the link stays in view.
  const last = cursor >= 0 && content.linkLine(cursor + 1) === undefined;
  const within = (room: number) =>
    scrollTop(last ? Math.min(content.length - 1, focusLine + room - 1) : focusLine, room, content.length, 0);
  // No margin: the detail scrolls only as far as the focused link needs, keeping its heading in view.
  let top = within(rows);
  // Cut short, the last row says how much follows; the focused link stays above it.
  let cut = rows > 1 && top + rows < content.length;
  if (cut) top = within(rows - 1);
  // Scrolled to the end, nothing is left to announce: the window shows the last lines whole.
  if (cut && top + rows - 1 >= content.length) [top, cut] = [content.length - rows, false];
  return { top, cut };
}

/**
 * Where ↓ and ↑ take the detail, as a text browser's keys do: to the next link when it is in
 * view, else a page on (a line of the last page kept in view), so that every line of a detail
 * is in reach however far apart its links are. PgDn and PgUp scroll a page.
 */
export function detailMove(
  content: Content,
  links: number,
  rows: number,
  at: { cursor: number; top?: number },
  step: 1 | -1,
  page = false,
) {
  const { top, cut } = detailWindow(content, at.cursor, rows, at.top);
  const shown = rows - (cut ? 1 : 0);
  const stride = Math.max(1, shown - 1);
  const maxTop = Math.max(0, content.length - rows + (content.length > rows ? 1 : 0));
  const next = at.cursor + step;
  const line = next >= 0 && next < links ? content.linkLine(next) : undefined;
  if (!page && line !== undefined && line >= top && line < top + shown) return { cursor: next, top };
  if (step > 0 && top + shown < content.length) return { cursor: at.cursor, top: Math.min(maxTop, top + stride) };
  if (step < 0 && top > 0) return { cursor: at.cursor, top: Math.max(0, top - stride) };
  // At the end (or the top) there is nothing left to scroll: the cursor moves on, or off the links.
  if (!page && next >= -1 && next < links) return { cursor: next, top };
  return at;
}
