import { describe, expect, it } from 'vitest';
import { occurrences, statesNumber } from '../../src/model/quote.js';

describe('statesNumber', () => {
  it('finds a number as written, or with thousands separators', () => {
    expect(statesNumber('高新技術企業1729家', 1729)).toBe(true);
    expect(statesNumber('高新技術企業1,729家', 1729)).toBe(true);
    expect(statesNumber('投放額度達169.68億元', 169.68)).toBe(true);
    expect(statesNumber('累计建成3—5个', 3)).toBe(true);
    expect(statesNumber('比例接近1:9', 9)).toBe(true);
  });
  it('does not find a number inside a longer one', () => {
    expect(statesNumber('累计300项以上', 30)).toBe(false);
    expect(statesNumber('累计300项以上', 3)).toBe(false);
    expect(statesNumber('金額合計10.81億元', 10.8)).toBe(false);
    expect(statesNumber('金額合計10.81億元', 81)).toBe(false);
    expect(statesNumber('1,729家', 729)).toBe(false);
  });
});

describe('occurrences', () => {
  it('counts overlapping places too', () => {
    expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(occurrences('abc', 'x')).toEqual([]);
  });
});
