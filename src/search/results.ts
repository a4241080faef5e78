import type { PlaceWord } from './places.js';
import type { ResultType } from './records.js';

/** What a search answers: its results, each with why it matched, and what of the query the data holds nothing for. */

export interface SearchHit {
  readonly type: ResultType;
  readonly id: string;
  readonly score: number;
  readonly label: string;
  readonly place?: string;
  readonly document?: string;
  /** Why an indirect match matched: "pinyin", "高企 → 高新技术企业", "typo: gazzele → gazelle", "partial: 2 of 3 words". */
  readonly why?: string;
  /** The query's words this result did not match, where it matches only some. */
  readonly unmatched?: readonly string[];
}

/** The results of a query, and what of the query the data holds nothing for. */
export interface SearchAnswer {
  readonly hits: SearchHit[];
  /** Words of the query that no record matched. */
  readonly unmatched: readonly string[];
  /** Real places the query names (杭州, Harbin) that the data has no figures of. */
  readonly placesNotInData: readonly PlaceWord[];
}

export interface SearchOptions {
  readonly limit?: number;
  readonly types?: readonly ResultType[];
}
