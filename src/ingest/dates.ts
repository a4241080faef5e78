import { dateProblem } from '../model/values.js';
import type { Line } from './written.js';

/**
 * The dates a text gives, and where each of them stands: the day a report was delivered, the
 * day under a signature, the page's publishing time, a dateline under the headline. A date
 * is written 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日 or 二〇二四年三月五日; a year and
 * month alone are a date too (2024-03), a year alone is none: every figure's year looks like one.
 */

export type DateSource = 'delivered' | 'dateline' | 'published' | 'signed';

/** A date found in a line: its value (YYYY-MM-DD or YYYY-MM) and where it stands in the line. */
export interface DateAt {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const CHINESE_DIGITS = '〇○零Ｏ一二三四五六七八九';
/** The three ways of writing a date, as regular expressions (the build keeps a pattern's characters only in a literal). */
const DATES = new RegExp(
  [
    // 2024年3月5日, 2024年03月, 2024 年 3 月 5 日
    /(?<!\d)(?<y1>(?:19|20)\d{2})\s*年\s*(?<m1>\d{1,2})\s*月(?:\s*(?<d1>\d{1,2})\s*日)?/u,
    // 2024-03-05, 2024/3/5, 2024.03.05, 2024-03: the same mark between all three
    /(?<!\d)(?<y2>(?:19|20)\d{2})(?<sep>[-/.])(?<m2>\d{1,2})(?:\k<sep>(?<d2>\d{1,2}))?(?![\d.])/u,
    // 二〇二四年三月五日
    /(?<y3>[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?<m3>[一二三四五六七八九十]{1,3})\s*月(?:\s*(?<d3>[一二三四五六七八九十]{1,3})\s*日)?/u,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'gu',
);

/** 一 to 三十一 as written in a date: 十 is ten, 二十一 twenty-one. */
function chineseNumber(text: string): number {
  const digit = (c: string | undefined): number => (c === undefined ? 0 : CHINESE_DIGITS.indexOf(c) - 3);
  const ten = text.indexOf('十');
  if (ten < 0) return digit(text);
  return (ten === 0 ? 1 : digit(text[0])) * 10 + (ten === text.length - 1 ? 0 : digit(text[ten + 1]));
}

const chineseYear = (text: string): number => Number([...text].map((c) => Math.max(0, CHINESE_DIGITS.indexOf(c) - 3)).join(''));

/** Every date in a line, in order; a day that is no day of its month (2024年2月30日) is none. */
export function datesIn(text: string): DateAt[] {
  const found: DateAt[] = [];
  for (const m of text.matchAll(DATES)) {
    const g = m.groups!;
    const year = g.y1 ?? g.y2 ?? (g.y3 === undefined ? '' : String(chineseYear(g.y3)));
    const month = g.m1 ?? g.m2 ?? (g.m3 === undefined ? undefined : String(chineseNumber(g.m3)));
    const day = g.d1 ?? g.d2 ?? (g.d3 === undefined ? undefined : String(chineseNumber(g.d3)));
    const ym = `${year}-${month!.padStart(2, '0')}`;
    const value = day === undefined ? ym : `${ym}-${day.padStart(2, '0')}`;
    if (dateProblem(value) === undefined) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** A date that is the whole line, or the line and its time of day: a signature's date, a dateline alone. */
export function dateAlone(text: string): string | undefined {
  const [date] = datesIn(text);
  if (!date) return undefined;
  const rest = text.slice(0, date.start) + text.slice(date.end);
  return /^[\s[\]【】()（）]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s[\]【】()（）]*$/u.test(rest) ? date.value : undefined;
}

/** The labels of a page's publishing time, and of a document's own date (成文日期: the day it was signed). */
const LABELLED =
  /[【[]?(?<label>成文日期|成文时间|发文日期|印发日期|发布时间|发布日期|更新时间|更新日期|时间|日期)[】\]]?\s*[:：]?\s*(?=\d|[〇○零])/gu;
/** Labels too common in a body (时间：2024年3月5日上午, 会议日期) to be trusted outside the page's head. */
const WEAK_LABEL = /^(?:时间|日期)$/u;

/** Words beside a dateline: the page's source, author, editor, views. */
const BESIDE_DATELINE = /来源|作者|编辑|责编|发布|浏览|阅读|点击|字号|稿源|供稿|星期|[|｜]/u;

/**
 * The published or dateline date of a page: a labelled date (发布时间：…, 成文日期：…) in
 * its head, or a strongly labelled one anywhere; else a dateline in its head, a line that
 * is its date with at most the time, the source or the editor beside it.
 */
export function pageDateIn(head: readonly Line[], rest: readonly Line[]): { date: string; from: DateSource } | undefined {
  for (const [lines, weak] of [
    [head, true],
    [rest, false],
  ] as const) {
    for (const line of lines) {
      if (line.simple.length > 200) continue;
      for (const m of line.simple.matchAll(LABELLED)) {
        const label = m.groups!.label!;
        // 时间 and 日期 alone label a date only as a field of the page's frame, never inside a word (申报时间).
        if (WEAK_LABEL.test(label) && (!weak || /\p{Script=Han}/u.test(line.simple[m.index - 1] ?? ''))) continue;
        const date = datesIn(line.simple.slice(m.index + m[0].length, m.index + m[0].length + 24)).find((d) => d.start === 0);
        if (date) return { date: date.value, from: label.startsWith('成文') ? 'signed' : 'published' };
      }
    }
  }
  for (const line of head) {
    if (line.simple.length > 80 || /会议上|[。，,；]/u.test(line.simple)) continue;
    const date = datesIn(line.simple)[0];
    if (!date) continue;
    const rest = (line.simple.slice(0, date.start) + line.simple.slice(date.end))
      .replace(/\d{1,2}:\d{2}(?::\d{2})?/u, '')
      .replace(/[\s[\]【】()（）]/gu, '');
    if (rest === '' || BESIDE_DATELINE.test(rest)) return { date: date.value, from: 'dateline' };
  }
  return undefined;
}

/** What a document's date_note says of a date ingest read, by where it read it. */
export const DATE_NOTES: Readonly<Record<DateSource, string>> = {
  delivered: 'Read by ingest from the line that says when and where the report was delivered (在…人民代表大会…会议上).',
  signed: "Read by ingest from the date under the text's signature.",
  published: "Read by ingest from the page's publishing date (发布时间/发布日期): the text states no date of its own.",
  dateline: 'Read by ingest from the dateline under the headline.',
};
