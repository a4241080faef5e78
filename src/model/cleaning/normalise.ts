/**
 * Generic cleaning steps that any raw text goes through, whatever its source. Each leaves
 * the line breaks where they are, so that a clean line can still be named by its line in the
 * raw text.
 */

/** Drops a byte-order mark and turns Windows (CRLF) and old Mac (CR) line ends into LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/**
 * Layout marks a converter leaves in a text: a tab becomes a space, and a form feed (where
 * pdftotext breaks a page) or a vertical tab goes. Neither is a character of the article,
 * and the data holds no control character.
 */
export function blankLayoutMarks(text: string): string {
  return text.replace(/\t/gu, ' ').replace(/[\f\v]/gu, '');
}

/** The full-width forms are U+FF01–U+FF5E, each 0xFEE0 above its ASCII twin. */
const halfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Full-width digits and Latin letters (２０２３, ＲＤ) become ASCII, and so do a full-width
 * point and percent sign that belong to a number (１２．５％). Other full-width punctuation
 * (，。：（）) is how Chinese is written and stays.
 */
export function halfWidthAlphanumerics(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/gu, halfWidth)
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)％/gu, '%');
}

const SPACE = '[ \\t\\u3000\\u00A0]';
const NUMBER = '\\d+(?:[.,]\\d+)*(?:' + SPACE + '*%)?';
/** A number with spaces on either side, between two Han characters: 达 6588 家. */
const SPACED_NUMBER = new RegExp(`(?<=\\p{Script=Han})${SPACE}*${NUMBER}${SPACE}*(?=\\p{Script=Han})`, 'gu');

/**
 * Chinese puts no space around a number inside a sentence; a space there was added by a
 * converter or an editor (达 6588 家, 增长 15.36 %). Two numbers in a row (2021 2023) are
 * left alone: the space is what keeps them apart.
 */
export function unspaceNumbers(text: string): string {
  return text.replace(SPACED_NUMBER, (m) => m.replace(new RegExp(SPACE, 'gu'), ''));
}
