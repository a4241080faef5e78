import { describe, expect, it } from 'vitest';
import { layout, readerSplit, scrollTop } from '../../src/ui/components/layout.js';

describe('layout', () => {
  it('refuses terminals below 40×10', () => {
    expect(layout(39, 24).mode).toBe('too-small');
    expect(layout(80, 9).mode).toBe('too-small');
  });
  it('shows one pane at a time below 100 columns, and draws one row short of the terminal', () => {
    expect(layout(80, 24)).toEqual({ mode: 'single', root: { width: 80, height: 23 }, body: { width: 80, height: 20 } });
  });
  it('splits list and detail from 100 columns, using every column', () => {
    const l = layout(120, 40);
    expect(l.mode).toBe('split');
    if (l.mode === 'split') expect(l.list.width + 1 + l.detail.width).toBe(120);
  });
});

describe('scrollTop', () => {
  it('keeps the selection in view', () => {
    for (const selected of [0, 5, 19, 20, 57, 99]) {
      const top = scrollTop(selected, 20, 100);
      expect(selected).toBeGreaterThanOrEqual(top);
      expect(selected).toBeLessThan(top + 20);
      expect(top + 20).toBeLessThanOrEqual(100);
    }
    expect(scrollTop(3, 20, 10)).toBe(0);
  });
});

describe('the reader beside its detail', () => {
  it('takes the whole width below 160 columns, and from there shares it, gutter included', () => {
    expect(readerSplit(159)).toBeNull();
    for (const columns of [160, 200, 300]) {
      const split = readerSplit(columns)!;
      expect(split.reader + 1 + split.detail).toBe(columns);
      expect(split.detail).toBeGreaterThanOrEqual(60);
      expect(split.reader).toBeGreaterThanOrEqual(90);
    }
  });
});
