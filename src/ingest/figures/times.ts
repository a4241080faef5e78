import { countBelow, type Spans } from './spans.js';
import { YEAR, yearValue } from './years.js';

/**
 * The time words of a text (a year, 今年, 去年, 目前), found once, each with the year it names
 * and whether it opens its paragraph, so that a number finds the ones before it by binary
 * search: filtering them all for each number took time in the square of a text's length.
 */

const WHEN = new RegExp(
  `(比|较|較|与|與|获|獲|是|从|從|由)?(?:${YEAR}(?!度)(以来|以來)?|今年|本年|去年|上年|前年|目前|截至目前|当前|當前)`,
  'gu',
);

/** The year a time word names, given the document's year; undefined for a base year (比2020年, 是2015年的) or an award year. */
function yearNamed(m: RegExpMatchArray, documentYear: number | undefined): number | undefined {
  // "2022年以来" runs up to the document's date: its figures are as of then.
  if (m[2] !== undefined && m[3] !== undefined) return documentYear ?? yearValue(m[2]);
  // 比上年, 较2020年, 从2020年的: a base the figure is measured against, not the year it is for;
  // 从2021年起 is a year.
  const base = m[1] !== undefined && (!/^[从從由]$/u.test(m[1]) || m.input?.[m.index! + m[0].length] === '的');
  if (base) return undefined;
  if (m[2] !== undefined) return yearValue(m[2]);
  if (documentYear === undefined) return undefined;
  if (/去年|上年/u.test(m[0])) return documentYear - 1;
  if (m[0] === '前年') return documentYear - 2;
  return documentYear;
}

/** A time word that names a year, and where it stands. */
export interface Dated {
  readonly at: number;
  readonly year: number;
}

export interface TimesBefore {
  /** The last time word, as written. */
  readonly last?: string;
  /** The last one that names a year. */
  readonly nearest?: Dated;
  /** The last one that names a year and opens its paragraph ("2021年,…", "去年以来,…"), framing what follows. */
  readonly framing?: Dated;
}

/** The time words that end at or before a position. */
export type TimeWords = (at: number) => TimesBefore;

export function timeWordsOf(text: string, documentYear: number | undefined, spans: Spans): TimeWords {
  const words = [...text.matchAll(WHEN)];
  const ends = Int32Array.from(words, (w) => w.index + w[0].length);
  const dated = words.map((w) => {
    const year = yearNamed(w, documentYear);
    return year === undefined ? undefined : { at: w.index, year };
  });
  // A year in a paragraph's first sentence ("2021年,…", "记者获悉，2023年，我市…") frames the paragraphs after it.
  const opens = (at: number) => !/[。！？!?；;]/u.test(text.slice(spans.lineStart(at), at));
  // For the first k words, the index of the last dated one, and of the last dated one that opens its paragraph.
  const nearest = new Int32Array(words.length);
  const framing = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const d = dated[k];
    nearest[k] = d ? k : k > 0 ? nearest[k - 1]! : -1;
    framing[k] = d && opens(d.at) ? k : k > 0 ? framing[k - 1]! : -1;
  }
  return (at) => {
    const k = countBelow(ends, at + 1);
    if (k === 0) return {};
    const near = dated[nearest[k - 1]!];
    const frame = dated[framing[k - 1]!];
    return { last: words[k - 1]![0], ...(near ? { nearest: near } : {}), ...(frame ? { framing: frame } : {}) };
  };
}
