/**
 * Where the sentences, clauses and lines of a text start and end, found in one pass over it.
 * Each number looks its own up by binary search: scanning out from the number instead costs
 * the length of its sentence for every number in it, which made a long line of figures with
 * no 。 quadratic.
 */

/** Ends a sentence: a ； joins the parts of one. */
const SENTENCE_END = new Set(['。', '\n', '！', '？', '!', '?']);
const CLAUSE_END = new Set(['，', ',', '；', ';', '。', '！', '!', '？', '?', '：', ':', '\n']);

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Spans {
  /** The sentence around a position: from just after the last sentence end before it to the next one at or after it. */
  sentenceAround(at: number): Span;
  /** Where the clause a position is in starts. */
  clauseStart(at: number): number;
  lineStart(at: number): number;
}

/** How many of the ascending positions are below `at`. */
export function countBelow(positions: ArrayLike<number>, at: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (positions[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function spansOf(text: string): Spans {
  // Every sentence end is a clause end, and a line end is both.
  const sentenceEnds: number[] = [];
  const clauseEnds: number[] = [];
  const lineEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!CLAUSE_END.has(c)) continue;
    clauseEnds.push(i);
    if (SENTENCE_END.has(c)) sentenceEnds.push(i);
    if (c === '\n') lineEnds.push(i);
  }
  /** Just after the last of the positions before `at`, or the text's start. */
  const after = (positions: readonly number[], at: number) => {
    const k = countBelow(positions, at);
    return k === 0 ? 0 : positions[k - 1]! + 1;
  };
  return {
    sentenceAround(at) {
      const k = countBelow(sentenceEnds, at);
      return { start: after(sentenceEnds, at), end: k < sentenceEnds.length ? sentenceEnds[k]! : text.length };
    },
    clauseStart: (at) => after(clauseEnds, at),
    lineStart: (at) => after(lineEnds, at),
  };
}
