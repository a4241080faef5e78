import { foldScript } from '../text/fold.js';

/**
 * A line of a text as it is written and as it reads in simplified script. The metadata's
 * words (来源, 發佈時間, 人民代表大會) are looked for in the simplified line, and what is read
 * there (a title, a publisher, a place) is given back as the text writes it.
 */
export interface Line {
  readonly written: string;
  readonly simple: string;
}

export function lineOf(text: string): Line {
  const written = text.trim();
  return { written, simple: foldScript(written) };
}

/**
 * The written form of a span of the simplified line. Folding keeps a line's length (a
 * character for a character), so the span is the same; where it did not, the simplified
 * span is all there is to give.
 */
export function asWritten(line: Line, start: number, end: number): string {
  const source = line.written.length === line.simple.length ? line.written : line.simple;
  return source.slice(start, end).trim();
}

/** A line of the body: a sentence of some length, not a headline, a dateline or a label. */
export function isParagraph(text: string): boolean {
  return text.length >= 30 && /[。！？；]/u.test(text);
}
