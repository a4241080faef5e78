import { keyScore } from '../../../search/keyScore.js';
import { fold, hasHan } from '../../../text/fold.js';
import { pinyinKeys } from '../../../search/pinyin.js';
import type { Key } from '../../../search/records.js';
import type { PickerChoice } from './state.js';

/**
 * Which choices a picker's filter leaves, best first: every word typed must stand in one of a
 * choice's names, in either script (both folded to simplified), in pinyin or its initials as
 * the search reads names, or, fuzzily, with its letters in order and close ("nanng" for Nanning).
 */

/** The keys a choice is found by: each name folded, and a Chinese name's full pinyin and initials. */
function keysOf(choice: PickerChoice): Key[] {
  const keys: Key[] = [];
  for (const name of choice.names) {
    const text = fold(name);
    if (!text) continue;
    keys.push({ text, role: 'name', weight: 1 });
    if (hasHan(text)) {
      const { full, initials } = pinyinKeys(text);
      keys.push({ text: full, role: 'name', weight: 0.95 });
      // Initials alone are ambiguous: two letters hit half the set.
      keys.push({ text: initials, role: 'initials', weight: 0.6 });
    }
  }
  return keys;
}

/**
 * Whether the characters of `word` stand in `text` in order and close together (within twice
 * the word's length), as a word mistyped or cut short still does: "nanng" in "nanning", but
 * not "nan" strewn across "guangxizhuangzu".
 */
function looselyIn(word: string, text: string): boolean {
  const letters = [...word];
  const room = 2 * letters.length;
  for (let start = text.indexOf(letters[0]!); start >= 0; start = text.indexOf(letters[0]!, start + 1)) {
    let at = start;
    const found = letters.every((c) => {
      const next = text.indexOf(c, at);
      at = next + c.length;
      return next >= 0 && at - start <= room;
    });
    if (found) return true;
  }
  return false;
}

/** How well a word names a choice: a match of the search's kind, else a loose one worth less; 0 for none. */
function wordScore(keys: readonly Key[], word: string): number {
  let best = 0;
  for (const key of keys) {
    // Fewer than three letters in order are found in nearly any name.
    const loose = key.role === 'name' && [...word].length >= 3 && looselyIn(word, key.text) ? key.weight * 0.3 : 0;
    best = Math.max(best, keyScore(key, word), loose);
  }
  return best;
}

/** The keys of each list of choices, read once: pinyin is slow to read. */
const keysOfList = new WeakMap<readonly PickerChoice[], readonly Key[][]>();

/** The choices the query leaves, best first, equal ones in the list's order; all of them, in order, for no query. */
export function pickerRows(choices: readonly PickerChoice[], query: string): readonly PickerChoice[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return choices;
  let keys = keysOfList.get(choices);
  if (!keys) {
    keys = choices.map(keysOf);
    keysOfList.set(choices, keys);
  }
  const scored: { choice: PickerChoice; at: number; score: number }[] = [];
  choices.forEach((choice, at) => {
    const scores = words.map((word) => wordScore(keys[at]!, word));
    if (scores.every((s) => s > 0)) scored.push({ choice, at, score: scores.reduce((a, b) => a + b, 0) });
  });
  return scored.sort((a, b) => b.score - a.score || a.at - b.at).map((s) => s.choice);
}
