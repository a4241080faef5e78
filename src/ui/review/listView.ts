import type { FolderFigure } from '../../review/folder.js';
import { progressOf } from '../../review/session.js';
import { seg, type Line } from '../text/lines.js';
import { fitRight, fitWidth, truncateMiddle } from '../text/text.js';
import { wrap } from '../text/wrap.js';
import { cursorIn, shownFigures } from './list.js';
import type { ReviewState } from './reviewState.js';
import { rt } from './words.js';

/**
 * The list of the folder's figures, drawn: a title with the filters, a header, and the rows
 * around the cursor, each column fitted to its width in display columns (Chinese metrics are
 * two columns a character). Drawing only.
 */

/** An ingested id repeats its document's; beside the document column, its own part says it. */
const shortId = (f: FolderFigure) => (f.id === null ? '—' : f.id.startsWith(`${f.document}-`) ? f.id.slice(f.document.length + 1) : f.id);

interface Columns {
  readonly id: number;
  readonly document: number;
  readonly metric: number;
  readonly value: number;
  readonly full: boolean;
}

/** Mark 2, state 8, confidence 4, five spaces between: the rest is shared by id, document, metric and value. */
function columnsFor(width: number): Columns {
  const full = width >= 120;
  const id = full ? 30 : 6;
  const value = Math.min(14, Math.max(6, Math.floor(width / 6)));
  const rest = Math.max(8, width - 19 - id - value);
  const document = Math.floor(rest * 0.4);
  return { id, document, metric: rest - document, value, full };
}

function row(f: FolderFigure, c: Columns, marked: boolean, current: boolean): Line {
  const id = c.full && f.id !== null ? truncateMiddle(f.id, c.id) : shortId(f);
  const text = [
    marked ? '● ' : '  ',
    fitWidth(id, c.id),
    ' ',
    fitWidth(f.state, 8),
    ' ',
    fitRight(f.confidence === null ? '—' : f.confidence.toFixed(2), 4),
    ' ',
    fitWidth(truncateMiddle(f.document, c.document), c.document),
    ' ',
    fitWidth(f.metric, c.metric),
    ' ',
    fitRight(`${f.value} ${f.unit}`.trim(), c.value),
  ].join('');
  const tone = current ? 'current' : f.state === 'proposed' || f.state === 'skipped' ? 'plain' : 'dim';
  return [seg(text, tone)];
}

export function listTitle(state: ReviewState): Line {
  const list = state.list!;
  const { states, min, document } = list.filter;
  // The document last: a long id is what the width cuts.
  const { reviewed, total } = progressOf(state.review);
  const { lang } = state;
  const named = states.map((s) => rt(`state-${s}`, lang)).join(', ');
  const said = [
    rt('reviewed', lang, { n: reviewed, total }),
    rt('list', lang),
    rt('shown', lang, { n: shownFigures(state).length }),
    rt('listState', lang, { s: states.length === 0 ? rt('allStates', lang) : named }),
    rt('confAtLeast', lang, { min: min ?? rt('anyConf', lang) }),
    ...(list.marked.length > 0 ? [rt('marked', lang, { n: list.marked.length })] : []),
    document ?? rt('everyDocument', lang),
  ];
  // Titled as the review is, the overlay named after the progress: the screen is still the review.
  return [seg(rt('title', lang), 'current'), seg(`  ${said.join(' · ')}`, 'bold')];
}

export function listBody(state: ReviewState, width: number, rows: number): Line[] {
  const list = state.list!;
  const { lang } = state;
  const shown = shownFigures(state);
  if (list.confirm) {
    const plan = list.confirm;
    const left = [
      plan.excepted.length ? rt('leftMarked', lang, { n: plan.excepted.length }) : '',
      plan.unready.length ? rt('leftUnready', lang, { n: plan.unready.length }) : '',
    ].filter(Boolean);
    const documents = plan.decisions.length;
    const ask = rt('listAsk', lang, {
      n: plan.accepted.length,
      min: list.filter.min === null ? '' : rt('listAskMin', lang, { min: list.filter.min }),
      docs: documents === 1 ? rt('oneDocument', lang) : rt('documents', lang, { n: documents }),
      left: left.length ? rt('leaving', lang, { what: left.join(rt('and', lang)) }) : '',
    });
    return wrap(ask, width).map((w) => [seg(w.text, 'bold')]);
  }
  const c = columnsFor(width);
  const lines: Line[] = [];
  if (list.typing !== null) lines.push([seg(rt('minPrompt', lang), 'bold'), seg(`${list.typing}▏`, 'bold')]);
  const header = [
    '  ',
    fitWidth('id', c.id),
    ' ',
    fitWidth(rt('colState', lang), 8),
    ' ',
    fitRight(rt('colConf', lang), 4),
    ' ',
    fitWidth(rt('colDocument', lang), c.document),
  ];
  lines.push([
    seg([...header, ' ', fitWidth(rt('colMetric', lang), c.metric), ' ', fitRight(rt('colValue', lang), c.value)].join(''), 'dim'),
  ]);
  if (shown.length === 0) return [...lines, [seg(rt('noFigure', lang), 'dim')]];
  const room = Math.max(1, rows - lines.length);
  const cursor = cursorIn(list, shown.length);
  const top = Math.max(0, Math.min(cursor - Math.floor(room / 2), shown.length - room));
  shown.slice(top, top + room).forEach((f, i) => lines.push(row(f, c, f.id !== null && list.marked.includes(f.id), top + i === cursor)));
  return lines;
}
