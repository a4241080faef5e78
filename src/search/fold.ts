import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

/**
 * Search keys. Index and query are folded the same way: to simplified characters
 * (opencc-js hk→cn, which leaves simplified text alone — tw→cn would rewrite 著 and 么),
 * lower case, half-width forms, numbers without thousands separators. Pinyin is read from
 * the simplified text, where pinyin-pro reads polyphones (行, 长, 重) better.
 */

let toSimplified: ((text: string) => string) | undefined;

export function foldScript(text: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(text);
}

/**
 * Lower case, half-width, simplified, "1,729" → "1729", punctuation as spaces (quotation
 * marks and dashes inside names never block a match), single spaces. `&`, `.`, `%`, `+`
 * and `-` stay: they belong to "R&D", "1.94%", "1+6" and "high-tech".
 */
export function fold(text: string): string {
  return (
    foldScript(text.normalize('NFKC'))
      .toLowerCase()
      .replace(/(\d),(?=\d{3}(?!\d))/gu, '$1')
      .replace(/\s+/gu, ' ')
      // After the spaces are single, so that a label keeps its length and its matches map back onto it.
      // `.`, `+` and `-` stay only inside a word or number ("1.94", "1+6", "high-tech").
      .replace(/[^\p{L}\p{N}\s&.%+-]|(?<![\p{L}\p{N}])[.+-]|[.+-](?![\p{L}\p{N}])/gu, ' ')
      .trim()
  );
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Full pinyin without tones or spaces ("denglingqiyeshuliang") and initials ("dlqysl"), Han only. */
export function pinyinKeys(simplified: string): { full: string; initials: string } {
  const han = [...simplified].filter((c) => HAN.test(c)).join('');
  if (han === '') return { full: '', initials: '' };
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }) as string[];
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}
