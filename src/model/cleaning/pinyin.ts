import { pinyin } from 'pinyin-pro';
import { foldScript } from '../../text/fold.js';

/**
 * A converter annotated characters with their pinyin in parentheses: 創(chuàng)新, at times
 * more than once (科(ke)(ke)(ke)) and at times without tones. An annotation is one
 * lowercase syllable, tone marks allowed, right after a Han character.
 */
const ANNOTATED = /(\p{Script=Han})((?:\([a-zàáâãāăǎèéêēěìíîīǐòóôõōǒùúûūǔüǖǘǚǜńňǹḿ]{1,6}\))+)/gu;
const SYLLABLE = /\(([^)]+)\)/gu;

const read = (c: string): string[] => pinyin(c, { multiple: true, type: 'array', toneType: 'none', v: true });
const readingsOf = new Map<string, ReadonlySet<string>>();
const foldedReadingsOf = new Map<string, ReadonlySet<string>>();

/**
 * Whether a syllable, without tones and with ü written v, is a reading of a character.
 * pinyin-pro reads simplified characters best, so the simplified form is read too, but only
 * when the character itself is not read so: building the converter takes tens of milliseconds.
 */
function reads(char: string, syllable: string): boolean {
  let own = readingsOf.get(char);
  if (!own) readingsOf.set(char, (own = new Set(read(char))));
  if (own.has(syllable)) return true;
  let folded = foldedReadingsOf.get(char);
  if (!folded) foldedReadingsOf.set(char, (folded = new Set(read(foldScript(char)))));
  return folded.has(syllable);
}

/** A syllable as pinyin-pro writes it without tones: chuàng → chuang, lǜ → lv. */
function toneless(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/\u0308/gu, 'v')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/uv/gu, 'v');
}

/**
 * Removes the annotations that read the character before them. Anything else in
 * parentheses stays: an English word or abbreviation ((ai) after a character not read ai,
 * (R&D)), and an annotation whose character was garbled, which only a repair can mend.
 */
export function stripPinyinAnnotations(text: string): string {
  return text.replace(ANNOTATED, (_m, char: string, annotations: string) => {
    const syllables = [...annotations.matchAll(SYLLABLE)].map((s) => s[0]);
    const kept = syllables.findIndex((s) => !reads(char, toneless(s.slice(1, -1))));
    return char + (kept < 0 ? '' : syllables.slice(kept).join(''));
  });
}
