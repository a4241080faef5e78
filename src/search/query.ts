import { fold, hasHan } from '../text/fold.js';

/**
 * What a query's words are before any is looked up: filler to drop ("how many", 多少),
 * soft filters that lift rather than require (a year, "target", 目标), synonyms, and the
 * Chinese words in a run typed without spaces. Pure, and the same for every index.
 */

const FILLER_EN = new Set(
  'a an and are at by count did do does find figure figures for has have how in is many me much number of on or per show than the there total was were what which with year years'.split(
    ' ',
  ),
);
const FILLER_ZH = new Set([
  '多少',
  '有多少',
  '多少家',
  '多少个',
  '几',
  '几家',
  '家',
  '个',
  '有',
  '是',
  '的',
  '了',
  '吗',
  '呢',
  '什么',
  '哪些',
  '今年',
  '目前',
  '现在',
  '一共',
  '共',
  '总共',
  '请问',
  '查询',
  '查',
  '情况',
  '数据',
  '数量',
  '年',
]);

export type Kind = 'target' | 'reported';
const KIND_WORDS: Readonly<Record<string, Kind>> = {
  target: 'target',
  targets: 'target',
  goal: 'target',
  goals: 'target',
  planned: 'target',
  plan: 'target',
  目标: 'target',
  力争: 'target',
  计划: 'target',
  任务: 'target',
  reported: 'reported',
  actual: 'reported',
  achieved: 'reported',
  results: 'reported',
  result: 'reported',
  完成: 'reported',
  达到: 'reported',
  实现: 'reported',
  // The interface and citations call a reported figure 实际值; 实绩 is the same word in reports.
  实际值: 'reported',
  实际: 'reported',
  实绩: 'reported',
};

export function isFiller(word: string): boolean {
  return FILLER_EN.has(word) || FILLER_ZH.has(word);
}

const YEAR = /^((?:19|20)\d\d)年?$/u;

export interface QueryWords {
  /** The words to find, in order, filler included: a phrase such as "research and development" needs its "and". */
  readonly words: readonly string[];
  /** Whether filler words are to be skipped: not when they are all the query has. */
  readonly skipFiller: boolean;
  readonly years: readonly number[];
  readonly kind: Kind | null;
}

/** Splits a folded query into words to find and soft filters; a year or kind glued to Chinese is split off. */
export function queryWords(folded: string): QueryWords {
  const years: number[] = [];
  let kind: Kind | null = null;
  const words: string[] = [];
  for (const raw of folded.split(' ').filter(Boolean)) {
    // "扬州2024年目标": the year and the kind word are filters, the rest a word to find.
    const parts = hasHan(raw) ? raw.split(/((?:19|20)\d\d年?)/u).filter(Boolean) : [raw];
    for (const part of parts) {
      const year = YEAR.exec(part);
      if (year) {
        years.push(Number(year[1]));
        continue;
      }
      let rest = part;
      for (const [word, k] of Object.entries(KIND_WORDS)) {
        if (hasHan(word) && rest.length > word.length && rest.endsWith(word)) {
          kind = k;
          rest = rest.slice(0, -word.length);
        }
      }
      if (KIND_WORDS[rest]) kind = KIND_WORDS[rest]!;
      else words.push(rest);
    }
  }
  return { words, skipFiller: words.some((w) => !isFiller(w)), years, kind };
}

/** Folded word or phrase → the other words of its synonym groups. */
export type Synonyms = ReadonlyMap<string, readonly string[]>;

export function synonymMap(groups: readonly (readonly string[])[]): Synonyms {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const folded = group.map(fold).filter(Boolean);
    for (const word of folded) {
      const others = map.get(word) ?? [];
      for (const other of folded) if (other !== word && !others.includes(other)) others.push(other);
      // Words of the same script first: "高企" is explained as 高新技术企业, not as its translation.
      map.set(
        word,
        others.sort((a, b) => Number(hasHan(b) === hasHan(word)) - Number(hasHan(a) === hasHan(word))),
      );
    }
  }
  return map;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a run of Chinese typed without spaces, as a dictionary segmenter reads them:
 * in windows of 64 characters (the segmenter slows down on long strings), at most 40 words.
 */
export function segments(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length && out.length < 40; at += 64) {
    for (const { segment } of segmenter.segment(text.slice(at, at + 64))) if (segment.trim()) out.push(segment);
  }
  return out.slice(0, 40);
}
