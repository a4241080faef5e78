/**
 * Undoing a PDF extraction: spaces were inserted between words and around numbers
 * (投入 强度达 1.94%), and a sentence that crossed a page or a line was broken in two.
 */

const ASCII_WORD_END = /[A-Za-z0-9%.]$/u;
const ASCII_WORD_START = /^[A-Za-z0-9]/u;
const IDEOGRAPH_END = /\p{Script=Han}$/u;
/** A heading is short; a line this long that stops mid-word was broken by the PDF page. */
const PDF_LINE_MIN = 80;
/**
 * A number at the end of a line of text, and a unit at the start of the next: 823.57⏎亿元.
 * The line before must hold Han, so that a page number on a line of its own is not taken
 * for the start of a figure.
 */
const NUMBER_END = /\p{Script=Han}.*\d$/u;
const UNIT_START = /^(?:[万萬亿億千百十]|[元家个個项項人名所台件套次倍年月日天户戶座条條处處亩畝吨噸%]|平方|公里)/u;

/** How a sentence or a clause may end a line whole: a stop, a colon, a closing mark after one. */
const SENTENCE_END = /[。！？!?；;：:…][”’」』）)]*$/u;

/** A line's width on the page: an ideograph or a full-width mark takes two columns, a digit or a Latin letter one. */
const columns = (line: string) => [...line.trim()].reduce((n, c) => n + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/**
 * The width in columns a PDF wrapped its lines at, where it did: the width most of its long
 * lines share, give or take two columns (a line does not break inside a number or before a
 * mark), the lines a paragraph ends with being shorter. A text whose lines are paragraphs has
 * no such width: their widths spread.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const widths = lines.map(columns).filter((n) => n >= 30);
  if (widths.length < 4) return undefined;
  let best: { width: number; lines: number } | undefined;
  for (const n of new Set(widths)) {
    const near = widths.filter((w) => w >= n && w <= n + 4).length;
    if (!best || near > best.lines || (near === best.lines && n > best.width)) best = { width: n + 4, lines: near };
  }
  return best && best.lines >= Math.max(4, widths.length * 0.4) ? best.width : undefined;
}

/** Whether a line of a PDF's text stops inside a sentence: near as wide as the page's lines (a heading is shorter), at no sentence's end. */
export function wrappedAt(line: string, width: number | undefined): boolean {
  return width !== undefined && columns(line) >= width * 0.75 && !SENTENCE_END.test(line.trimEnd());
}

/** How a numbered heading or point starts (一、 （一） 1. 第二章): a line so started starts anew, whatever ended the one before. */
const HEADING_START =
  /^(?:[一二三四五六七八九十]+、|[（(]\s?[一二三四五六七八九十\d]+\s?[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]+[章节節条條部])/u;

/** Whether `line` goes on what came before: `prev` as joined so far, `last` the line before as the PDF broke it. */
function brokenInside(prev: string, last: string, line: string, width: number | undefined): boolean {
  // A line as wide as the page's lines that stops short of a sentence's end goes on in the next.
  const wrapped = line.trim() !== '' && !HEADING_START.test(line.trim()) && wrappedAt(last, width);
  return wrapped || (prev.length >= PDF_LINE_MIN && IDEOGRAPH_END.test(prev)) || (NUMBER_END.test(prev) && UNIT_START.test(line));
}

/**
 * Joins the lines a PDF broke inside a sentence or between a number and its unit, and
 * takes out the spaces it inserted. Spaces are kept only between two ASCII words or
 * numbers, so figures never glue.
 */
export function joinPdfText(lines: readonly string[]): string[] {
  const joined: string[] = [];
  const width = wrapWidth(lines);
  let last = '';
  for (const line of lines) {
    const prev = joined.at(-1);
    // Whether a line was wrapped is read from the line before as the PDF broke it, not as joined so far.
    const broken = prev !== undefined && brokenInside(prev, last, line, width);
    last = line;
    if (broken) joined[joined.length - 1] = prev + line;
    else joined.push(line);
  }
  return joined.map(collapsePdfSpaces);
}

/** One line without the spaces a PDF inserted. */
export function collapsePdfSpaces(line: string): string {
  return line.replace(/(\S?)[ \t\u3000]+(?=(\S?))/gu, (_m, before: string, after: string) =>
    ASCII_WORD_END.test(before) && ASCII_WORD_START.test(after) ? `${before} ` : before,
  );
}
