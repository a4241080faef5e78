import { describe, expect, it } from 'vitest';
import { markLine } from '../../src/ui/modes/reader/Reader.js';
import type { Fact } from '../../src/model/types.js';

const fact = (from: number, to: number) => ({ span: [from, to] }) as unknown as Fact;

describe('marking quotes in the reader', () => {
  const text = '獲廣西科學技術獎,占全區37.54%。';
  const line = { text, start: 0 };
  it('shows the current figure whole where two quotes overlap', () => {
    // 0-8 and 3-18 overlap, as "119項…獲廣西科學技術獎" and "獲廣西科學技術獎,占全區37.54%" do.
    const out = markLine(text, line, [fact(0, 8), fact(3, 18)], 1);
    const current = out
      .filter((s) => s.tone === 'current')
      .map((s) => s.text)
      .join('');
    expect(current).toBe(text.slice(3, 18));
    expect(out.map((s) => s.text).join('')).toBe(text);
  });
  it('marks every quote and leaves the rest plain', () => {
    const out = markLine(text, line, [fact(0, 2), fact(12, 18)], -1);
    expect(out.map((s) => [s.text, s.tone ?? 'plain'])).toEqual([
      ['獲廣', 'mark'],
      ['西科學技術獎,占全區', 'plain'],
      ['37.54%', 'mark'],
      ['。', 'plain'],
    ]);
  });
  it('marks a find’s matches over the quotes, the current match distinct', () => {
    const found = {
      matches: [
        { start: 1, end: 3 },
        { start: 12, end: 14 },
      ],
      current: 1,
    };
    const out = markLine(text, line, [fact(0, 8)], -1, found);
    expect(out.map((s) => [s.text, s.tone ?? 'plain'])).toEqual([
      ['獲', 'mark'],
      ['廣西', 'match'],
      ['科學技術獎', 'mark'],
      [',占全區', 'plain'],
      ['37', 'currentMatch'],
      ['.54%。', 'plain'],
    ]);
  });
});
