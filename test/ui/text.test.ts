import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth, truncate, wrap, wrapText } from '../../src/ui/text.js';

describe('fitting text to columns', () => {
  it('counts Chinese as two columns and never splits a character', () => {
    expect(displayWidth('高新技術企業1729家')).toBe(18);
    expect(truncate('高新技術企業', 5)).toBe('高新…');
    expect(displayWidth(truncate('高新技術企業', 5))).toBe(5);
    expect(fitWidth('瞪羚', 7)).toBe('瞪羚   ');
    expect(fitWidth('abc', 2)).toBe('a…');
  });
});

describe('wrapping', () => {
  it('breaks Chinese anywhere, within the width', () => {
    const lines = wrap('南宁市落实科技强桂行动实施方案', 10);
    expect(lines.map((l) => l.text)).toEqual(['南宁市落实', '科技强桂行', '动实施方案']);
    for (const l of lines) expect(displayWidth(l.text)).toBeLessThanOrEqual(10);
  });
  it('keeps numbers and Latin words whole', () => {
    const lines = wrap('经费投入强度达1.94%,规模', 16).map((l) => l.text);
    expect(lines.join('')).toBe('经费投入强度达1.94%,规模');
    expect(lines.some((l) => l.includes('1.94%'))).toBe(true);
    expect(wrap('number of high-tech enterprises', 12).map((l) => l.text)).toEqual(['number of', 'high-tech', 'enterprises']);
  });
  it('does not start a line with closing punctuation', () => {
    // At 12 columns 。 would begin the second line: the character before it moves down with it.
    expect(wrap('科技创新工作。下一步', 12).map((l) => l.text)).toEqual(['科技创新工', '作。下一步']);
    expect(wrap('达到1.94%，规模以上', 8).map((l) => l.text)).toEqual(['达到', '1.94%，', '规模以上']);
  });
  it('keeps offsets into the whole text', () => {
    const text = '第一段\n第二段文字很长很长';
    for (const l of wrapText(text, 6)) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });
});
