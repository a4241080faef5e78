import { fold, hasHan } from '../text/fold.js';
import { pinyin as pinyinOf } from 'pinyin-pro';
import { pinyinKeys } from './pinyin.js';
import { segments } from './query.js';
import type { Key } from './records.js';

/**
 * The words of the data, as a searcher may mean them: the Chinese words of its names (metric
 * terms, categories, indicators, places, synonyms), their pinyin word by word, and the English
 * words of its names. Never a name's pinyin run together into a sentence: a typed word is
 * corrected only into a word, and run-together pinyin is read as a row of these words.
 *
 * Made from the index's distinct keys, of which a dataset has a few hundred that are names
 * however many figures it holds, so it costs little and is made only when first needed.
 */

/** A name short enough to be one term (瞪羚企业, 高新技术企业): its pinyin is a word too. */
const TERM_CHARACTERS = 8;
const LATIN_WORD = /[a-z][a-z0-9&]*/gu;

export interface Vocabulary {
  /** English words and the pinyin of Chinese words: what a mistyped Latin word is corrected into. */
  readonly latin: readonly string[];
  readonly latinSet: ReadonlySet<string>;
  /** Pinyin of a Chinese word → the word (yanfa → 研发). */
  readonly pinyin: ReadonlyMap<string, string>;
  /** A Chinese term less one of its characters → the terms it comes from (高新技企业 → 高新技术企业). */
  readonly shortened: ReadonlyMap<string, readonly string[]>;
  /** The Chinese terms of four or more characters. */
  readonly terms: ReadonlySet<string>;
}

const isNameKey = (k: Key) => !k.compact && (k.role === 'name' || k.role === 'place' || k.role === 'category');

export function vocabularyOf(keys: readonly Key[], synonyms: readonly (readonly string[])[]): Vocabulary {
  const han = new Set<string>();
  const latinTexts = new Set<string>();
  for (const k of keys) {
    if (!isNameKey(k)) continue;
    if (hasHan(k.text)) han.add(k.text);
    else latinTexts.add(k.text);
  }
  for (const group of synonyms) {
    for (const word of group) {
      const folded = fold(word);
      if (hasHan(folded)) han.add(folded);
      else if (folded) latinTexts.add(folded);
    }
  }
  const pinyin = new Map<string, string>();
  const wholePinyin = new Set<string>();
  const terms = new Set<string>();
  // One pinyin reading of all the names at once (pinyin-pro is slow per call), sliced name by name and word by word.
  const names = [...han];
  const hanOnly = names.map((text) => [...text].filter(hasHan).join(''));
  const syllables = pinyinOf(hanOnly.join(''), { toneType: 'none', type: 'array', v: true }) as string[];
  let at = 0;
  names.forEach((text, n) => {
    const own = syllables.slice(at, (at += [...hanOnly[n]!].length));
    // A name's own pinyin key is no English word: it is left out of the Latin texts below, known
    // by the reading the key was made with (records.ts), which a reading in context may differ from.
    wholePinyin.add(pinyinKeys(text).full);
    const add = (zh: string, from: number) => {
      const length = [...zh].length;
      // A single syllable reads as too many things (lin: 林, 临, 邻) to stand for a word.
      if (length >= 2 && length <= TERM_CHARACTERS) {
        const full = own.slice(from, from + length).join('');
        if (!pinyin.has(full)) pinyin.set(full, zh);
      }
    };
    if (hanOnly[n] === text) add(text, 0);
    let offset = 0;
    for (const part of segments(text)) {
      const han = [...part].filter(hasHan).length;
      if (han === [...part].length) add(part, offset);
      offset += han;
    }
    for (const run of text.split(/[^\p{Script=Han}]+/u)) if ([...run].length >= 4) terms.add(run);
  });
  const latin = new Set<string>();
  for (const text of latinTexts) {
    if (wholePinyin.has(text)) continue;
    for (const [w] of text.matchAll(LATIN_WORD)) if (w.length >= 3) latin.add(w);
  }
  for (const p of pinyin.keys()) if (p.length >= 3) latin.add(p);
  const shortened = new Map<string, string[]>();
  for (const term of terms) {
    const chars = [...term];
    for (let i = 0; i < chars.length; i++) {
      const less = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
      const from = shortened.get(less) ?? [];
      if (!from.includes(term)) from.push(term);
      shortened.set(less, from);
    }
  }
  return { latin: [...latin], latinSet: latin, pinyin, shortened, terms };
}

/**
 * Run-together pinyin (yanfaqiangdu) read as the Chinese words of the data it spells (研发 强度),
 * in the fewest words (one, where it is a term's pinyin: gaoxinqiye, 高新企业); null when it is none.
 */
export function pinyinWords(vocabulary: Vocabulary, word: string): string[] | null {
  if (word.length < 4 || !/^[a-z]+$/u.test(word)) return null;
  const n = word.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 30); j < i; j++) {
      if (cost[j]! + 1 < cost[i]! && vocabulary.pinyin.has(word.slice(j, i))) {
        cost[i] = cost[j]! + 1;
        from[i] = j;
      }
    }
  }
  if (cost[n] === Infinity) return null;
  const out: string[] = [];
  for (let i = n; i > 0; i = from[i]!) out.unshift(vocabulary.pinyin.get(word.slice(from[i]!, i))!);
  return out;
}

/**
 * The terms of four or more characters that a run of Chinese is with one character dropped
 * (高新技企业) or one added inside it (高新技术性企业); none for a run that is a term itself.
 */
export function forgivenTerms(vocabulary: Vocabulary, run: string): string[] {
  const chars = [...run];
  if (chars.length < 3 || vocabulary.terms.has(run)) return [];
  const found = new Set(vocabulary.shortened.get(run) ?? []);
  if (chars.length >= 5) {
    // Not at either end: a character there is a word of its own (南宁有多少家高新技术企业), which reading the run as words finds.
    for (let i = 1; i < chars.length - 1; i++) {
      const less = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
      if (vocabulary.terms.has(less)) found.add(less);
    }
  }
  return [...found];
}
