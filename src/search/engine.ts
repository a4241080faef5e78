import { fold, hasHan } from '../text/fold.js';
import { queryWords, synonymMap, type Synonyms } from './query.js';
import { explain, isUnmatched, queryTerms, type Scored, type Term, type TermScores } from './terms.js';
import { readPlace, type PlaceReading } from './places.js';
import type { Key, KeyRole, ResultType, SearchRecord } from './records.js';
import { keyScore } from './keyScore.js';
import type { SearchAnswer, SearchHit, SearchOptions } from './results.js';

export type { SearchAnswer, SearchHit, SearchOptions } from './results.js';
import { corrections, isPlaceWord } from './correct.js';
import { kindPreference } from './kinds.js';
import { forgivenTerms, pinyinWords, vocabularyOf, type Vocabulary } from './vocabulary.js';

/**
 * Finds records for what people type: either script, pinyin, initials, English, numbers,
 * several words at once, small typos. A record that matches every word ranks first; one that
 * matches some ranks by how telling those words are (terms.ts reads the query's words).
 *
 * Records share most of their keys (a metric, a place, a category recurs across years and
 * cities), so the index is built over distinct keys: a word is looked up by scanning the
 * distinct key texts once, each matching key is scored once (a name above a mention; exact
 * above prefix above inside), and the score goes to the records that have that key. Work
 * grows with the matches, not with the dataset. A mistyped word is corrected against
 * the words of the data's names (vocabulary.ts), never against a name's run-together pinyin.
 */

const SEP = '\u0001';
const TYPE_PRIOR: Record<ResultType, number> = { category: 0.04, place: 0.03, fact: 0, document: -0.02 };
const LATIN = /^[a-z0-9&.+-]+$/u;

/** The words of the query a record did not match. */
const unmatchedBy = (terms: readonly Scored[], record: number): string[] =>
  terms.flatMap((t) => (isUnmatched(t) ? [t.unmatched] : t.best[record] === 0 ? [t.word ?? t.term[0]!.text] : []));

function best(hits: SearchHit[], limit: number): SearchHit[] {
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

/** A record as results need it: what it is and how it is named; its keys live in the index. */
export type IndexedRecord = Omit<SearchRecord, 'keys'>;

/** What an index is made of: everything but what is quick to derive, so that it can be stored and read back. */
export interface IndexParts {
  readonly records: readonly IndexedRecord[];
  /** Distinct keys (text, role, weight) and, for each, the records that have it, in order. */
  readonly keys: readonly Key[];
  readonly postings: readonly Int32Array[];
  /** Name texts → the records they name, for the bonus of an exact whole-name match. */
  readonly names: ReadonlyMap<string, readonly number[]>;
  readonly synonyms: readonly (readonly string[])[];
}

export class SearchIndex {
  private readonly records: readonly IndexedRecord[];
  private readonly keys: readonly Key[];
  private readonly postings: readonly Int32Array[];
  /** The distinct keys' texts joined, so a word is found with one scan. */
  private readonly joined: string;
  private readonly starts: Int32Array;
  private readonly names: ReadonlyMap<string, readonly number[]>;
  /** Texts of the keys that name things (all but mentions in running text), joined, and the place keys: made when a word needs them. */
  private nameVocabulary: string | undefined;
  private placeTexts: ReadonlySet<string> | undefined;
  private vocabularyMade: Vocabulary | undefined;

  readonly synonyms: Synonyms;
  /** The years the records are of: only these are read as years in a query. */
  private readonly years: ReadonlySet<number>;
  private readonly latest: number;

  constructor(readonly parts: IndexParts) {
    ({ records: this.records, keys: this.keys, postings: this.postings, names: this.names } = parts);
    this.synonyms = synonymMap(parts.synonyms);
    this.years = new Set(this.records.flatMap((r) => (r.year === undefined ? [] : [r.year])));
    this.latest = Math.max(0, ...this.years);
    this.starts = new Int32Array(this.keys.length + 1);
    let offset = 0;
    this.keys.forEach((k, i) => {
      this.starts[i] = offset;
      offset += k.text.length + 1;
    });
    this.starts[this.keys.length] = offset;
    this.joined = this.keys.map((k) => k.text).join(SEP);
  }

  /** Made on the first word the keys lack: most searches never need it. */
  private get vocabulary(): Vocabulary {
    return (this.vocabularyMade ??= vocabularyOf(this.keys, this.parts.synonyms));
  }

  /**
   * Whether the data holds a word as a name does: Chinese inside a name, place or category
   * (not a mention in a quote: 杭州 in a Guangxi report is no figure of Hangzhou's), English and
   * pinyin as a whole word of one.
   */
  private namesWord(word: string): boolean {
    this.nameVocabulary ??=
      SEP +
      this.keys
        .filter((k) => k.role !== 'text')
        .map((k) => k.text)
        .join(SEP) +
      SEP;
    if (hasHan(word)) return this.nameVocabulary.includes(word);
    return this.vocabulary.latinSet.has(word) || this.nameVocabulary.includes(SEP + word + SEP);
  }

  /** Whether a word the data does not hold as a name names a real place, and whether the data has figures of it. */
  place(word: string): PlaceReading | null {
    if (word.includes(' ') ? word.split(' ').every((w) => this.namesWord(w)) : this.namesWord(word)) return null;
    const isPlace = (text: string) =>
      (this.placeTexts ??= new Set(this.keys.filter((k) => k.role === 'place').map((k) => k.text))).has(text);
    const reading = readPlace(word, isPlace);
    if (reading || hasHan(word) || word.includes(' ')) return reading;
    // No real place, but maybe a misspelt one the data has (Guanxi, Nannning): corrected to it, and said so.
    const places = (this.corrected(word) ?? []).filter((form) => isPlace(form.text));
    return places.length > 0 ? { present: places.map((form) => form.text), typo: true } : null;
  }

  get size(): number {
    return this.records.length;
  }

  /** The distinct keys whose text contains the word. */
  private keysContaining(word: string): number[] {
    const found: number[] = [];
    // The empty string is in every key, at every offset: it finds nothing.
    if (word === '') return found;
    let at = this.joined.indexOf(word);
    while (at >= 0) {
      let lo = 0;
      let hi = this.keys.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      found.push(lo);
      at = this.joined.indexOf(word, this.starts[lo + 1]!);
    }
    return found;
  }

  /** Scores every record that matches the term; null when none does. */
  score(term: Term): TermScores | null {
    const n = this.records.length;
    const scores: TermScores = {
      best: new Float32Array(n),
      viaPlace: new Uint8Array(n),
      form: new Uint8Array(n),
      direct: new Uint8Array(n),
      touched: [],
      term,
    };
    term.forEach((form, f) => {
      for (const k of this.keysContaining(form.text)) {
        const key = this.keys[k]!;
        const s = keyScore(key, form.text) * form.factor;
        if (s === 0) continue;
        for (const r of this.postings[k]!) {
          if (scores.best[r] === 0) scores.touched.push(r);
          if (!form.why) scores.direct[r] = 1;
          if (s > scores.best[r]!) {
            scores.best[r] = s;
            scores.viaPlace[r] = key.role === ('place' satisfies KeyRole) ? 1 : 0;
            scores.form[r] = f;
          }
        }
      }
    });
    return scores.touched.length > 0 ? scores : null;
  }

  /** A Latin word the index lacks, corrected into the words of the data nearest it, if no real word is as near. */
  corrected(word: string): Term | null {
    if (word.length < 4 || !LATIN.test(word)) return null;
    const words = this.vocabulary.latin;
    const found = corrections(word, words, (w) => this.vocabulary.latinSet.has(w)).slice(0, 8);
    const forms = found.map((c) => ({ text: c.word, factor: 0.8 - 0.1 * c.edits, why: `typo: ${word} → ${c.word}` }));
    return forms.length > 0 ? forms : null;
  }

  /** Run-together pinyin as the Chinese words of the data it spells (gaoxinqiye → 高新 企业). */
  pinyinWords(word: string): string[] | null {
    return pinyinWords(this.vocabulary, word);
  }

  isWord(word: string): boolean {
    return this.names.has(word) || this.vocabulary.latinSet.has(word);
  }

  isPlace(word: string): boolean {
    return isPlaceWord(word);
  }

  /** The terms of the data a run of Chinese is with a character dropped or added. */
  forgiven(run: string): string[] {
    return forgivenTerms(this.vocabulary, run);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.answer(query, options).hits;
  }

  /** The results of a query, with the words and real places it names that the data holds nothing for. */
  answer(query: string, options: SearchOptions = {}): SearchAnswer {
    const none: SearchAnswer = { hits: [], unmatched: [], placesNotInData: [] };
    const folded = fold(query);
    if (!folded) return none;
    const read = queryWords(folded);
    const { skipFiller, kind } = read;
    // A number is a year only if the data has figures of that year; otherwise it is a value to find ("扬州 2000").
    const years = read.years.filter((y) => this.years.has(y));
    const words = [...read.words, ...read.years.filter((y) => !this.years.has(y)).map(String)];
    // A query of nothing but a year or a kind word looks them up as words.
    const terms = words.length > 0 ? queryTerms(this, words, skipFiller) : queryTerms(this, folded.split(' ').filter(Boolean), false);
    const missing = terms.filter(isUnmatched);
    const said = {
      unmatched: missing.map((t) => t.unmatched),
      placesNotInData: missing.flatMap((t) => (t.place ? [t.place] : [])),
    };
    const matched = terms.filter((t): t is TermScores => !isUnmatched(t));
    // A query none of whose words match finds nothing: no result stands in for what it asked.
    if (matched.length === 0) return { ...none, ...said };
    const limit = options.limit ?? 20;
    const n = this.records.length;
    // A rare word says more than a common one (企业 is in half the names).
    const weight = (t: Scored) => Math.log(1 + n / (isUnmatched(t) ? 1 : t.touched.length));
    const total = terms.reduce((sum, t) => sum + weight(t), 0);
    const exactName = new Set([...(this.names.get(folded) ?? []), ...(this.names.get(folded.replace(/ /gu, '')) ?? [])]);
    // Each record once, however many terms touched it. A record that matches every word is
    // among the narrowest term's; only when there are too few of those to fill the list can a
    // partial match make it, and only then are the other terms' records looked at.
    const narrowest = matched.reduce((a, b) => (a.touched.length <= b.touched.length ? a : b));
    const everyWord = (r: number) =>
      (!options.types || options.types.includes(this.records[r]!.type)) && matched.every((t) => t.best[r] !== 0);
    const complete = matched.length === terms.length ? narrowest.touched.filter(everyWord).length : 0;
    const seen = new Uint8Array(complete >= limit ? 0 : n);
    const candidates: number[] = complete >= limit ? narrowest.touched : [];
    if (complete < limit) {
      for (const t of matched) {
        for (const r of t.touched) {
          if (seen[r] === 0) {
            seen[r] = 1;
            candidates.push(r);
          }
        }
      }
    }
    // Only the best `limit` are kept: once enough are found, weaker ones are not collected.
    let hits: SearchHit[] = [];
    let floor = -Infinity;
    for (const i of candidates) {
      const r = this.records[i]!;
      if (options.types && !options.types.includes(r.type)) continue;
      let sum = 0;
      let count = 0;
      let viaPlace = false;
      for (const t of matched) {
        const s = t.best[i]!;
        if (s === 0) continue;
        sum += s * weight(t);
        count++;
        viaPlace ||= t.viaPlace[i] === 1;
      }
      const whole = count === terms.length;
      // Every word matched ranks first, above every partial match whatever its bonuses (at most
      // 0.69 together); then by how much of the query matched, weighted by how telling each word is.
      let score = sum / total + (whole ? 2 : 0) + TYPE_PRIOR[r.type];
      if (exactName.has(i)) score += 0.3;
      // A fact whose place matches a place word ranks before the same fact elsewhere.
      if (viaPlace && terms.length > 1) score += 0.1;
      if (years.length > 0 && r.year !== undefined && years.includes(r.year)) score += 0.15;
      if (kind !== null && r.kind === kind) score += 0.1;
      else if (kind === null) score += kindPreference(r, this.latest);
      score = Math.round(score * 1000) / 1000;
      if (score < floor) continue;
      hits.push({
        type: r.type,
        id: r.id,
        score,
        label: r.label,
        place: r.place,
        document: r.document,
        ...explain(matched, terms.length, count, i),
        ...(whole ? {} : { unmatched: unmatchedBy(terms, i) }),
      });

      if (hits.length >= limit * 8) {
        hits = best(hits, limit);
        floor = hits.at(-1)!.score;
      }
    }
    return { hits: best(hits, limit), ...said };
  }
}
