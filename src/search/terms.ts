import { hasHan } from '../text/fold.js';
import { pinyinKeys } from './pinyin.js';
import { isFiller, segments, type Synonyms } from './query.js';
import type { PlaceReading, PlaceWord } from './places.js';

/**
 * A query's words as terms to score: each word with the spellings it may have been meant as
 * (its synonyms, its pinyin, a typo's correction), Chinese typed without spaces read as its
 * words, and the words that match nothing kept, so that results can say they matched in part.
 */

/** One word of the query with its spellings: `factor` < 1 for a guessed one, and `why` says how it was guessed. */
export type Term = readonly { readonly text: string; readonly factor: number; readonly why?: string }[];

/** The best score each record got for one term, whether it came from a place key, and which form gave it. */
export interface TermScores {
  readonly best: Float32Array;
  readonly viaPlace: Uint8Array;
  readonly form: Uint8Array;
  /** Set where the word as typed matched too: then a synonym's better score needs no explaining. */
  readonly direct: Uint8Array;
  readonly touched: number[];
  readonly term: Term;
  /** The query's word or run this term reads, as results name what they did not match. */
  readonly word?: string;
}

/**
 * A word of the query that matched nothing: it still counts against every result, as a partial
 * match. `place` is set where it names a real place the data has no figures of.
 */
export interface Unmatched {
  readonly unmatched: string;
  readonly place?: PlaceWord;
}
export type Scored = TermScores | Unmatched;
export const isUnmatched = (t: Scored): t is Unmatched => 'unmatched' in t;
const unmatchedWord = (word: string, place?: PlaceWord): Unmatched => (place ? { unmatched: word, place } : { unmatched: word });
const named = (scored: TermScores, word: string): TermScores => ({ ...scored, word });

/** What the terms need of an index. */
export interface Lookup {
  readonly size: number;
  readonly synonyms: Synonyms;
  score(term: Term): TermScores | null;
  corrected(word: string): Term | null;
  /** Whether a word the data does not hold as typed names a real place (places.ts); null when it names none. */
  place(word: string): PlaceReading | null;
  pinyinWords(word: string): string[] | null;
  /** Whether a Latin word is a word of the data: a name, an English word of its names, the pinyin of a word or term. */
  isWord(word: string): boolean;
  /** Whether a Latin word is a real place's name, in the data or not. */
  isPlace(word: string): boolean;
  forgiven(run: string): string[];
}

/** A word or phrase as typed, and its synonyms. */
function forms(index: Lookup, text: string): Term {
  const forms: { text: string; factor: number; why?: string }[] = [{ text, factor: 1 }];
  for (const other of index.synonyms.get(text) ?? []) forms.push({ text: other, factor: 0.9, why: `${text} → ${other}` });
  return forms;
}

/**
 * A word scored as typed and by its synonyms; Chinese that matches nothing is tried as the
 * term it is with a character dropped or added (高新技企业), then by its pinyin, which catches
 * the commonest Chinese typo, a homophone (科创代 for 科创贷).
 */
function scoreWord(index: Lookup, text: string): TermScores | null {
  // A common word (企业 is in half the names: a quarter is common) finds enough as typed; its synonyms would only add work.
  const asTyped = index.score([{ text, factor: 1 }]);
  const common = asTyped !== null && asTyped.touched.length * 4 >= index.size;
  const direct = common || !index.synonyms.has(text) ? asTyped : index.score(forms(index, text));
  if (direct || !hasHan(text) || [...text].length < 2) return direct;
  // A real place's name is no homophone of another's: 杭州 is not read as whatever "hangzhou" is inside.
  if (index.place(text) !== null) return null;
  const meant = index.forgiven(text);
  const forgiven = meant.length > 0 ? index.score(meant.map((m) => ({ text: m, factor: 0.85, why: `${text} → ${m}` }))) : null;
  if (forgiven) return forgiven;
  const { full } = pinyinKeys(text);
  return full.length >= 4 ? index.score([{ text: full, factor: 0.7, why: 'pinyin' }]) : null;
}

/**
 * A run of Chinese with no match as a whole, read as its words (a segmenter's) joined into
 * runs that match, so dropped, inserted and reordered words still find the name. Of all the
 * ways to join them, the one with the fewest terms and unmatched words wins: "广西科技型中小企业"
 * is 广西 + 科技型中小企业, not 广西科技 + 型 + 中小企业. Filler words go; a word that matches
 * nothing stays, unmatched, and counts against every result as a partial match.
 */
function chineseTerms(index: Lookup, word: string): Scored[] {
  const absent = (w: string) => {
    const reading = index.place(w);
    return reading && 'absent' in reading ? reading.absent : undefined;
  };
  const parts = segments(word);
  const memo = new Map<string, TermScores | null>();
  const scoreRun = (run: string) => {
    if (!memo.has(run)) memo.set(run, scoreWord(index, run));
    return memo.get(run)!;
  };
  // cost[i]: the best reading of parts[0..i); a matched run costs 1, an unmatched word 3, filler 0.
  const cost = new Array<number>(parts.length + 1).fill(Infinity);
  const step = new Array<{ from: number; term: Scored | 'skip' }>(parts.length + 1);
  cost[0] = 0;
  for (let i = 1; i <= parts.length; i++) {
    const single = parts[i - 1]!;
    const alone = isFiller(single) ? { c: 0, term: 'skip' as const } : { c: 3, term: unmatchedWord(single, absent(single)) };
    cost[i] = cost[i - 1]! + alone.c;
    step[i] = { from: i - 1, term: alone.term };
    for (let j = Math.max(0, i - 8); j < i; j++) {
      if (cost[j]! + 1 >= cost[i]!) continue;
      const run = parts.slice(j, i).join('');
      if (i - j === 1 && isFiller(run)) continue;
      const scored = scoreRun(run);
      if (scored) {
        cost[i] = cost[j]! + 1;
        step[i] = { from: j, term: named(scored, run) };
      }
    }
  }
  const out: Scored[] = [];
  for (let i = parts.length; i > 0; i = step[i]!.from) if (step[i]!.term !== 'skip') out.unshift(step[i]!.term as Scored);
  return out;
}

/** The query's words as scored terms, unmatched ones included; a phrase of up to three words may be one synonym. */
export function queryTerms(index: Lookup, words: readonly string[], skipFiller: boolean): Scored[] {
  const terms: Scored[] = [];
  for (let i = 0; i < words.length;) {
    if (
      skipFiller &&
      isFiller(words[i]!) &&
      !index.synonyms.has(words.slice(i, i + 2).join(' ')) &&
      !index.synonyms.has(words.slice(i, i + 3).join(' '))
    ) {
      i++;
      continue;
    }
    const phrase = [3, 2].map((len) => words.slice(i, i + len)).find((p) => p.length > 1 && index.synonyms.has(p.join(' ')));
    if (phrase) {
      const scored = scoreWord(index, phrase.join(' '));
      if (scored) {
        terms.push(named(scored, phrase.join(' ')));
        i += phrase.length;
        continue;
      }
    }
    // A real place (杭州, Harbin, Inner Mongolia) is a word, never a typo of another place.
    const place = placeAt(index, words, i);
    if (place) {
      terms.push(place.term);
      i += place.length;
      continue;
    }
    const word = words[i++]!;
    const scored = accidental(index, word, scoreWord(index, word));
    const spelt = scored || hasHan(word) ? null : pinyinTerms(index, word);
    if (spelt) {
      terms.push(...spelt.map((t) => named(t, word)));
      continue;
    }
    const corrected = scored ?? (hasHan(word) ? null : scoreOrNull(index, index.corrected(word)));
    if (corrected) terms.push(named(corrected, word));
    else if (hasHan(word)) terms.push(...chineseTerms(index, word));
    else terms.push(unmatchedWord(word));
  }
  return terms;
}

/**
 * The place named by the words from `at` (three, two or one of them: "inner mongolia", "xi an",
 * 杭州) that the data does not hold as typed: unmatched, naming it, where the data has no figures
 * of it; else read by the names the data has it by (Tibet as 西藏). Null where they name none.
 */
function placeAt(index: Lookup, words: readonly string[], at: number): { term: Scored; length: number } | null {
  for (const length of [3, 2, 1]) {
    if (at + length > words.length) continue;
    const phrase = words.slice(at, at + length).join(' ');
    if (length > 1 && hasHan(phrase)) continue;
    const reading = index.place(phrase);
    if (!reading) continue;
    if ('absent' in reading) return { term: unmatchedWord(phrase, reading.absent), length };
    const why = (text: string) => (reading.typo ? `typo: ${phrase} → ${text}` : `${phrase} → ${text}`);
    const forms: Term = reading.present.map((text) => ({
      text,
      factor: reading.typo ? 0.8 : 1,
      ...(text === phrase ? {} : { why: why(text) }),
    }));
    const scored = index.score(forms);
    return { term: scored ? named(scored, phrase) : unmatchedWord(phrase), length };
  }
  return null;
}

/**
 * A Latin word found inside run-together pinyin across its syllables ("guanxi" in
 * gongguanxiangmu, 攻关项目) is not what was meant when it is no word of the data, nor a row of
 * its words: where a word of the data is one typo away, the typo is what it is (Guangxi); where
 * it is a real place the data does not hold (jiangxi in jiangxiang, 奖项), it matches nothing.
 */
function accidental(index: Lookup, word: string, scored: TermScores | null): TermScores | null {
  if (!scored || word.length < 5 || !/^[a-z]+$/u.test(word) || index.isWord(word) || index.pinyinWords(word)) return scored;
  return scoreOrNull(index, index.corrected(word)) ?? (index.isPlace(word) ? null : scored);
}

/**
 * Run-together pinyin (gaoxinqiye) as the Chinese words it spells, each a term found with its
 * synonyms and saying how it was read; null unless every word is found.
 */
function pinyinTerms(index: Lookup, word: string): TermScores[] | null {
  const zh = index.pinyinWords(word);
  if (!zh) return null;
  const why = `${word} → ${zh.join(' ')}`;
  const out: TermScores[] = [];
  for (const w of zh) {
    const scored = index.score(forms(index, w).map((f) => ({ text: f.text, factor: f.factor * 0.9, why })));
    if (!scored) return null;
    out.push(scored);
  }
  return out;
}

/** Why a record matched where it matched indirectly: the guesses that found it, and how much of the query. */
export function explain(matched: readonly TermScores[], terms: number, count: number, record: number): { why?: string } {
  const why = new Set<string>();
  for (const t of matched) {
    const note = t.best[record] !== 0 && t.direct[record] === 0 ? t.term[t.form[record]!]?.why : undefined;
    if (note) why.add(note);
  }
  if (count < terms) why.add(`partial: ${count} of ${terms} words`);
  return why.size > 0 ? { why: [...why].join('; ') } : {};
}

function scoreOrNull(index: Lookup, term: Term | null): TermScores | null {
  return term ? index.score(term) : null;
}
