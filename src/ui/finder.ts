import type { SearchHit } from '../search/engine.js';
import { fold } from '../text/fold.js';
import { factLabel, type ResultType } from '../search/records.js';
import { graphemes } from './text.js';
import type { Queries } from './selectors.js';
import type { Finder } from './state/types.js';

/**
 * The finder overlay: the search box (`/`) and the related-figures list (`r`) share it.
 * Pure: the query edits, the grouping of results and the ranges to highlight.
 */
export type Edit = 'backspace' | 'word' | 'clear';

/** The search box holds at most this many characters (UTF-16 units): no query is longer, and pastes are cut. */
export const MAX_QUERY = 1000;

export function editQuery(query: string, edit: Edit): string {
  switch (edit) {
    case 'clear':
      return '';
    case 'word': {
      // Ctrl-W: the word before the cursor and the spaces after it, as in a shell.
      const trimmed = query.trimEnd();
      return trimmed.slice(0, Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u3000')) + 1);
    }
    case 'backspace': {
      // The last grapheme is found in the query's tail, so Backspace costs the same at any length.
      const tail = query.slice(-16);
      let last = 0;
      for (const g of graphemes(tail)) last = g.index;
      return query.slice(0, query.length - tail.length + last);
    }
  }
}

/**
 * The editing keys on an overlay's filter box (the help's, the palette's): Backspace with
 * nothing typed closes the overlay, as it closes every other. Undefined for any other key.
 */
export function editFilter<S>(query: string, command: string, filter: (query: string) => S, close: () => S): S | undefined {
  switch (command) {
    case 'deleteChar':
      return query ? filter(editQuery(query, 'backspace')) : close();
    case 'deleteWord':
      return filter(editQuery(query, 'word'));
    case 'clearQuery':
      return filter('');
    default:
      return undefined;
  }
}

/** Typed or pasted text as it goes into the box: control characters and line breaks become spaces. */
export function typed(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]+/gu, ' ');
}

/** The query with `text` added, cut to `limit` (never inside a surrogate pair); `cut` says whether it was. */
export function appendQuery(query: string, text: string, limit = MAX_QUERY): { query: string; cut: boolean } {
  const whole = query + typed(text);
  if (whole.length <= limit) return { query: whole, cut: false };
  const end = /[\uD800-\uDBFF]/u.test(whole[limit - 1]!) ? limit - 1 : limit;
  return { query: whole.slice(0, end), cut: true };
}

export const RESULT_LIMIT = 60;

export interface FinderRow {
  readonly hit: SearchHit;
  /** Set on the first row of each group. */
  readonly group?: ResultType;
}

/** The rows of each search's hits and of each figure's related ones, made once: a key in the finder redraws, it does not regroup. */
const rowsOf = new WeakMap<object, FinderRow[]>();

/** Results grouped by type, the groups in the order of their best result. */
export function finderRows(finder: Finder, q: Queries): readonly FinderRow[] {
  const source = finder.kind === 'search' ? q.search(finder.query, RESULT_LIMIT) : q.around(finder.fact);
  let rows = rowsOf.get(source);
  if (!rows) {
    const hits: readonly SearchHit[] =
      'figures' in source
        ? source.figures.map((f, i, all) => ({
            type: 'fact' as const,
            id: f.id,
            score: all.length - i,
            label: factLabel(q.dataset, f),
            place: f.place,
            document: f.document,
          }))
        : source;
    const order: ResultType[] = [];
    for (const h of hits) if (!order.includes(h.type)) order.push(h.type);
    rows = order.flatMap((type) => hits.filter((h) => h.type === type).map((hit, i) => (i === 0 ? { hit, group: type } : { hit })));
    rowsOf.set(source, rows);
  }
  return rows;
}

/**
 * Where the query's words stand in a label, as [start, end) ranges of the label as shown.
 * Folding keeps lengths for these texts; where it would not, nothing is highlighted.
 */
export function highlights(label: string, query: string): [number, number][] {
  const folded = fold(label);
  if (folded.length !== label.length) return [];
  const ranges: [number, number][] = [];
  for (const word of fold(query).split(' ').filter(Boolean)) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) ranges.push([at, at + word.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
