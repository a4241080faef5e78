import { afterEach, describe, expect, it } from 'vitest';
import { LazySegmenter } from '../../src/platform/segmenter.js';

const RealSegmenter = Intl.Segmenter;
/** Intl with its Segmenter class replaceable, for a test to count the segmenters made. */
const intl = Intl as { Segmenter: typeof Intl.Segmenter };
afterEach(() => {
  intl.Segmenter = RealSegmenter;
});

const segments = (segmenter: Intl.Segmenter, text: string) => [...segmenter.segment(text)];

describe('a segmenter made when first used', () => {
  it('makes no Intl.Segmenter until it is asked to segment, and then one', () => {
    const made: unknown[][] = [];
    intl.Segmenter = class extends RealSegmenter {
      constructor(...args: ConstructorParameters<typeof RealSegmenter>) {
        super(...args);
        made.push(args);
      }
    };
    const lazy = new LazySegmenter('zh', { granularity: 'word' });
    expect(made).toEqual([]);
    segments(lazy, '高新技术企业');
    segments(lazy, '瞪羚企业');
    expect(made).toEqual([['zh', { granularity: 'word' }]]);
  });

  it('segments as Intl.Segmenter does, by grapheme and by word, and reports the same options', () => {
    const text = '南寧市創新驅動 e\u0301 👍🏽 ok\u001b[32m高新技术企业数量\u001b[39m';
    for (const [locales, options] of [
      [undefined, undefined],
      [undefined, { granularity: 'grapheme' }],
      ['zh', { granularity: 'word' }],
    ] as const) {
      const lazy = new LazySegmenter(locales, options);
      const real = new Intl.Segmenter(locales, options);
      expect(segments(lazy, text)).toEqual(segments(real, text));
      expect(lazy.resolvedOptions()).toEqual(real.resolvedOptions());
    }
  });
});
