import { describe, expect, it } from 'vitest';
import { formatRatio, formatSeconds, median, parseFigures, parseRuns, parseScales, startupTable, summarise } from '../../bench/report.js';

describe('the bench’s options', () => {
  it('reads scales as a sorted set of whole numbers, every default one when none are given', () => {
    expect(parseScales(undefined)).toEqual([1, 100, 1000]);
    expect(parseScales('100, 1,100')).toEqual([1, 100]);
    for (const bad of ['', '1,,100', '0', '1.5', 'ten']) expect(() => parseScales(bad)).toThrow(/--scales/u);
  });
  it('reads figures in the known order, and names the known ones when given another', () => {
    const known = ['validate', 'show', 'explorer'] as const;
    expect(parseFigures(undefined, known)).toEqual(['validate', 'show', 'explorer']);
    expect(parseFigures('explorer,validate', known)).toEqual(['validate', 'explorer']);
    expect(() => parseFigures('validate,shwo', known)).toThrow('some of validate, show, explorer');
  });
  it('reads a count of runs as a whole number from 1, and leaves none given to each scale', () => {
    expect(parseRuns(undefined)).toBeUndefined();
    expect(parseRuns('30')).toBe(30);
    for (const bad of ['', '0', '2.5', 'ten']) expect(() => parseRuns(bad)).toThrow(/--runs/u);
  });
});

describe('the bench’s figures', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
  it('sums runs up as their medians, or as the first failure among them', () => {
    expect(summarise([{ seconds: 3, rssMB: 100 }, { seconds: 1, rssMB: 120 }, { seconds: 2 }])).toEqual({ seconds: 2, rssMB: 110 });
    expect(summarise([{ seconds: 1 }, 'exit 1', 'exit 2'])).toBe('exit 1');
  });
  it('writes seconds to about three significant figures, and ratios to the baseline', () => {
    expect([0.0581, 2.345, 45.26].map(formatSeconds)).toEqual(['0.058', '2.35', '45.3']);
    expect(formatRatio(0.29, 0.058)).toBe('5.0×');
    expect(formatRatio(45.3, 0.058)).toBe('781×');
  });
});

describe('the start-up table', () => {
  it('puts cold and warm side by side, with a dash where a cache has no bearing and the reason where a run failed', () => {
    const table = startupTable(
      [
        { figure: 'node -e 0', cold: { seconds: 0.05, rssMB: 40.2 } },
        { scale: 100, figure: 'validate DIR', cold: { seconds: 5, rssMB: 367.4 }, warm: 'exit 1' },
      ],
      0.05,
    );
    expect(table.split('\n')).toEqual([
      '| scale | figure | cold s | cold × | cold MB | warm s | warm × | warm MB |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '|  | node -e 0 | 0.050 | 1.0× | 40 | — |  |  |',
      '| 100× | validate DIR | 5.00 | 100× | 367 | exit 1 |  |  |',
      '',
    ]);
  });
});
