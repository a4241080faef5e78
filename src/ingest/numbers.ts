import { countBelow } from './spans.js';

/**
 * The numbers of a clean text, each with the unit written after it, read only where a
 * figure can be: dates, ordinals, document numbers, names with digits, list markers and
 * clock times are not figures, and are passed over. A unit keeps its 万, 亿 or 万亿: values are
 * never converted.
 */

export interface NumberMention {
  /** UTF-16 offsets of the number and its unit in the text: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly value?: number;
  readonly valueMin?: number;
  readonly valueMax?: number;
  /** As written: 家, 万家, 億元, %, 个百分点; empty where the text gives none (a ratio 1:9). */
  readonly unit: string;
  /** Written in Chinese numerals (一千二百家): read with less confidence. */
  readonly chinese: boolean;
}

/** A number the text holds that was not read as a figure, and why: listed, never dropped unsaid. */
export interface SkippedNumber {
  readonly start: number;
  readonly end: number;
  readonly why: string;
}

const MAGNITUDE = '(?:万亿|萬億|亿|億|万|萬)';
/** Measure words and units, longest first so that 人次 wins over 人. */
const MEASURES = [
  '个百分点',
  '個百分點',
  '平方公里',
  '平方米',
  '人次',
  '家次',
  '项次',
  '項次',
  '元',
  '家',
  '个',
  '個',
  '项',
  '項',
  '件',
  '人',
  '名',
  '位',
  '户',
  '戶',
  '台',
  '臺',
  '套',
  '座',
  '所',
  '条',
  '條',
  '批',
  '场',
  '場',
  '次',
  '篇',
  '款',
  '支',
  '只',
  '亩',
  '畝',
  '吨',
  '噸',
  '米',
  '公里',
  '倍',
  '种',
  '種',
  '期',
  '辆',
  '輛',
  '块',
  '塊',
  '株',
  '头',
  '頭',
  '间',
  '間',
  '栋',
  '棟',
  '例',
  '床',
  '年',
];
const UNIT = new RegExp(
  `^(?:(?:多|余|餘)?(${MAGNITUDE})?(?:多|余|餘)?(${MEASURES.join('|')})(\\([人个個次]\\)|（[人个個次]）)?|(?:多|余|餘)?(${MAGNITUDE})(?![\\p{Script=Han}])|(%|％))`,
  'u',
);

const ARABIC = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(?:-|—|–|~|～|至|到)\s*(\d+(?:,\d{3})*(?:\.\d+)?))?/gu;

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

const toNumber = (s: string) => Number(s.replace(/,/gu, ''));

/** Why a number at [start, end) is no figure, from what stands around it; undefined when it may be one. */
function notAFigure(text: string, start: number, end: number, unit: string): string | undefined {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  const lineStart = start === 0 || text[start - 1] === '\n';
  if (/[A-Za-z]$/u.test(before) || /^[A-Za-z]/u.test(after)) return 'part of a name with letters (5G, R&D)';
  if (/[+＋]$/u.test(before) || /^[+＋]\d/u.test(after)) return 'part of a numbered name (1+6)';
  if (/第$/u.test(before)) return 'an ordinal or a number in a name (第29批)';
  if (/^[号號期届屆次批]/u.test(after) && !unit) return 'a document or issue number';
  if (/[“"「『]$/u.test(before) && /^[”"」』]/u.test(after)) return 'a name in quotation marks (“113”工程)';
  if (/^[·・.:：]\d/u.test(after) || /\d[·・:：]$/u.test(before)) return 'a date, a time or a numbered name (4·27, 10:28)';
  if (/^[-/]\d/u.test(after) || /\d[-/]$/u.test(before)) return 'a date or a code';
  if (/^\s*[年月日时時分秒号號]/u.test(after) && unit === '') return 'a date';
  if (lineStart && (/^[.、．)）]/u.test(after) || (/^\p{Script=Han}/u.test(after) && unit === ''))) return 'a list marker';
  if (/[（(]$/u.test(before) && /^[)）]/u.test(after)) return 'a list marker';
  return undefined;
}

/** The unit written right after a number, with its 万/亿, and where it ends. */
function unitAt(text: string, at: number): { unit: string; end: number } {
  const m = UNIT.exec(text.slice(at, at + 12));
  if (!m) return { unit: '', end: at };
  // 多 and 余 between a number and its unit are a qualifier, not part of the unit: 20多项 is more than 20 项.
  const unit = m[5] ?? `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}` + (m[4] ?? '');
  return { unit: unit === '％' ? '％' : unit, end: at + m[0].length };
}

/** Every number of the text that may be a figure, and every other one with why it is not. */
export function findNumbers(text: string): { numbers: NumberMention[]; skipped: SkippedNumber[] } {
  const numbers: NumberMention[] = [];
  const skipped: SkippedNumber[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const start = m.index;
    // A digit or a decimal point right before belongs to a number read already (a code, an IP).
    if (start > 0 && /[\d.]/u.test(text[start - 1]!)) continue;
    const numberEnd = start + m[0].length;
    const { unit, end } = unitAt(text, numberEnd);
    const why = notAFigure(text, start, numberEnd, unit);
    const isYear = /^(?:19|20)\d{2}$/u.test(m[1]!) && m[2] === undefined && (unit === '年' || /^\s*年/u.test(text.slice(numberEnd)));
    if (why !== undefined || isYear) {
      if (!isYear && why !== 'a date') skipped.push({ start, end: numberEnd, why: why! });
      continue;
    }
    if (unit === '年') continue;
    // A bare number is a figure only as a ratio's term (1:9); else it is a count with its unit left out, or no figure.
    if (/^0\d/u.test(m[1]!)) {
      skipped.push({ start, end: numberEnd, why: 'a code or a telephone number (a leading 0)' });
      continue;
    }
    if (unit === '' && !/[:：]$/u.test(text.slice(Math.max(0, start - 1), start))) {
      skipped.push({ start, end: numberEnd, why: 'no unit after it' });
      continue;
    }
    const range = m[2] !== undefined ? { valueMin: toNumber(m[1]!), valueMax: toNumber(m[2]) } : undefined;
    if (range && !(range.valueMin < range.valueMax)) {
      skipped.push({ start, end: numberEnd, why: 'a range whose ends are not in order, or a code' });
      continue;
    }
    numbers.push({ start, end, ...(range ?? { value: toNumber(m[1]!) }), unit, chinese: false });
  }
  for (const m of text.matchAll(CHINESE)) {
    const start = m.index;
    const value = chineseNumber(m[0]);
    const { unit, end } = unitAt(text, start + m[0].length);
    // A Chinese numeral is a figure only with a unit, and not as an ordinal, a plan's name (十四五) or a count of one.
    if (value === undefined || unit === '' || unit === '年' || value < 2) continue;
    if (/第$/u.test(text.slice(Math.max(0, start - 1), start))) continue;
    if (/[十百千]/u.test(m[0]) || /[达達有共计計增]$/u.test(text.slice(Math.max(0, start - 1), start))) {
      numbers.push({ start, end, value, unit, chinese: true });
    }
  }
  // A ratio (比例1:9) is one figure, its second term, quoted whole: its terms are no longer skipped.
  // The skipped are in text order, so a ratio's are found by binary search, not by a search of all of them.
  const skippedStarts = Int32Array.from(skipped, (s) => s.start);
  const inRatio = new Set<number>();
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)/gu)) {
    if (!/比例|比$|之比/u.test(text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 3))) continue;
    const end = m.index + m[0].length;
    for (let k = countBelow(skippedStarts, m.index); k < skipped.length && skipped[k]!.start < end; k++) {
      if (skipped[k]!.end <= end) inRatio.add(k);
    }
    numbers.push({ start: m.index, end, value: Number(m[2]), unit: '', chinese: false });
  }
  numbers.sort((a, b) => a.start - b.start);
  return { numbers, skipped: inRatio.size === 0 ? skipped : skipped.filter((_, k) => !inRatio.has(k)) };
}
