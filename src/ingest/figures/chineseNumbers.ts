import type { NumberMention, SkippedNumber } from './mention.js';

/**
 * Counts and amounts in Chinese numerals (一千二百家, 两千余家, 近千家) and without digits (超万亿元,
 * 近万家). The value is the numeral as written: 千 is read as 1000, as 一千 is, but a 万, 亿 or 万亿
 * stays in the unit, so 超万亿元 is 1 万亿元, more than. Idioms and names that hold a numeral and
 * a measure word (百家争鸣, 千家万户, 百人计划) are no figures: a lone 十, 百 or 千 is one only
 * with a word that counts it (近, 超, 逾, 上, 约, 达, 有, 共, 余…).
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE = /[零〇一二两兩三四五六七八九十百千]+/gu;

/** 一千二百 → 1200, 十五 → 15, 两 → 2; undefined for what is no number (一一). */
export function chineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== undefined) return undefined;
      digit = CHINESE_DIGITS[ch]!;
    } else {
      const unit = CHINESE_UNITS[ch]!;
      total += (digit ?? 1) * unit;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

type UnitAt = (text: string, at: number) => { unit: string; end: number };

/** Words before a round numeral that count it, and the qualifier each says where the words after do not. */
const COUNTING: readonly [RegExp, NumberMention['qualifier']][] = [
  [/(?:超过|超過|突破|超|逾|破)$/u, 'more_than'],
  [/(?:将近|將近|接近|近)$/u, 'nearly'],
  [/(?:大约|大約|约|約)$/u, 'about'],
  // 上百家: the count has reached a hundred (上 as in 达到), so a hundred or more.
  [/上$/u, 'at_least'],
  [/(?:达到|達到|达|達|有|共|计|計|增|新增|累计|累計|合计|合計)$/u, undefined],
];
/** 数十家, 几百人, 成千上万, 若干: a count with no value. */
const NO_VALUE = /(?:数|數|几|幾|若干|成[十百千万萬]?上?)$/u;
const MAGNITUDES = /(?:万亿|萬億|亿|億|万|萬)/gu;

/** The counts and amounts of a text written in Chinese numerals or without digits, and those that hold no value, with why. */
export function chineseFigures(text: string, unitAt: UnitAt, ranks: ReadonlySet<number>) {
  const numbers: NumberMention[] = [];
  const skipped: SkippedNumber[] = [];
  const before = (at: number, n = 4) => text.slice(Math.max(0, at - n), at);
  for (const m of text.matchAll(CHINESE)) {
    const start = m.index;
    if (ranks.has(start)) continue;
    const value = chineseNumber(m[0]);
    const { unit, end } = unitAt(text, start + m[0].length);
    // A Chinese numeral is a figure only with a unit, and not as an ordinal, a plan's name (十四五) or a count of one.
    if (value === undefined || unit === '' || unit === '年' || value < 2) continue;
    if (/第$/u.test(before(start, 1))) continue;
    if (NO_VALUE.test(before(start, 3))) {
      skipped.push({ start, end, why: 'a count with no value (数十家, 几百人, 成千上万)' });
      continue;
    }
    // 一万二千: a numeral in two parts around a 万, which is not read.
    if (/[\d零〇一二两兩三四五六七八九十百千][万萬亿億]$/u.test(before(start, 2))) continue;
    const runOn = /[多余餘]/u.test(text.slice(start + m[0].length, end));
    const counting = COUNTING.find(([cue]) => cue.test(before(start)));
    if (m[0].length === 1 && /[十百千]/u.test(m[0]) && !runOn && !counting) continue;
    if (!/[十百千]/u.test(m[0]) && !/[达達有共计計增]$/u.test(before(start, 1))) continue;
    // The qualifier of a run-on (千余家) is read here: the numeral's end is not a digit's, as propose looks for.
    const qualifier = runOn ? 'more_than' : counting?.[1];
    numbers.push({
      start,
      end,
      value,
      unit,
      chinese: true,
      ...(qualifier ? { qualifier } : {}),
      ...(qualifier === 'at_least' && !runOn ? { reason: 'round count: 上 read as at least' } : {}),
    });
  }
  for (const m of text.matchAll(MAGNITUDES)) {
    const start = m.index;
    // Only a magnitude with nothing read before it: 1.9万 and 两万 are read with their numbers.
    if (/[\d零〇一二两兩三四五六七八九十百千万萬亿億]$/u.test(before(start, 1))) continue;
    const { unit, end } = unitAt(text, start);
    const runOn = /[多余餘]/u.test(text.slice(start + m[0].length, end));
    const counting = COUNTING.find(([cue]) => cue.test(before(start)));
    // 每万人口, 万众创新, 亿万: no figure. 成千上万 is no value.
    if (!runOn && !counting) continue;
    if (unit === m[0] || unit === '' || NO_VALUE.test(before(start, 3).replace(/上$/u, ''))) continue;
    const qualifier = runOn ? 'more_than' : counting?.[1];
    numbers.push({
      start,
      end,
      value: 1,
      unit,
      chinese: true,
      ...(qualifier ? { qualifier } : {}),
      reason: `amount without digits: ${m[0]} read as 1 ${m[0]}`,
    });
  }
  // 翻一番 doubles and 翻两番 quadruples: the multiple is a reading of the idiom, which writes none.
  for (const m of text.matchAll(/翻了?(?:[一二两兩三四]|\d)?番/gu)) {
    skipped.push({ start: m.index, end: m.index + m[0].length, why: 'a doubling (翻一番): its multiple is not written' });
  }
  // 三成 is three tenths: never converted to 30%, and 成 is too common a word to be read as a unit, but
  // after a word of change (增长三成) it is a figure in tenths as written: 3 成, a growth.
  for (const m of text.matchAll(/[一二两兩三四五六七八九]成(以上|左右|多)?(?![为為立功果效本员員熟长長就交])/gu)) {
    if (/(?:增长|增長|提高|提升|增加|下降|减少|減少)了?(?:近|超过|超過|约|約)?$/u.test(before(m.index, 6))) {
      const end = m.index + 2;
      numbers.push({ start: m.index, end, value: chineseNumber(m[0][0]!)!, unit: '成', chinese: true, measure: 'growth' });
      continue;
    }
    if (m[1] || /(?:超过|超過|超|逾|近|将近|將近|接近|约|約|占|佔|达|達|到|为|為|有|过|過|不足|不到)$/u.test(before(m.index))) {
      skipped.push({ start: m.index, end: m.index + m[0].length, why: 'a share in tenths (三成), never converted to a percentage' });
    }
  }
  return { numbers, skipped };
}
