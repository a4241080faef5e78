import { describe, expect, it } from 'vitest';
import { gapWords } from '../../src/cite/progressTable.js';
import { formatAmount } from '../../src/model/figureText.js';
import type { Fact } from '../../src/model/types.js';

describe('an amount in a unit as written', () => {
  it('puts a percent sign flush against the number and any other unit a space after it, never converting it', () => {
    expect(formatAmount(0.34, '%')).toBe('0.34%');
    expect(formatAmount(1793.5, '億元')).toBe('1,793.5 億元');
    expect(formatAmount(71, '家')).toBe('71 家');
    expect(formatAmount(3, '')).toBe('3');
  });

  it('is how a gap in points of percent is said', () => {
    const target = { unit: '%' } as Fact;
    expect(gapWords({ gap: 0.34, ceiling: false, target })).toBe('0.34% to go');
    expect(gapWords({ gap: -2, ceiling: false, target }, 'zh')).toBe('超出 2%');
  });
});
