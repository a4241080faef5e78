import type { SearchHit } from '../../../search/engine.js';
import { fold } from '../../../text/fold.js';
import { factLabel, type ResultType } from '../../../search/records.js';
import type { Queries } from '../../state/selectors.js';
import type { FinderState } from './state.js';

/**
 * The finder overlay: the search box (`/`) and the related-figures list (`r`) share it.
 * Pure: the grouping of results and the ranges to highlight.
 */
export const RESULT_LIMIT = 60;

export interface FinderRow {
  readonly hit: SearchHit;
  /** Set on the first row of each group. */
  readonly group?: ResultType;
}

/** The rows of each search's hits and of each figure's related ones, made once: a key in the finder redraws, it does not regroup. */
const rowsOf = new WeakMap<object, FinderRow[]>();

/** Results grouped by type, the groups in the order of their best result. */
export function finderRows(finder: FinderState, q: Queries): readonly FinderRow[] {
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
