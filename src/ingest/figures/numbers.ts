import { chineseFigures } from './chineseNumbers.js';
import { findRanks } from './ranks.js';
import type { NumberMention, SkippedNumber } from './mention.js';
import { countBelow } from './spans.js';

export { chineseNumber } from './chineseNumbers.js';

/**
 * The numbers of a clean text, each with the unit written after it, read only where a
 * figure can be: dates, ordinals, document numbers, names with digits, list markers and
 * clock times are not figures, and are passed over. A unit keeps its 万, 亿 or 万亿: values are
 * never converted.
 */

export type { NumberMention, SkippedNumber } from './mention.js';

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
  // Index points: 点 right after a number (430点), never in 试点 or 重点, which no number stands before.
  '点',
  '點',
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

const CLOCK_BEFORE = /(?:上午|下午|中午|晚上|凌晨|早上|傍晚|每天|每日)\s*$/u;

/**
 * What a multiple's or a point's own words say of it. 增长13.1倍 grew by 13.1 times its base (14.1
 * times it), 是2020年的2.3倍 is 2.3 times its base: both are kept as written, so they are told
 * apart by measure, growth and a ratio (share), never compared. 点 counts index points where an
 * index or a score is named before it; else it may count items (5点建议).
 */
function ownWords(text: string, start: number, unit: string): Pick<NumberMention, 'measure' | 'reason'> {
  const before = text.slice(Math.max(0, start - 20), start);
  if (unit === '倍') {
    if (/(?:增长|增長|增加|提高|提升|扩大|擴大)了?$/u.test(before)) return { measure: 'growth' };
    if (/的$/u.test(before)) return { measure: 'share', reason: 'a multiple of a base: read as a ratio' };
    return { reason: 'a multiple, its base not named before it' };
  }
  if (/^[点點]$/u.test(unit) && !/指数|指數|指标|指標|得分|分值|评分|評分/u.test(before))
    return { reason: 'points (点) with no index named' };
  return {};
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
  const ranks = findRanks(text);
  const rankStarts = new Set(ranks.map((r) => r.start));
  for (const m of text.matchAll(ARABIC)) {
    const start = m.index;
    if (rankStarts.has(start)) continue;
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
    // A policy package named by its count in quotation marks (“科技创新30条”, “双23条”) is a name, not a figure.
    if (/[“"「『][^”"」』，,。；;\n]{0,8}$/u.test(text.slice(Math.max(0, start - 9), start)) && /^[”"」』]/u.test(text.slice(end))) {
      skipped.push({ start, end: numberEnd, why: 'a name in quotation marks (“113”工程)' });
      continue;
    }
    if (
      /^[点點]$/u.test(unit) &&
      (CLOCK_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || /^[钟鐘半整过過\d]/u.test(text.slice(end)))
    ) {
      skipped.push({ start, end: numberEnd, why: 'a time of day (下午3点)' });
      continue;
    }
    numbers.push({ start, end, ...(range ?? { value: toNumber(m[1]!) }), unit, chinese: false, ...ownWords(text, start, unit) });
  }
  const chinese = chineseFigures(text, unitAt, rankStarts);
  numbers.push(...chinese.numbers);
  for (const r of ranks) {
    const { top, ...rank } = r;
    numbers.push({ ...rank, measure: 'rank', ...(top ? { qualifier: 'at_most', reason: 'top N: a rank of at most N' } : {}) });
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
  const kept = inRatio.size === 0 ? skipped : skipped.filter((_, k) => !inRatio.has(k));
  return { numbers, skipped: [...kept, ...chinese.skipped].sort((a, b) => a.start - b.start) };
}
