import stringWidth from 'string-width';
import { graphemes, simpleColumns, simpleWidth } from './text.js';

/**
 * Line breaking for the terminal, by grapheme and column: the kinsoku rules both ways (no
 * closing punctuation at a line's start, no opening one at its end), Latin words whole, a
 * short bracketed phrase kept together, and no one-character widow.
 */

export interface WrappedLine {
  readonly text: string;
  /** UTF-16 offset of the line's first character in the wrapped text. */
  readonly start: number;
}

// Punctuation that must not begin a line (kinsoku): it is pulled up onto the line before.
const NO_LINE_START = new Set([...'，。、；：？！）」』”’〕〉》】,.;:?!)]%…—']);
// Punctuation that must not end a line: it opens what follows, so it moves down with it.
const NO_LINE_END = new Set([...'“‘「『（《【〔〈([']);
// Latin words, numbers and the punctuation attached to them break only at spaces.
const ASCII_WORD = /^[\x21-\x7E]$/u;

interface Grapheme {
  readonly text: string;
  readonly at: number;
  readonly w: number;
}

/**
 * Where a line that may run from `start` to before `end` should end instead, so that it
 * neither ends in opening punctuation nor leaves closing punctuation to begin the next line.
 * Never before `start + 1`: a line that cannot be mended keeps its break.
 */
function mendBreak(segs: readonly Grapheme[], start: number, end: number): number {
  let at = end;
  // Closing punctuation joins the line before: the character it closes moves down with it.
  // Not inside a Latin word too long for a line, which has to break somewhere anyway.
  const inWord = (i: number) => ASCII_WORD.test(segs[i]!.text) && ASCII_WORD.test(segs[i - 1]!.text);
  while (at - 1 > start && at < segs.length && NO_LINE_START.has(segs[at]!.text) && !inWord(at)) at--;
  while (at - 1 > start && NO_LINE_END.has(segs[at - 1]!.text)) at--;
  return at > start ? at : end;
}

// Brackets whose short content stays on one line with them: "（日期不详）", not "（日期不" / "详）".
const BRACKETS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '《': '》', '“': '”' };
const SHORT_BRACKETED = 8;

/**
 * Where a line that may run from `start` to before `end` should end instead, so that a short
 * bracketed phrase it would cut moves down whole, its opening bracket first.
 */
function keepBracketed(segs: readonly Grapheme[], start: number, end: number): number {
  for (let open = end - 1; open > start && end - open < SHORT_BRACKETED; open--) {
    const close = BRACKETS[segs[open]!.text];
    if (close === undefined) continue;
    for (let at = open + 1; at <= open + SHORT_BRACKETED && at < segs.length; at++)
      if (segs[at]!.text === close) return at >= end ? open : end;
    return end;
  }
  return end;
}

/**
 * Wraps one paragraph to `width` columns. Chinese breaks between any two characters,
 * Latin words and numbers break at spaces (or anywhere when longer than a line), and
 * punctuation stays with what it belongs to (kinsoku): closing marks never begin a line,
 * opening marks never end one. A paragraph never ends in a line of one character: one more
 * comes down to keep it company. Offsets let the reader highlight spans.
 */
export function wrap(paragraph: string, width: number, base = 0): WrappedLine[] {
  if (width < 2) width = 2;
  const segs: Grapheme[] = [];
  if (simpleColumns(paragraph) >= 0) {
    for (let at = 0; at < paragraph.length; at++) segs.push({ text: paragraph[at]!, at, w: simpleWidth(paragraph.charCodeAt(at)) });
  } else for (const g of graphemes(paragraph)) segs.push({ text: g.segment, at: g.index, w: stringWidth(g.segment) });
  // Where each line starts, in graphemes.
  const starts: number[] = [];
  let start = 0;
  while (start < segs.length) {
    starts.push(start);
    let used = 0;
    let end = start;
    while (end < segs.length && used + segs[end]!.w <= width) used += segs[end++]!.w;
    if (end < segs.length) {
      // Keep a Latin word or a number whole when it can move to the next line.
      if (ASCII_WORD.test(segs[end]!.text) && ASCII_WORD.test(segs[end - 1]!.text)) {
        let back = end;
        while (back > start && ASCII_WORD.test(segs[back - 1]!.text)) back--;
        if (back > start) end = back;
      }
      end = keepBracketed(segs, start, end);
      end = mendBreak(segs, start, end);
    }
    if (end === start) end = start + 1;
    start = end;
    while (start < segs.length && segs[start]!.text === ' ') start++;
  }
  avoidWidow(segs, starts, width);
  const lines = starts.map((from, i) => {
    const to = (starts[i + 1] ?? segs.length) - 1;
    const first = segs[from]!;
    const last = segs[to]!;
    return { text: paragraph.slice(first.at, last.at + last.text.length).trimEnd(), start: base + first.at };
  });
  return lines.length > 0 ? lines : [{ text: '', start: base }];
}

/**
 * A last line of a single character (a title wrapping 效 onto a line of its own) takes one
 * more from the line before, where that line keeps two and the break stays a good one.
 */
function avoidWidow(segs: readonly Grapheme[], starts: number[], width: number): void {
  if (starts.length < 2) return;
  const last = starts.at(-1)!;
  const before = starts.at(-2)!;
  const graphemesLeft = segs.slice(last).filter((g) => g.text !== ' ' && g.w > 0).length;
  if (graphemesLeft !== 1 || segs[last - 1]?.text === ' ') return;
  const moved = last - 1;
  if (moved - before < 2 || segs[moved]!.w + segs[last]!.w > width) return;
  // Only between two characters that may part: not inside a word, not onto closing punctuation.
  const ascii = ASCII_WORD.test(segs[moved]!.text) && ASCII_WORD.test(segs[moved - 1]!.text);
  if (ascii || NO_LINE_START.has(segs[moved]!.text) || NO_LINE_END.has(segs[moved - 1]!.text)) return;
  starts[starts.length - 1] = moved;
}

/** Wraps a text of paragraphs (one a line); offsets are into the whole text. */
export function wrapText(text: string, width: number): WrappedLine[] {
  const out: WrappedLine[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    out.push(...wrap(paragraph, width, offset));
    offset += paragraph.length + 1;
  }
  return out;
}
