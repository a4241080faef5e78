import Fuse from 'fuse.js';
import { fold, hasHan } from './fold.js';
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
}

export interface SearchOptions {
  readonly limit?: number;
  readonly types?: readonly ResultType[];
}

/** One word of the query with the spellings it may have been meant as; `factor` < 1 for a guessed one. */
type Term = readonly { readonly text: string; readonly factor: number }[];

/** The best score each record got for one term, and whether it came from a place key. */
interface TermScores {
  readonly best: Float32Array;
  readonly viaPlace: Uint8Array;
  readonly touched: number[];
}

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

  constructor(private readonly records: readonly SearchRecord[]) {
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
        if (k.role === 'initials' || k.role === 'number' || k.role === 'text') continue;
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
    const scores: TermScores = { best: new Float32Array(this.records.length), viaPlace: new Uint8Array(this.records.length), touched: [] };
    for (const form of term) {
      for (const k of this.keysContaining(form.text)) {
        const key = this.keys[k]!;
        const s = keyScore(key, form.text) * form.factor;
        if (s === 0) continue;
        for (const r of this.postings[k]!) {
          if (scores.best[r] === 0) scores.touched.push(r);
          if (s > scores.best[r]!) {
            scores.best[r] = s;
            scores.viaPlace[r] = key.role === ('place' satisfies KeyRole) ? 1 : 0;
          }
        }
      }
    }
    return scores.touched.length > 0 ? scores : null;
  }

  /** The query as scored terms: words as typed where the index has them, else split or corrected. */
  private terms(query: string): TermScores[] | null {
    const terms: TermScores[] = [];
    const add = (term: Term): boolean => {
      const scored = this.score(term);
      if (scored) terms.push(scored);
      return scored !== null;
    };
    const exact = (text: string): Term => [{ text, factor: 1 }];
    for (const word of query.split(' ').filter(Boolean)) {
      if (add(exact(word))) continue;
      // "扬州高新技术企业": a place name run together with the topic.
      if (hasHan(word)) {
        const place = this.placeNames.find((p) => word.startsWith(p) || word.endsWith(p));
        if (place) {
          const rest = word.startsWith(place) ? word.slice(place.length) : word.slice(0, -place.length);
          if (add(exact(place)) && rest && add(exact(rest))) continue;
        }
        return null;
      }
      if (word.length >= 4 && LATIN.test(word)) {
        const close = this.corrections.search(word, { limit: 8 });
        const top = close[0]?.score ?? 1;
        const forms = close.filter((c) => (c.score ?? 1) <= top + 0.05).map((c) => ({ text: c.item, factor: 0.8 * (1 - (c.score ?? 0)) }));
        if (forms.length > 0 && add(forms)) continue;
      }
      return null;
    }
    return terms.length > 0 ? terms : null;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const folded = fold(query);
    const terms = folded ? this.terms(folded) : null;
    if (!terms) return [];
    const limit = options.limit ?? 20;
    const exactName = new Set([...(this.names.get(folded) ?? []), ...(this.names.get(folded.replace(/ /gu, '')) ?? [])]);
    const narrowest = terms.reduce((a, b) => (a.touched.length <= b.touched.length ? a : b));
    // Only the best `limit` are kept: once enough are found, weaker ones are not collected.
    let hits: SearchHit[] = [];
    let floor = -Infinity;
    for (const i of narrowest.touched) {
      let sum = 0;
      let viaPlace = false;
      for (const t of terms) {
        const s = t.best[i]!;
        if (s === 0) {
          sum = -1;
          break;
        }
        sum += s;
        viaPlace ||= t.viaPlace[i] === 1;
      }
      if (sum < 0) continue;
      const r = this.records[i]!;
      if (options.types && !options.types.includes(r.type)) continue;
      let score = sum / terms.length + TYPE_PRIOR[r.type];
      if (exactName.has(i)) score += 0.3;
      // A fact whose place matches a place word ranks before the same fact elsewhere.
      if (viaPlace && terms.length > 1) score += 0.1;
      score = Math.round(score * 1000) / 1000;
      if (score < floor) continue;
      hits.push({ type: r.type, id: r.id, score, label: r.label, place: r.place, document: r.document });
      if (hits.length >= limit * 8) {
        hits = best(hits, limit);
        floor = hits.at(-1)!.score;
      }
    }
    return best(hits, limit);
  }
}
