import * as OpenCC from 'opencc-js';

/**
 * The script Chinese text is displayed in. The data stays as written; only the view
 * converts. opencc-js converts whole strings (its phrase rules need the context); building
 * its converters takes tens of milliseconds, so they are built the first time one is needed.
 */
export type Script = 'original' | 'simplified' | 'traditional';
export const SCRIPTS: readonly Script[] = ['original', 'simplified', 'traditional'];

type Convert = (text: string) => string;
// hk→cn folds both Hong Kong and Taiwan forms; cn→t gives OpenCC's standard traditional. Each
// is built only when first needed: a simplified name shown in traditional needs only the second.
let toSimplified: Convert | undefined;
let toTraditional: Convert | undefined;
const simplifiedOf: Convert = (text) => (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }))(text);
const traditionalOf: Convert = (text) => (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' }))(text);

const cache = new Map<string, string>();

/**
 * The text in the chosen script. A conversion that changed the length (it never has on
 * these texts) is dropped, because highlights are placed by offset.
 */
export function inScript(text: string, script: Script): string {
  if (script === 'original' || text === '') return text;
  const key = `${script}\u0000${text}`;
  let converted = cache.get(key);
  if (converted === undefined) {
    converted = script === 'simplified' ? simplifiedOf(text) : traditionalOf(simplifiedOf(text));
    if (converted.length !== text.length) converted = text;
    cache.set(key, converted);
  }
  return converted;
}

/** Whether the converter to traditional is built: until then, a screen may show a simplified name as it is stored. */
export const traditionalReady = (): boolean => toTraditional !== undefined;

/** Builds the converter to traditional (tens of milliseconds), for a screen to do after its first frame. */
export function prepareTraditional(): void {
  traditionalOf('');
}

/**
 * Text the data keeps in simplified (a metric's or place's name) in traditional: the same as
 * `inScript(text, 'traditional')` for such text, without building the converter to simplified.
 */
export function simplifiedToTraditional(text: string): string {
  if (text === '') return text;
  const key = `t\u0000${text}`;
  let converted = cache.get(key);
  if (converted === undefined) {
    converted = traditionalOf(text);
    if (converted.length !== text.length) converted = text;
    cache.set(key, converted);
  }
  return converted;
}
