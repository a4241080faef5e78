import { pinyin } from 'pinyin-pro';
import { gazetteer } from '../gazetteer/divisions.js';
import { OFFICIAL } from '../gazetteer/english.js';

/**
 * Which word of the data a mistyped Latin word was meant as. A correction is a word of the
 * data's vocabulary (vocabulary.ts) one edit away (two from eight letters on), and only when
 * no real word the data does not hold is as close: Nanjing is a city, not a typo of Nanning,
 * and "nanjin" is nearer Nanjing than Nanning. The real words are the places of the country
 * (the gazetteer's names, in pinyin), which are what a searcher most often
 * types that the data lacks and that lie one letter from what it holds.
 */

/** Three rows of the table of edits, kept between calls: a correction measures thousands of words. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edits (insert, delete, substitute, swap two neighbours) from a to b, or max + 1 once it is more than max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  if (n + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(2 * (n + 1)));
  let [before, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[n]!, max + 1);
}

/** How many edits a typo of a word this long may have. */
export const editsAllowed = (word: string): number => (word.length >= 8 ? 2 : 1);

const single = (word: string) => word.replace(/(.)\1+/gu, '$1');

/**
 * Edits from a typed word to a word, where a letter doubled or not doubled, wherever it is, is
 * one edit however many letters it moves (gazzele, gazelle; commisioners, commissioners).
 */
export function typoDistance(typed: string, word: string, max: number): number {
  const plain = editDistance(typed, word, max);
  if (plain <= 1 || max < 1) return plain;
  const a = single(typed);
  const b = single(word);
  const undoubled = typed.length - a.length + word.length - b.length;
  // Only a doubled letter or two: "qqqqzzzz" is no doubling typo of "zzq".
  if (undoubled === 0 || undoubled > 3) return plain;
  return Math.min(plain, editDistance(a, b, max - 1) + 1);
}

let places: readonly string[] | undefined;

/**
 * The country's place names as typed in Latin letters: nanjing, hangzhou, xian. Read as the
 * pinyin of the short names in one pass, which is some hundred times quicker than each
 * name's English and as good for telling a place from a typo.
 */
export function realPlaceWords(): readonly string[] {
  if (places) return places;
  const shorts = [...new Set(gazetteer().divisions.map((d) => d.short))];
  const syllables = pinyin(shorts.join(''), { toneType: 'none', type: 'array', v: true }) as string[];
  const words = new Set<string>();
  let at = 0;
  for (const short of shorts) {
    const length = [...short].length;
    const word = syllables
      .slice(at, at + length)
      .join('')
      .replace(/[^a-z]/gu, '');
    at += length;
    if (word.length >= 3) words.add(word);
  }
  // And the names given otherwise than in pinyin: Shaanxi, Harbin, Hohhot, Xizang.
  for (const english of OFFICIAL.values()) words.add(english.toLowerCase().replace(/[^a-z]/gu, ''));
  return (places = [...words]);
}

let placeSet: ReadonlySet<string> | undefined;

/** Whether a Latin word is the name of a place of the country. */
export const isPlaceWord = (word: string): boolean => (placeSet ??= new Set(realPlaceWords())).has(word);

export interface Correction {
  readonly word: string;
  readonly edits: number;
}

/**
 * The vocabulary's words nearest a typed word, all at the least distance; none when the word is
 * at least as near a real word outside the vocabulary (`known` says which words are in it).
 */
export function corrections(
  word: string,
  vocabulary: readonly string[],
  known: (w: string) => boolean,
  real: readonly string[] = realPlaceWords(),
): Correction[] {
  let found: Correction[] = [];
  let least = editsAllowed(word);
  for (const candidate of vocabulary) {
    const edits = typoDistance(word, candidate, least);
    if (edits > least || edits === 0) continue;
    if (edits < least) {
      least = edits;
      found = [];
    }
    found.push({ word: candidate, edits });
  }
  if (found.length === 0) return [];
  const nearest = found[0]!.edits;
  // A real word as near as the correction, or nearer, is what was meant: the data does not hold it.
  for (const other of real) if (!known(other) && typoDistance(word, other, nearest) <= nearest) return [];
  return found;
}
