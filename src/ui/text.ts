import stringWidth from 'string-width';

/**
 * Width-exact text for the terminal. Ink 6 miscounts wide characters when it truncates
 * or wraps, so every string is fitted here to the columns it may take, by grapheme, and
 * never split inside a double-width character.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * V8's segmenter slows down with the square of a string's length (20,000 characters took
 * seconds and ~0.8 GB), so long text is cut into chunks of at most this many code units.
 */
const CHUNK = 256;

/** Whether no grapheme can span the boundary before `at`: plain ASCII or CJK on both sides. */
function cuttable(text: string, at: number): boolean {
  const plain = (c: number) => (c >= 0x20 && c < 0x7f) || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
  return plain(text.charCodeAt(at - 1)) && plain(text.charCodeAt(at));
}

/** Where to cut `text` so each piece is short and no grapheme is split, but in pathological runs. */
function* chunks(text: string): Generator<[number, number]> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      let cut = end;
      while (cut > start + CHUNK / 2 && !cuttable(text, cut)) cut--;
      if (cuttable(text, cut)) end = cut;
      // With no clean cut nearby (a run of emoji, say), at least never split a surrogate pair.
      else if (/[\uDC00-\uDFFF]/u.test(text[end]!)) end--;
    }
    yield [start, end];
    start = end;
  }
}

/** The graphemes of `text` with their UTF-16 offsets, lazily and in time linear in its length. */
export function* graphemes(text: string): Generator<{ readonly segment: string; readonly index: number }> {
  for (const [start, end] of chunks(text)) {
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) yield { segment, index: start + index };
  }
}

// C0 and C1 controls, DEL, and the bidi overrides and isolates: in data they are an error
// (validate reports them), and drawn raw they could move the cursor, retitle the window or
// reorder the text the user reads.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** Text with every unsafe character shown as a visible stand-in (␛ for ESC, � for the rest): defence in depth. */
export function controlPictures(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/**
 * The columns of a character that is a grapheme of its own whatever stands beside it, by its
 * UTF-16 code: printable ASCII, CJK ideographs and punctuation, full-width forms, and the
 * Latin-1, punctuation, operators and box-drawing the screens use. 0 for any other: a string
 * with one of those is measured by grapheme. The screen is almost all of these, and measuring
 * them one by one gives what string-width gives (test/ui/text.test.ts checks every one).
 */
export function simpleWidth(code: number): number {
  if (code >= 0x20 && code < 0x7f) return 1;
  if (code < 0xa1) return 0;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if (code <= 0xff) return code === 0xad ? 0 : 1;
  if ((code >= 0x3000 && code <= 0x3029) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xff01 && code <= 0xff60)) return 2;
  if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e) || (code >= 0x2200 && code <= 0x22ff)) return 1;
  if ((code >= 0x2500 && code <= 0x259f) || code === 0x25b2 || code === 0x25bc || code === 0x2713) return 1;
  return 0;
}

/** The width of `text` when every character in it is simple (see `simpleWidth`); -1 when one is not. */
function simpleColumns(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = simpleWidth(text.charCodeAt(i));
    if (w === 0) return -1;
    width += w;
  }
  return width;
}

export function displayWidth(text: string): number {
  const simple = simpleColumns(text);
  if (simple >= 0) return simple;
  if (text.length <= CHUNK) return stringWidth(text);
  let width = 0;
  for (const [start, end] of chunks(text)) width += stringWidth(text.slice(start, end));
  return width;
}

/** Cuts text to at most `width` columns, ending in the ellipsis when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  const simple = simpleColumns(text);
  if (simple >= 0 ? simple <= width : displayWidth(text) <= width) return text;
  const room = width - displayWidth(ellipsis);
  if (simple >= 0) {
    // Each character is a grapheme: cut after the last that fits.
    let used = 0;
    let end = 0;
    while (end < text.length && used + simpleWidth(text.charCodeAt(end)) <= room) used += simpleWidth(text.charCodeAt(end++));
    return room >= 0 ? text.slice(0, end) + ellipsis : text.slice(0, end);
  }
  let out = '';
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return room >= 0 ? out + ellipsis : out;
}

/**
 * At most `width` columns, cut in the middle so that the end stays: a message that ends in a
 * file's path keeps the file name whole ("saved to /home/…/copied-2026-11-22….txt"), and
 * metric names that share a beginning keep the part that tells them apart ("创新驱动…投放额度").
 * Column-exact with wide characters: a column the head cannot use (half of a Chinese
 * character) goes to the tail where a character fits there.
 */
export function truncateMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 8) return truncate(text, width);
  const room = width - 1;
  const ends = [...graphemes(text.slice(-4 * width))].map((g) => ({ text: g.segment, w: displayWidth(g.segment) }));
  let i = ends.length;
  let tailUsed = 0;
  const take = (limit: number) => {
    while (i > 0 && tailUsed + ends[i - 1]!.w <= limit) tailUsed += ends[--i]!.w;
  };
  take(Math.ceil(room * 0.6));
  const head = truncate(text, room - tailUsed, '');
  take(room - displayWidth(head));
  return `${head}…${ends
    .slice(i)
    .map((g) => g.text)
    .join('')}`;
}

/**
 * At most `width` columns of `text`, cut so that it still differs from `others` (the names
 * beside it on screen). Where the beginning it shares with one of them fits, the end is cut,
 * as usual; where it does not, the shared beginning is cut short instead and the text shows
 * from where it differs: "创新驱动…投放额度" beside "创新驱动…代偿户数".
 */
export function truncateApart(text: string, width: number, others: readonly string[]): string {
  if (displayWidth(text) <= width) return text;
  let shared = 0;
  for (const other of others) {
    if (other === text) continue;
    let n = 0;
    while (n < text.length && n < other.length && text[n] === other[n]) n++;
    shared = Math.max(shared, n);
  }
  // Never start the rest inside a surrogate pair.
  if (shared > 0 && /[\uDC00-\uDFFF]/u.test(text[shared] ?? '')) shared--;
  const differs = displayWidth(text.slice(0, shared + 1));
  if (shared === 0 || differs <= width - 1 || width < 8) return truncate(text, width);
  const rest = text.slice(shared);
  // The head says what the names have in common, briefly where the rest needs the room.
  const room = width - 1 - displayWidth(rest);
  const head = truncate(text, room >= 4 ? room : Math.min(8, Math.floor(width / 3)), '');
  return `${head}…${truncate(rest, width - displayWidth(head) - 1)}`;
}

/** Exactly `width` columns: cut with an ellipsis, or padded with spaces. */
export function fitWidth(text: string, width: number, ellipsis = '…'): string {
  const cut = truncate(text, width, ellipsis);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** Right-aligned in exactly `width` columns. */
export function fitRight(text: string, width: number): string {
  const cut = truncate(text, width);
  return ' '.repeat(Math.max(0, width - displayWidth(cut))) + cut;
}

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
