import { describe, expect, it } from 'vitest';
import { occurrencesIn, type Meter } from '../../../src/ingest/figures/occurrences.js';
import { occurrences } from '../../../src/model/quote.js';
import { cleanBundledSeed, SEEDS } from '../../helpers.js';

/** Every piece of a text up to `longest` characters, from every `step`th position. */
function pieces(text: string, longest: number, step = 1): string[] {
  const found = new Set<string>();
  for (let at = 0; at < text.length; at += step)
    for (let n = 1; n <= longest && at + n <= text.length; n++) found.add(text.slice(at, at + n));
  return [...found];
}

describe('how many times a quote stands in a text', () => {
  it('counts each piece of a text, and what it does not hold, as a search of the whole text does', () => {
    const texts = [
      'a',
      'aaaaaaa',
      'abababab',
      'mississippi',
      '新增企业12家，'.repeat(30) + '新增企业13家',
      '，2024年，2024年。\n2024年2024',
    ];
    for (const text of texts) {
      const found = occurrencesIn(text);
      for (const quote of [...pieces(text, 9), 'b', '新增企业14家', `${text}。`]) {
        expect(found.count(quote), `${JSON.stringify(quote)} in ${JSON.stringify(text.slice(0, 20))}`).toBe(
          occurrences(text, quote).length,
        );
      }
    }
  });

  it('counts the pieces of a seed as a search of it does', () => {
    const { text } = cleanBundledSeed(SEEDS[3]);
    const found = occurrencesIn(text);
    for (const quote of pieces(text, 24, 37)) expect(found.count(quote), quote).toBe(occurrences(text, quote).length);
  });

  it('counts in the text it is given after another, of the same length', () => {
    expect(occurrencesIn('甲乙甲').count('甲')).toBe(2);
    expect(occurrencesIn('乙乙甲').count('甲')).toBe(1);
  });

  it('reads a quote against a few of the text’s suffixes, however long the text, not against the whole of it', () => {
    const quote = '新增企业12家';
    for (const times of [100, 20_000]) {
      const text = `${quote}，`.repeat(times);
      const meter: Meter = { compared: 0 };
      expect(occurrencesIn(text, meter).count(quote)).toBe(times);
      // Two binary searches over the text's suffixes, each step reading at most the quote and one character more.
      expect(meter.compared).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(text.length + 1)) * (quote.length + 1));
    }
  });
});
