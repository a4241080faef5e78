/**
 * Pane sizes for a terminal size. The root is drawn one row short of the terminal: at full
 * height Ink clears the screen and its scrollback on every frame.
 */

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
/** Below this width the list and the detail take turns on the whole screen. */
export const SPLIT_COLUMNS = 100;

export interface Box {
  readonly width: number;
  readonly height: number;
}

export type Layout =
  | { readonly mode: 'too-small'; readonly columns: number; readonly rows: number }
  | { readonly mode: 'single'; readonly root: Box; readonly body: Box }
  | { readonly mode: 'split'; readonly root: Box; readonly list: Box; readonly detail: Box };

/** Rows taken by the tab bar (1) and the status bar (2) around the body. */
const CHROME_ROWS = 3;

export function layout(columns: number, rows: number): Layout {
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) return { mode: 'too-small', columns, rows };
  const root = { width: columns, height: rows - 1 };
  const bodyHeight = root.height - CHROME_ROWS;
  if (columns < SPLIT_COLUMNS) return { mode: 'single', root, body: { width: columns, height: bodyHeight } };
  const widths = splitWidths(columns);
  return { mode: 'split', root, list: { width: widths.list, height: bodyHeight }, detail: { width: widths.detail, height: bodyHeight } };
}

/** The list's and the detail's widths side by side; one column is the gutter between them. */
export function splitWidths(columns: number): { readonly list: number; readonly detail: number } {
  const list = Math.round(columns * 0.56);
  return { list, detail: columns - list - 1 };
}

/** From this width the reader keeps the detail beside it: the text left, its current figure right. */
export const READER_SPLIT_COLUMNS = 160;

/** The reader's width and its detail's, the gutter between; null where the reader takes the whole width. */
export function readerSplit(columns: number): { readonly reader: number; readonly detail: number } | null {
  if (columns < READER_SPLIT_COLUMNS) return null;
  const detail = Math.max(60, Math.round(columns * 0.4));
  return { reader: columns - detail - 1, detail };
}

/**
 * The first row to show of `total` rows in a window of `height` so that `selected` is in
 * view, `margin` rows from the edge where possible. Stateless, so the same selection always
 * shows the same window.
 */
export function scrollTop(selected: number, height: number, total: number, margin = 3): number {
  if (total <= height || selected < 0) return 0;
  margin = Math.min(margin, Math.floor(height / 4));
  const top = Math.max(0, selected - height + 1 + margin);
  return Math.min(top, total - height);
}
