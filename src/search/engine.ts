import Fuse from 'fuse.js';
import { fold, hasHan, pinyinKeys } from './fold.js';
import { isFiller, queryWords, segments, synonymMap, type Synonyms } from './query.js';
import type { Key, KeyRole, ResultType, SearchRecord } from './records.js';

/**
 * Finds records for what people type: either script, pinyin, initials, English, numbers,
 * several words at once (each must match somewhere), small typos.
 *
 * Records share most of their keys (a metric, a place, a category recurs across years and
 * cities), so the index is built over distinct keys: a word is looked up by scanning the
 * distinct key texts once, each matching key is scored once (a name above a mention; exact
 * above prefix above inside), and the score goes to the records that have that key. Work
 * grows with the matches, not with the dataset. fuse.js corrects mistyped words against
 * the index's own vocabulary of English words and pinyin.
 */

export interface SearchHit {
  readonly type: ResultType;
  readonly id: string;
  readonly score: number;
  readonly label: string;
  readonly place?: string;
  readonly document?: string;
  /** Why an indirect match matched: "pinyin", "高企 → 高新技术企业", "typo: gazzele → gazelle", "partial: 2 of 3 words". */
  readonly why?: string;
}

export interface SearchOptions {
  readonly limit?: number;
  readonly types?: readonly ResultType[];
}

/**
 * One word of the query with the spellings it may have been meant as: `factor` < 1 for a
 * guessed one, and `why` says how it was guessed.
 */
type Term = readonly { readonly text: string; readonly factor: number; readonly why?: string }[];

/** The best score each record got for one term, whether it came from a place key, and which form gave it. */
interface TermScores {
  readonly best: Float32Array;
  readonly viaPlace: Uint8Array;
  readonly form: Uint8Array;
  /** Set where the word as typed matched too: then a synonym's better score needs no explaining. */
  readonly direct: Uint8Array;
  readonly touched: number[];
  readonly term: Term;
}

/** A word of the query that matched nothing: it still counts against every result, as a partial match. */
const UNMATCHED = null;

const SEP = '\u0001';
const TYPE_PRIOR: Record<ResultType, number> = { category: 0.04, place: 0.03, fact: 0, document: -0.02 };
const LATIN = /^[a-z0-9&.+-]+$/u;

export function keyScore(key: Key, word: string): number {
  if (key.role === 'number') return key.text === word ? key.weight : 0;
  if (key.role === 'initials') {
    if (word.length < 2 || !/^[a-z]+$/u.test(word)) return 0;
    if (key.text === word) return key.weight;
    if (key.text.startsWith(word)) return key.weight * 0.8;
    // Inside a name ("kjtpy" in 选派科技特派员): only from four letters on, where it stops being noise.
    return word.length >= 4 && key.text.includes(word) ? key.weight * 0.5 : 0;
  }
  const at = key.text.indexOf(word);
  if (at < 0) return 0;
  if (at === 0) return key.weight * (key.text.length === word.length ? 1 : 0.85);
  return key.weight * 0.65;
}

function best(hits: SearchHit[], limit: number): SearchHit[] {
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

export class SearchIndex {
  /** Distinct keys (text, role, weight) and, for each, the records that have it. */
  private readonly keys: Key[] = [];
  private readonly postings: Int32Array[] = [];
  /** The distinct keys' texts joined, so a word is found with one scan. */
  private readonly vocabulary: string;
  private readonly starts: Int32Array;
  /** Name texts → the records they name, for the bonus of an exact whole-name match. */
  private readonly names = new Map<string, number[]>();
  private readonly corrections: Fuse<string>;
  private readonly placeNames: string[];

  private readonly synonyms: Synonyms;

  constructor(
    private readonly records: readonly SearchRecord[],
    synonymGroups: readonly (readonly string[])[] = [],
  ) {
    this.synonyms = synonymMap(synonymGroups);
    const ids = new Map<string, number>();
    const lists: number[][] = [];
    const words = new Set<string>();
    const places = new Set<string>();
    records.forEach((r, i) => {
      for (const k of r.keys) {
        const id = `${k.role}${SEP}${k.weight}${SEP}${k.text}`;
        let n = ids.get(id);
        if (n === undefined) {
          n = this.keys.length;
          ids.set(id, n);
          this.keys.push(k);
          lists.push([]);
        }
        const list = lists[n]!;
        if (list.at(-1) !== i) list.push(i);
        if (k.role === 'name') {
          const named = this.names.get(k.text);
          if (!named) this.names.set(k.text, [i]);
          else if (named.at(-1) !== i) named.push(i);
        }
        if (k.role === 'initials' || k.role === 'number' || k.role === 'text' || k.compact) continue;
        for (const w of k.text.split(/[^a-z0-9&]+/u)) if (w.length >= 3) words.add(w);
        if ((k.role === 'place' || r.type === 'place') && hasHan(k.text)) places.add(k.text);
      }
    });
    lists.forEach((l) => this.postings.push(Int32Array.from(l)));
    this.starts = new Int32Array(this.keys.length + 1);
    let offset = 0;
    this.keys.forEach((k, i) => {
      this.starts[i] = offset;
      offset += k.text.length + 1;
    });
    this.starts[this.keys.length] = offset;
    this.vocabulary = this.keys.map((k) => k.text).join(SEP);
    this.corrections = new Fuse([...words], { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
    this.placeNames = [...places].sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.records.length;
  }

  /** The distinct keys whose text contains the word. */
  private keysContaining(word: string): number[] {
    const found: number[] = [];
    let at = this.vocabulary.indexOf(word);
    while (at >= 0) {
      let lo = 0;
      let hi = this.keys.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      found.push(lo);
      at = this.vocabulary.indexOf(word, this.starts[lo + 1]!);
    }
    return found;
  }

  /** Scores every record that matches the term; null when none does. */
  private score(term: Term): TermScores | null {
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

  /** A word or phrase as typed, and its synonyms. */
  private forms(text: string): Term {
    const forms: { text: string; factor: number; why?: string }[] = [{ text, factor: 1 }];
    for (const other of this.synonyms.get(text) ?? []) forms.push({ text: other, factor: 0.9, why: `${text} → ${other}` });
    return forms;
  }

  /**
   * A word scored as typed and by its synonyms; Chinese that matches nothing is tried by its
   * pinyin, which catches the commonest Chinese typo, a homophone (科创代 for 科创贷).
   */
  private scoreWord(text: string): TermScores | null {
    // A common word (企业 is in half the names: a quarter is common) finds enough as typed; its synonyms would only add work.
    const asTyped = this.score([{ text, factor: 1 }]);
    const common = asTyped !== null && asTyped.touched.length * 4 >= this.records.length;
    const direct = common || !this.synonyms.has(text) ? asTyped : this.score(this.forms(text));
    if (direct || !hasHan(text) || [...text].length < 2) return direct;
    const { full } = pinyinKeys(text);
    return full.length >= 4 ? this.score([{ text: full, factor: 0.7, why: 'pinyin' }]) : null;
  }

  /** A Latin word the index lacks, corrected against the index's own vocabulary. */
  private corrected(word: string): Term | null {
    if (word.length < 4 || !LATIN.test(word)) return null;
    const close = this.corrections.search(word, { limit: 8 });
    const top = close[0]?.score ?? 1;
    const forms = close
      .filter((c) => (c.score ?? 1) <= top + 0.05)
      .map((c) => ({ text: c.item, factor: 0.8 * (1 - (c.score ?? 0)), why: `typo: ${word} → ${c.item}` }));
    return forms.length > 0 ? forms : null;
  }

  /**
   * A run of Chinese with no match as a whole, read as its words (a segmenter's) joined into
   * runs that match, so dropped, inserted and reordered words still find the name. Of all the
   * ways to join them, the one with the fewest terms and unmatched words wins: "广西科技型中小企业"
   * is 广西 + 科技型中小企业, not 广西科技 + 型 + 中小企业. Filler words go; a word that matches
   * nothing stays, unmatched, and counts against every result as a partial match.
   */
  private chineseTerms(word: string): (TermScores | typeof UNMATCHED)[] {
    const parts = segments(word);
    const memo = new Map<string, TermScores | null>();
    const scoreRun = (run: string) => {
      if (!memo.has(run)) memo.set(run, this.scoreWord(run));
      return memo.get(run)!;
    };
    // cost[i]: the best reading of parts[0..i); a matched run costs 1, an unmatched word 3, filler 0.
    const cost = new Array<number>(parts.length + 1).fill(Infinity);
    const step = new Array<{ from: number; term: TermScores | typeof UNMATCHED | 'skip' }>(parts.length + 1);
    cost[0] = 0;
    for (let i = 1; i <= parts.length; i++) {
      const single = parts[i - 1]!;
      const alone = isFiller(single) ? { c: 0, term: 'skip' as const } : { c: 3, term: UNMATCHED };
      cost[i] = cost[i - 1]! + alone.c;
      step[i] = { from: i - 1, term: alone.term };
      for (let j = Math.max(0, i - 8); j < i; j++) {
        if (cost[j]! + 1 >= cost[i]!) continue;
        const run = parts.slice(j, i).join('');
        if (i - j === 1 && isFiller(run)) continue;
        const scored = scoreRun(run);
        if (scored) {
          cost[i] = cost[j]! + 1;
          step[i] = { from: j, term: scored };
        }
      }
    }
    const out: (TermScores | typeof UNMATCHED)[] = [];
    for (let i = parts.length; i > 0; i = step[i]!.from) if (step[i]!.term !== 'skip') out.unshift(step[i]!.term as TermScores | null);
    return out;
  }

  /** The query's words as scored terms, unmatched ones included; a phrase of up to three words may be one synonym. */
  private terms(words: readonly string[], skipFiller: boolean): (TermScores | typeof UNMATCHED)[] {
    const terms: (TermScores | typeof UNMATCHED)[] = [];
    for (let i = 0; i < words.length;) {
      if (
        skipFiller &&
        isFiller(words[i]!) &&
        !this.synonyms.has(words.slice(i, i + 2).join(' ')) &&
        !this.synonyms.has(words.slice(i, i + 3).join(' '))
      ) {
        i++;
        continue;
      }
      const phrase = [3, 2].map((len) => words.slice(i, i + len)).find((p) => p.length > 1 && this.synonyms.has(p.join(' ')));
      if (phrase) {
        const scored = this.scoreWord(phrase.join(' '));
        if (scored) {
          terms.push(scored);
          i += phrase.length;
          continue;
        }
      }
      const word = words[i++]!;
      const scored = this.scoreWord(word) ?? (hasHan(word) ? null : this.scoreOrNull(this.corrected(word)));
      if (scored) terms.push(scored);
      else if (hasHan(word)) terms.push(...this.chineseTerms(word));
      else terms.push(UNMATCHED);
    }
    return terms;
  }

  /** Why a record matched where it matched indirectly: the guesses that found it, and how much of the query. */
  private why(matched: readonly TermScores[], terms: number, count: number, record: number): { why?: string } {
    const why = new Set<string>();
    for (const t of matched) {
      const note = t.best[record] !== 0 && t.direct[record] === 0 ? t.term[t.form[record]!]?.why : undefined;
      if (note) why.add(note);
    }
    if (count < terms) why.add(`partial: ${count} of ${terms} words`);
    return why.size > 0 ? { why: [...why].join('; ') } : {};
  }

  private scoreOrNull(term: Term | null): TermScores | null {
    return term ? this.score(term) : null;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const folded = fold(query);
    if (!folded) return [];
    const { words, skipFiller, years, kind } = queryWords(folded);
    // A query of nothing but a year or a kind word looks them up as words.
    const terms = words.length > 0 ? this.terms(words, skipFiller) : this.terms(folded.split(' '), false);
    const matched = terms.filter((t): t is TermScores => t !== UNMATCHED);
    if (matched.length === 0) return [];
    const limit = options.limit ?? 20;
    const n = this.records.length;
    // A rare word says more than a common one (企业 is in half the names).
    const weight = (t: TermScores | typeof UNMATCHED) => Math.log(1 + n / (t === UNMATCHED ? 1 : t.touched.length));
    const total = terms.reduce((sum, t) => sum + weight(t), 0);
    const exactName = new Set([...(this.names.get(folded) ?? []), ...(this.names.get(folded.replace(/ /gu, '')) ?? [])]);
    // Each record once, however many terms touched it. A record that matches every word is
    // among the narrowest term's; only when there are too few of those to fill the list can a
    // partial match make it, and only then are the other terms' records looked at.
    const narrowest = matched.reduce((a, b) => (a.touched.length <= b.touched.length ? a : b));
    const everyWord = (r: number) => matched.every((t) => t.best[r] !== 0);
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
      // Every word matched ranks first; then by how much of the query matched, weighted by how telling each word is.
      let score = sum / total + (whole ? 1 : 0) + TYPE_PRIOR[r.type];
      if (exactName.has(i)) score += 0.3;
      // A fact whose place matches a place word ranks before the same fact elsewhere.
      if (viaPlace && terms.length > 1) score += 0.1;
      if (years.length > 0 && r.year !== undefined && years.includes(r.year)) score += 0.15;
      if (kind !== null && r.kind === kind) score += 0.1;
      score = Math.round(score * 1000) / 1000;
      if (score < floor) continue;
      hits.push({
        type: r.type,
        id: r.id,
        score,
        label: r.label,
        place: r.place,
        document: r.document,
        ...this.why(matched, terms.length, count, i),
      });
      if (hits.length >= limit * 8) {
        hits = best(hits, limit);
        floor = hits.at(-1)!.score;
      }
    }
    return best(hits, limit);
  }
}
