import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import inkStringWidth from '../../src/ui/text/inkWidth.js';
import { simpleWidth } from '../../src/ui/text/text.js';
import { bundledDataset } from '../helpers.js';

/** A run of characters drawn from `pool`, of length up to `max`, from a seeded generator. */
function texts(pool: readonly string[], count: number, max: number): string[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * max) }, () => pool[Math.floor(next() * pool.length)]!).join(''),
  );
}

describe('the width Ink measures with', () => {
  it('is string-width’s for the dataset’s texts, plain and coloured as Ink colours them', () => {
    const dataset = bundledDataset();
    const plain = [
      ...dataset.facts.flatMap((f) => [f.quote, f.metric.zh, f.metric.en ?? '', `${f.metric.zh} · ${f.value ?? ''} ${f.unit}…›≠`]),
      ...dataset.documents.map((d) => d.title.zh),
      '? keys  ↓ select  ← → ↑ back',
    ];
    for (const level of [1, 2, 3] as const) {
      const chalk = new Chalk({ level });
      for (const text of plain) {
        for (const shown of [
          text,
          chalk.green(text),
          chalk.dim.bold(text),
          chalk.bgRgb(10, 20, 30).inverse(text),
          chalk.hex('#123456')(text),
        ]) {
          expect(inkStringWidth(shown), JSON.stringify(shown)).toBe(stringWidth(shown));
        }
      }
    }
  });

  it('is string-width’s for text that mixes characters of their own with ones that join, and with other escapes', () => {
    const simple = Array.from({ length: 0x10000 }, (_, code) => code)
      .filter((code) => simpleWidth(code) > 0)
      .filter((_, i) => i % 97 === 0)
      .map((code) => String.fromCharCode(code));
    const others = [
      'e\u0301',
      '\u0301',
      '👍🏽',
      '\u200d',
      '\ufe0f',
      'ｶﾞ',
      '\u0e33',
      '\u1100\u1161',
      '\t',
      '\r\n',
      '\u00ad',
      '\u009b31m',
      '\u0007',
    ];
    const escapes = [
      '\u001b[32m',
      '\u001b[39m',
      '\u001b[m',
      '\u001b[38;5;123m',
      '\u001b[12345m',
      '\u001b[;5m',
      '\u001b]8;;x\u0007',
      '\u001b[2J',
      '\u001b\\',
      '\u001b',
    ];
    for (const text of [...texts([...simple, ...escapes], 400, 30), ...texts([...simple, ...others, ...escapes], 400, 30)]) {
      expect(inkStringWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
    expect(inkStringWidth('')).toBe(0);
    expect(inkStringWidth('↓ 高新', { ambiguousIsNarrow: false })).toBe(stringWidth('↓ 高新', { ambiguousIsNarrow: false }));
  });
});
