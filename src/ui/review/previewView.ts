import { progressOf } from '../../review/session.js';
import { seg, type Line } from '../text/lines.js';
import { fitRight } from '../text/text.js';
import { wrap } from '../text/wrap.js';
import type { ReviewState } from './reviewState.js';
import { rt } from './words.js';

/**
 * The preview of a decision, drawn: each line the decision changes or keeps around a change,
 * with its number in the file before and after, as `diff -u` would show it. Drawing only.
 */
export function previewTitle(state: ReviewState): Line {
  const { reviewed, total } = progressOf(state.review);
  // Titled as the review is, the overlay named after the progress: the screen is still the review.
  const { lang } = state;
  return [seg(rt('title', lang), 'current'), seg(`  ${rt('reviewed', lang, { n: reviewed, total })} · ${rt('preview', lang)}`, 'bold')];
}

export function previewBody(state: ReviewState, width: number, rows: number): Line[] {
  const preview = state.preview!;
  const { lang } = state;
  const head: Line[] = [
    ...wrap(rt('previewHead', lang, { what: preview.title, file: preview.file }), width).map((w): Line => [seg(w.text, 'bold')]),
    ...(preview.warning ? wrap(preview.warning, width).map((w): Line => [seg(w.text, 'warn')]) : []),
  ];
  if (preview.rows.length === 0) return [...head, [seg(rt('previewNothing', lang), 'dim')]];
  rows = Math.max(1, rows - head.length);
  const numbers = Math.max(3, String(preview.rows.reduce((n, r) => Math.max(n, 'hunk' in r ? 0 : (r.before ?? r.after ?? 0)), 0)).length);
  const number = (n: number | null) => fitRight(n === null ? '' : String(n), numbers);
  const top = Math.max(0, Math.min(preview.top, preview.rows.length - rows));
  const diff = preview.rows.slice(top, top + rows).map((r): Line => {
    if ('hunk' in r) return [seg(r.hunk, 'dim')];
    const tone = r.sign === '-' ? 'warn' : r.sign === '+' ? 'accent' : 'plain';
    return [seg(`${number(r.before)} ${number(r.after)} `, 'dim'), seg(`${r.sign} ${r.text}`, tone)];
  });
  return [...head, ...diff];
}
