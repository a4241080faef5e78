/**
 * Ranks: a place in an ordering, 居全国第4位, 位居全省第二, 全国排名第五, 进入全国前十. An ordinal
 * is a rank only where a ranking word (居, 位列, 排名, 进入…) stands before it in its clause and
 * no noun follows it: 第29批, 第二届, 第3次, 第一季度 and 第一，… (a list's first point) stay ordinals.
 * A rank's unit is its measure word as written, 位 or 名, or none: 第4位 and 第4 are one rank,
 * but a unit is never added. 进入前十 is a rank of at most ten; 强 (前10强) is quoted, no unit.
 */

/** A rank found in a text: the number's span and what the text writes of it. */
export interface RankMention {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: '' | '位' | '名';
  readonly chinese: boolean;
  /** 前N: a top N, at most N. */
  readonly top: boolean;
}

/** Words that rank what precedes them: 居, 位居, 位列, 排名, 跃居, 进入 (前十)… */
const RANKING =
  '(?:位居|居于|居於|稳居|穩居|跃居|躍居|跃升至|躍升至|升至|上升至|上升到|提升至|提升到|位列|名列|列|居(?![民住])|排名|排位|排在|排|进入|進入|跻身|躋身|迈入|邁入|挺进|挺進|保持)';
/** The ranking word, then where it ranks (全国, 中部地区), in one clause: no stop between. */
const RANKED = new RegExp(`${RANKING}[^，,。；;：:！!？?\\n]{0,14}$`, 'u');
const RANK = /(第|前)(\d{1,3}|[一二两兩三四五六七八九十]{1,3})(位|名|强|強)?(?=$|的|[^\p{Script=Han}\d.])/gu;

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四 → 4, 十一 → 11, 二十 → 20; undefined for what is no rank (一一, 十十). */
function smallNumber(s: string): number | undefined {
  if (/^\d+$/u.test(s)) return Number(s);
  const m = /^([一二两兩三四五六七八九])?(十)?([一二两兩三四五六七八九])?$/u.exec(s);
  if (!m || (m[1] && m[3] && !m[2])) return undefined;
  return m[2] ? (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0) : DIGITS[m[1] ?? m[3]!];
}

/** Every rank of the text, in text order. */
export function findRanks(text: string): RankMention[] {
  const ranks: RankMention[] = [];
  for (const m of text.matchAll(RANK)) {
    const [, lead, numeral, word] = m as unknown as [string, string, string, string | undefined];
    const value = smallNumber(numeral);
    // 第0 is no place; a ranking word must say that the ordinal orders what the clause names.
    if (value === undefined || value < 1) continue;
    if (!RANKED.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // 前 after a time (前三季度 is cut by the noun) or in 之前/以前/目前 is no top N.
    if (lead === '前' && /[之以目提当當此]$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const start = m.index + lead.length;
    ranks.push({
      start,
      end: m.index + m[0].length,
      value,
      unit: word === '位' || word === '名' ? word : '',
      chinese: !/^\d/u.test(numeral),
      top: lead === '前',
    });
  }
  return ranks;
}

const RANKING_WORDS = new RegExp(RANKING, 'gu');
/** Words between what is ranked and its ranking word that say how, not what: 均居, 仍位列, 连续三年保持. */
const ADVERB = /(?:均|也|都|仍然|仍|继续|繼續|稳定|穩定|始终|始終|连续\p{Script=Han}{1,2}年|連續\p{Script=Han}{1,2}年)$/u;

/**
 * The metric of a rank from the words before its number: what is ranked, where, and 排名.
 * 综合科技创新水平指数居全国第 → 综合科技创新水平指数全国排名; 全国排名第 → 全国排名. The last
 * ranking word splits them (居民 may stand before 居, 位列 holds 列). `ranked` is empty where the
 * clause names only where it ranks (排名全省第3): what is ranked is then the clause before's.
 */
export function rankMetric(words: string): { metric: string; ranked: string } {
  const last = [...words.matchAll(RANKING_WORDS)].at(-1);
  const head = last ? words.slice(0, last.index) : words;
  const where = last ? words.slice(last.index + last[0].length) : '';
  const ranked = head.replace(ADVERB, '').trim();
  return { metric: `${ranked}${where.replace(/(?:第|前)$/u, '').trim()}排名`, ranked };
}
