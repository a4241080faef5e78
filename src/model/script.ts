import * as OpenCC from 'opencc-js';

/**
 * The script Chinese text is displayed in. The data stays as written; only the view
 * converts. opencc-js converts whole strings (its phrase rules need the context); building
 * its converters takes tens of milliseconds, so they are built the first time one is needed.
 */
export type Script = 'original' | 'simplified' | 'traditional';
export const SCRIPTS: readonly Script[] = ['original', 'simplified', 'traditional'];

type Convert = (text: string) => string;
let converters: { simplified: Convert; traditional: Convert } | undefined;

function load(): { simplified: Convert; traditional: Convert } {
  if (!converters) {
    // hk→cn folds both Hong Kong and Taiwan forms; cn→t gives OpenCC's standard traditional.
    converters = {
      simplified: OpenCC.Converter({ from: 'hk', to: 'cn' }),
      traditional: OpenCC.Converter({ from: 'cn', to: 't' }),
    };
  }
  return converters;
}

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
    const c = load();
    converted = script === 'simplified' ? c.simplified(text) : c.traditional(c.simplified(text));
    if (converted.length !== text.length) converted = text;
    cache.set(key, converted);
  }
  return converted;
}
