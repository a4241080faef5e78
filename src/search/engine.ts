import Fuse from 'fuse.js';
import { fold, hasHan } from './fold.js';
import type { Key, ResultType, SearchRecord } from './records.js';

/**
 * Finds records for what people type: either script, pinyin, initials, English, numbers,
 * several words at once (each must match somewhere), small typos. A cheap scan of one
 * joined string picks the candidates; each candidate is then scored by where its words
 * matched (a name above a mention, exact above prefix above inside). fuse.js corrects
 * typed words against the index's own vocabulary of Latin words and pinyin.
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

/** One word of the query, with the spellings it may have been meant as. */
interface Term {
  /** `factor` is below 1 for a spelling guessed by typo correction, lower the further it is. */
  readonly forms: readonly { readonly text: string; readonly factor: number }[];
}

const RECORD_SEP = '\u0002';
const KEY_SEP = '\u0001';
const TYPE_PRIOR: Record<ResultType, number> = { category: 0.04, place: 0.03, fact: 0, document: -0.02 };
const LATIN = /^[a-z0-9&.+-]+$/u;

function keyScore(key: Key, word: string): number {
  if (key.role === 'number') return key.text === word ? key.weight : 0;
  if (key.role === 'initials') {
    if (word.length < 2 || !/^[a-z]+$/u.test(word)) return 0;
    return key.text === word ? key.weight : key.text.startsWith(word) ? key.weight * 0.8 : 0;
  }
  const at = key.text.indexOf(word);
  if (at < 0) return 0;
  if (at === 0) return key.weight * (key.text.length === word.length ? 1 : 0.85);
  return key.weight * 0.65;
}

export class SearchIndex {
  private readonly corpus: string;
  private readonly starts: Int32Array;
  private readonly vocabulary: Fuse<string>;
  private readonly placeNames: string[];

  constructor(private readonly records: readonly SearchRecord[]) {
    const starts = new Int32Array(records.length + 1);
    const parts: string[] = [];
    let offset = 0;
    records.forEach((r, i) => {
      starts[i] = offset;
      const haystack = r.keys.map((k) => k.text).join(KEY_SEP);
      parts.push(haystack);
      offset += haystack.length + 1;
    });
    starts[records.length] = offset;
    this.corpus = parts.join(RECORD_SEP);
    this.starts = starts;

    const words = new Set<string>();
    const places = new Set<string>();
    for (const r of records) {
      for (const k of r.keys) {
        if (k.role === 'initials' || k.role === 'number') continue;
        for (const w of k.text.split(/[^a-z0-9&]+/u)) if (w.length >= 3) words.add(w);
        if ((k.role === 'place' || r.type === 'place') && hasHan(k.text)) places.add(k.text);
      }
    }
    this.vocabulary = new Fuse([...words], { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
    this.placeNames = [...places].sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.records.length;
  }

  /** Indices of the records whose keys contain the word anywhere. */
  private containing(word: string): Set<number> {
    const found = new Set<number>();
    let at = this.corpus.indexOf(word);
    while (at >= 0) {
      let lo = 0;
      let hi = this.records.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      found.add(lo);
      at = this.corpus.indexOf(word, this.starts[lo + 1]!);
    }
    return found;
  }

  /** The query as terms: words as typed where the index has them, else split or corrected. */
  private terms(query: string): { terms: Term[]; candidates: Set<number>[] } | null {
    const terms: Term[] = [];
    const candidates: Set<number>[] = [];
    const add = (forms: Term['forms']): boolean => {
      const hits = new Set<number>();
      for (const f of forms) for (const i of this.containing(f.text)) hits.add(i);
      if (hits.size === 0) return false;
      terms.push({ forms });
      candidates.push(hits);
      return true;
    };
    const exact = (text: string) => [{ text, factor: 1 }];
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
        const close = this.vocabulary.search(word, { limit: 8 });
        const best = close[0]?.score ?? 1;
        const forms = close.filter((c) => (c.score ?? 1) <= best + 0.05).map((c) => ({ text: c.item, factor: 0.8 * (1 - (c.score ?? 0)) }));
        if (forms.length > 0 && add(forms)) continue;
      }
      return null;
    }
    return terms.length > 0 ? { terms, candidates } : null;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const folded = fold(query);
    const parsed = folded ? this.terms(folded) : null;
    if (!parsed) return [];
    const { terms, candidates } = parsed;
    const smallest = candidates.reduce((a, b) => (a.size <= b.size ? a : b));
    const whole = folded.replace(/ /gu, '');
    const hits: SearchHit[] = [];
    for (const i of smallest) {
      if (!candidates.every((c) => c.has(i))) continue;
      const r = this.records[i]!;
      if (options.types && !options.types.includes(r.type)) continue;
      let sum = 0;
      let placeMatched = false;
      for (const term of terms) {
        let best = 0;
        let bestKey: Key | undefined;
        for (const form of term.forms) {
          for (const k of r.keys) {
            const s = keyScore(k, form.text) * form.factor;
            if (s > best) {
              best = s;
              bestKey = k;
            }
          }
        }
        if (best === 0) {
          sum = -1;
          break;
        }
        sum += best;
        if (bestKey?.role === 'place') placeMatched = true;
      }
      if (sum < 0) continue;
      let score = sum / terms.length + TYPE_PRIOR[r.type];
      if (r.keys.some((k) => k.role === 'name' && (k.text === folded || k.text === whole))) score += 0.3;
      if (placeMatched && terms.length > 1) score += 0.1;
      hits.push({ type: r.type, id: r.id, score: Math.round(score * 1000) / 1000, label: r.label, place: r.place, document: r.document });
    }
    hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return hits.slice(0, options.limit ?? 20);
  }
}
