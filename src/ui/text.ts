import stringWidth from 'string-width';

/**
 * Width-exact text for the terminal. Ink 6 miscounts wide characters when it truncates
 * or wraps, so every string is fitted here to the columns it may take, by grapheme, and
 * never split inside a double-width character.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cuts text to at most `width` columns, ending in the ellipsis when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  const room = width - stringWidth(ellipsis);
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return room >= 0 ? out + ellipsis : out;
}

/** Exactly `width` columns: cut with an ellipsis, or padded with spaces. */
export function fitWidth(text: string, width: number, ellipsis = '…'): string {
  const cut = truncate(text, width, ellipsis);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** Right-aligned in exactly `width` columns. */
export function fitRight(text: string, width: number): string {
  const cut = truncate(text, width);
  return ' '.repeat(Math.max(0, width - stringWidth(cut))) + cut;
}

export interface WrappedLine {
  readonly text: string;
  /** UTF-16 offset of the line's first character in the wrapped text. */
  readonly start: number;
}

// Punctuation that must not begin a line (kinsoku): it is pulled up onto the line before.
const NO_LINE_START = new Set([...'，。、；：？！）」』”’〕〉》,.;:?!)]%…—']);
// Latin words, numbers and the punctuation attached to them break only at spaces.
const ASCII_WORD = /^[\x21-\x7E]$/u;

/**
 * Wraps one paragraph to `width` columns. Chinese breaks between any two characters,
 * Latin words and numbers break at spaces (or anywhere when longer than a line), and
 * closing punctuation stays on the line it closes. Offsets let the reader highlight spans.
 */
export function wrap(paragraph: string, width: number, base = 0): WrappedLine[] {
  if (width < 2) width = 2;
  const lines: WrappedLine[] = [];
  const segs = [...graphemes.segment(paragraph)].map((s) => ({ text: s.segment, at: s.index, w: stringWidth(s.segment) }));
  let start = 0;
  while (start < segs.length) {
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
      // Closing punctuation joins the line before; one column of overflow is avoided by moving a character down.
      if (NO_LINE_START.has(segs[end]!.text) && end - 1 > start) end--;
    }
    if (end === start) end = start + 1;
    const first = segs[start]!;
    const last = segs[end - 1]!;
    lines.push({ text: paragraph.slice(first.at, last.at + last.text.length).trimEnd(), start: base + first.at });
    start = end;
    while (start < segs.length && segs[start]!.text === ' ') start++;
  }
  return lines.length > 0 ? lines : [{ text: '', start: base }];
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
