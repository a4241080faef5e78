import type { Key } from './records.js';

/**
 * How well a key answers a word: in full, at its start or inside it, a name's weight above a
 * mention's; a number only in full; initials only from two letters, and inside a name only
 * from four, where they stop being noise. Search scores every matching key with it once, and
 * the pickers score their choices' names with it.
 */
export function keyScore(key: Key, word: string): number {
  if (key.role === 'number') return key.text === word ? key.weight : 0;
  if (key.role === 'initials') {
    if (word.length < 2 || !/^[a-z]+$/u.test(word)) return 0;
    if (key.text === word) return key.weight;
    if (key.text.startsWith(word)) return key.weight * 0.8;
    // Inside a name ("kjtpy" in 选派科技特派员): only from four letters on, where it stops being noise.
    return word.length >= 4 && key.text.includes(word) ? key.weight * 0.5 : 0;
  }
  const at = key.text.indexOf(word);
  if (at < 0) return 0;
  if (at === 0) return key.weight * (key.text.length === word.length ? 1 : 0.85);
  return key.weight * 0.65;
}
