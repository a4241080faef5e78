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

function brokenInside(prev: string, line: string): boolean {
  return (prev.length >= PDF_LINE_MIN && IDEOGRAPH_END.test(prev)) || (NUMBER_END.test(prev) && UNIT_START.test(line));
}

/**
 * Joins the lines a PDF broke inside a sentence or between a number and its unit, and
 * takes out the spaces it inserted. Spaces are kept only between two ASCII words or
 * numbers, so figures never glue.
 */
export function joinPdfText(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const prev = joined.at(-1);
    if (prev !== undefined && brokenInside(prev, line)) joined[joined.length - 1] = prev + line;
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
