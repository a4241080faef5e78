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
 * Latin-1, punctuation, arrows (the key hints' ↑↓), operators and box-drawing the screens use.
 * 0 for any other: a string with one of those is measured by grapheme. The screen is almost
 * all of these, and measuring them one by one gives what string-width gives
 * (test/ui/text.test.ts checks every one).
 */
export function simpleWidth(code: number): number {
  if (code >= 0x20 && code < 0x7f) return 1;
  if (code < 0xa1) return 0;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if (code <= 0xff) return code === 0xad ? 0 : 1;
  if ((code >= 0x3000 && code <= 0x3029) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xff01 && code <= 0xff60)) return 2;
  if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e) || (code >= 0x2190 && code <= 0x2193)) return 1;
  if ((code >= 0x2200 && code <= 0x22ff) || (code >= 0x2500 && code <= 0x259f) || code === 0x25b2 || code === 0x25bc || code === 0x2713)
    return 1;
  return 0;
}

/** The width of `text` when every character in it is simple (see `simpleWidth`); -1 when one is not. */
export function simpleColumns(text: string): number {
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
