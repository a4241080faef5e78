/** The cells of a line of a table, as a clean text leaves them. */

export interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A line's cells: apart by tabs where it has any (an empty cell stays), else by runs of spaces, all the cleaning leaves of tabs. */
export function cellsOf(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  const tabbed = line.includes('\t');
  for (const m of line.matchAll(tabbed ? /[^\t]*/gu : /[^ \t\u3000]+/gu)) {
    if (tabbed && m[0] === '' && m.index > 0 && line[m.index - 1] !== '\t') continue;
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    cells.push({ text, start: at + m.index + lead, end: at + m.index + lead + text.length });
  }
  return cells;
}

/**
 * Cells split where the cleaning took out a converter's spaces around a number between Han
 * characters (单位 2020年 → 单位2020年, 家 512 预期性 → 家512预期性), as it does in a sentence.
 */
export function unglued(cells: readonly Cell[], cut: RegExp): Cell[] {
  return cells.flatMap((c) => {
    const cuts = [0, ...[...c.text.matchAll(cut)].map((m) => m.index).filter((i) => i > 0), c.text.length];
    return cuts.slice(1).map((end, k) => ({ text: c.text.slice(cuts[k], end), start: c.start + cuts[k]!, end: c.start + end }));
  });
}
/** Before a year glued to a header's words: 单位2020年2025年, not 基期值（2020年）. */
export const YEAR_CUT = /(?<=[\p{Script=Han}）)])(?=(?:19|20)\d{2}年)/gu;
/** Before a number glued to a Han word, and after one (with its 以上) glued to the next: 家512预期性. */
export const NUMBER_CUT =
  /(?<=\p{Script=Han})(?=[>＞≥≧<＜≤≦[［【]?\d)|(?<=\d[\]］】]?(?:以上|以下|左右|以内)?)(?=\p{Script=Han})(?!以上|及以上|左右|以下|以内)/gu;
