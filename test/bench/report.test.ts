import { describe, expect, it } from 'vitest';
import {
  formatRatio,
  formatSeconds,
  formatSize,
  ingestTable,
  median,
  parseFigures,
  parseRuns,
  parseScales,
  parseSizes,
  startupTable,
  summarise,
} from '../../bench/report.js';

describe('the bench’s options', () => {
  it('reads scales as a sorted set of whole numbers, every default one when none are given', () => {
    expect(parseScales(undefined)).toEqual([1, 100, 1000]);
    expect(parseScales('100, 1,100')).toEqual([1, 100]);
    for (const bad of ['', '1,,100', '0', '1.5', 'ten']) expect(() => parseScales(bad)).toThrow(/--scales/u);
  });
  it('reads the sizes of texts to ingest in KB or MB as a sorted set of bytes, up to what a seed may be', () => {
    expect(parseSizes(undefined)).toEqual([102400, 1048576, 5242880]);
    expect(parseSizes('1m, 25K,1M,0.5k')).toEqual([512, 25600, 1048576]);
    expect(parseSizes('8m')).toEqual([8388608]);
    for (const bad of ['', '100', '1g', '9m', '0k', '1m,,2m', 'five']) expect(() => parseSizes(bad)).toThrow(/--sizes/u);
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

describe('the ingest table', () => {
  it('gives each text its size and seconds, and the seconds per MB of text', () => {
    const row = { shape: 'short lines', figures: 'distinct', proposed: 4149, skipped: 0, rssMB: 185.6 };
    const table = ingestTable([
      { ...row, bytes: 102400, seconds: 0.5, code: 0 },
      { ...row, bytes: 5242880, seconds: 12.5, code: 1 },
    ]);
    expect(table.split('\n')).toEqual([
      '| shape | figures | size | proposed | skipped | s | s per MB | MB | exit |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| short lines | distinct | 100 KB | 4149 | 0 | 0.500 | 5.12 | 186 | 0 |',
      '| short lines | distinct | 5 MB | 4149 | 0 | 12.5 | 2.50 | 186 | 1 |',
      '',
    ]);
    expect([512, 1536 * 1024, 1048576].map(formatSize)).toEqual(['0.5 KB', '1.5 MB', '1 MB']);
  });
});
