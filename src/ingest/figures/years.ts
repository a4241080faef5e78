import { chineseNumber } from './numbers.js';

/**
 * How a text writes a year: 2022年, 2022 年 (a PDF's space), 二〇二二年 or 二○二二年 (its digits
 * in Chinese numerals, the zero written 〇 or ○). Every reader of years reads them through
 * this one pattern, so that a year one reader takes is not a figure to another.
 */
export const YEAR = '((?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})\\s?年';

const DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The year a YEAR match's digits name: 2022 for 2022 and for 二〇二二. */
export function yearValue(digits: string): number {
  return /^\d+$/u.test(digits) ? Number(digits) : Number([...digits].map((d) => DIGIT[d] ?? '').join(''));
}

/** A five-year plan's ordinal as written: 十四五, “十五五”, 十三五. */
export const PLAN = /[“"「]?(十[一二三四五六七八九])五[”"」]?/u;

/**
 * The years of the nth five-year plan: the third ran 1966-1970 after three years of
 * readjustment, and every plan since has run five years, so the 14th is 2021-2025.
 */
export function planYears(ordinal: string): { start: number; end: number } | undefined {
  const n = chineseNumber(ordinal);
  if (n === undefined || n < 3) return undefined;
  const end = 1970 + 5 * (n - 3);
  return { start: end - 4, end };
}
