/**
 * How many times a quote stands in a text, from the text's suffixes in sorted order (a suffix
 * array): the suffixes a quote begins are neighbours there, so two binary searches find them
 * all, reading the quote against a few dozen suffixes. Searching the text itself reads all of
 * it for each quote, and ingest asks about every number's quote, so a text of figures took
 * time in the square of its length.
 */

/** Counts the characters a search compares, for the tests to see how the work grows. */
export interface Meter {
  compared: number;
}

export interface Occurrences {
  count(quote: string): number;
}

/**
 * The start of every suffix, ordered by the suffixes' text: sorted by their first character,
 * then by their first 2, 4, 8… each round ordering pairs of the last round's ranks with a
 * counting sort, until every suffix has a rank of its own.
 */
function suffixArray(text: string): Int32Array {
  const n = text.length;
  const order = new Int32Array(n);
  let rank = new Int32Array(n);
  let next = new Int32Array(n);
  const bySecond = new Int32Array(n);
  const counts = new Int32Array(Math.max(0x10000, n) + 1);
  for (let i = 0; i < n; i++) counts[text.charCodeAt(i) + 1]!++;
  for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
  for (let i = 0; i < n; i++) order[counts[text.charCodeAt(i)]!++] = i;
  for (let j = 1; j < n; j++) rank[order[j]!] = rank[order[j - 1]!]! + (text[order[j]!] === text[order[j - 1]!] ? 0 : 1);
  let ranks = n === 0 ? 0 : rank[order[n - 1]!]! + 1;
  for (let k = 1; ranks < n; k <<= 1) {
    // By the rank of the half after the first k characters: suffixes with none come first.
    let p = 0;
    for (let i = n - k; i < n; i++) bySecond[p++] = i;
    for (let j = 0; j < n; j++) if (order[j]! >= k) bySecond[p++] = order[j]! - k;
    // Then, keeping that order among equals, by the rank of the first k.
    counts.fill(0, 0, ranks + 1);
    for (let j = 0; j < n; j++) counts[rank[bySecond[j]!]! + 1]!++;
    for (let r = 1; r <= ranks; r++) counts[r]! += counts[r - 1]!;
    for (let j = 0; j < n; j++) order[counts[rank[bySecond[j]!]!]!++] = bySecond[j]!;
    const second = (i: number) => (i + k < n ? rank[i + k]! : -1);
    next[order[0]!] = 0;
    for (let j = 1; j < n; j++) {
      const a = order[j - 1]!;
      const b = order[j]!;
      next[b] = next[a]! + (rank[a] === rank[b] && second(a) === second(b) ? 0 : 1);
    }
    [rank, next] = [next, rank];
    ranks = rank[order[n - 1]!]! + 1;
  }
  return order;
}

/** The last text's suffixes: the proposer and then the check count quotes in the same text. */
let last: { readonly text: string; readonly order: Int32Array } | undefined;

export function occurrencesIn(text: string, meter?: Meter): Occurrences {
  if (last?.text !== text) last = { text, order: suffixArray(text) };
  const { order } = last;
  /**
   * The suffix at `at` against the quote, on the quote's length only, from character `from`
   * on (the characters before are known to agree): negative when the suffix sorts first,
   * zero when it begins with the quote; and how many characters agree.
   */
  const compare = (quote: string, at: number, from: number): [number, number] => {
    let i = from;
    while (i < quote.length && at + i < text.length && text.charCodeAt(at + i) === quote.charCodeAt(i)) i++;
    if (meter) meter.compared += i - from + 1;
    if (i === quote.length) return [0, i];
    if (at + i === text.length) return [-1, i];
    return [text.charCodeAt(at + i) - quote.charCodeAt(i), i];
  };
  /**
   * The first suffix that does not sort before the quote (`past` false) or after it (`past`
   * true). The quote agrees with the suffixes at both ends of the range for at least the
   * shorter of their agreements, so each comparison starts there.
   */
  const bound = (quote: string, past: boolean): number => {
    let low = 0;
    let high = order.length;
    let agreeLow = 0;
    let agreeHigh = 0;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const [sign, agreed] = compare(quote, order[mid]!, Math.min(agreeLow, agreeHigh));
      if (sign < 0 || (past && sign === 0)) {
        low = mid + 1;
        agreeLow = agreed;
      } else {
        high = mid;
        agreeHigh = agreed;
      }
    }
    return low;
  };
  return { count: (quote) => bound(quote, true) - bound(quote, false) };
}
