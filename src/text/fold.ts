import * as OpenCC from 'opencc-js';

/**
 * Text folded so that the ways of writing the same words compare equal: to simplified
 * characters (opencc-js hk→cn, which leaves simplified text alone — tw→cn would rewrite 著
 * and 么), lower case, half-width forms, numbers without thousands separators. The search
 * folds its index and its query alike; ingest and the model compare names and units in simplified.
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
