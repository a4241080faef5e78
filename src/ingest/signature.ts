import { dateAlone, datesIn } from './dates.js';
import { asWritten, lineOf } from './written.js';

/**
 * The signature of a reply, a notice or a plan: the organ that signs it on a line of its own
 * (苏州市科学技术局; two of them for a joint document) and under it the day it was signed
 * (2023年6月12日, 二〇二三年六月十二日), at the end of a reply, after the notice's few lines
 * in a notice that issues a plan.
 */

export interface Signature {
  /** The organs that sign, as written, joined by 、. */
  readonly organs: string;
  /** The day, YYYY-MM-DD (or YYYY-MM where only the month is given). */
  readonly date: string;
}

/** An organ's name: a line of Han characters that ends as an organ's name does. */
const ORGAN = /^[\p{Script=Han}（）()]{3,40}(?:局|厅|委员会|委|政府|办公厅|办公室|院|部|中心|管委会|小组|办|会|署|所|集团|公司)$/u;

function organsOn(text: string): string[] | undefined {
  const names = text.split(/[\s、]+/u).filter((n) => n !== '');
  return names.length > 0 && names.every((n) => ORGAN.test(n)) ? names : undefined;
}

/**
 * The last signature of a text's lines: a date alone on its line under the organs' lines, or
 * on the organ's line after it. Only the lines around a date are read in simplified script.
 */
export function signatureIn(lines: readonly string[]): Signature | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (text.length > 60 || !/\d|[〇○零]/u.test(text)) continue;
    const date = dateAlone(text);
    if (date !== undefined) {
      const organs: string[] = [];
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const line = lineOf(lines[j]!);
        if (line.simple === '' && organs.length === 0) continue;
        if (!organsOn(line.simple)) break;
        organs.unshift(line.written.split(/[\s、]+/u).join('、'));
      }
      if (organs.length > 0) return { organs: organs.join('、'), date };
      continue;
    }
    // 苏州市科学技术局 2023年6月12日 on one line.
    const [only] = datesIn(text);
    if (!only || only.end !== text.length) continue;
    const line = lineOf(text);
    if (organsOn(line.simple.slice(0, only.start).trim())) {
      return {
        organs: asWritten(line, 0, only.start)
          .split(/[\s、]+/u)
          .join('、'),
        date: only.value,
      };
    }
  }
  return undefined;
}
