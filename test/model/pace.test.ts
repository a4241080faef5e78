import { describe, expect, it } from 'vitest';
import { paceOf } from '../../src/model/pace.js';
import { progressOf, type Figure } from '../../src/model/progress.js';

/** A target of 2,000 家 due in 2025, a report and a baseline as the tests need them. */
const target = (value: number, more: Partial<Figure> = {}): Figure => ({
  kind: 'target',
  year: 2025,
  value,
  unit: '家',
  qualifier: 'exact',
  measure: 'stock',
  ...more,
});
const figure = (year: number, value: number, more: Partial<Figure> = {}): Figure => ({
  kind: 'reported',
  year,
  value,
  unit: '家',
  qualifier: 'exact',
  measure: 'stock',
  ...more,
});
const paceFor = (t: Figure, reports: Figure[], baseline: Figure | null = null) => paceOf(progressOf(t, reports), baseline);

describe('the pace of a target', () => {
  // From 1,500 in 2022 to 2,000 in 2025: 1,666.7 in 2023, 1,833.3 in 2024.
  const base = figure(2022, 1500);

  it('is met when the latest report meets the target, whenever it is dated', () => {
    expect(paceFor(target(2000), [figure(2023, 2100)], base)).toEqual({ pace: 'met', reason: null, expected: null });
    expect(paceFor(target(2000), [figure(2026, 2000)])).toMatchObject({ pace: 'met' });
  });

  it('is missed when a report at or after the due year falls short', () => {
    expect(paceFor(target(2000), [figure(2025, 1900)], base)).toEqual({ pace: 'missed', reason: null, expected: null });
    expect(paceFor(target(2000), [figure(2026, 1900)], base).pace).toBe('missed');
  });

  it('is on track at or above the straight line from the baseline, behind pace below it', () => {
    expect(paceFor(target(2000), [figure(2024, 1900)], base)).toEqual({ pace: 'on-track', reason: null, expected: 1833.3 });
    expect(paceFor(target(2000), [figure(2024, 1729)], base)).toEqual({ pace: 'behind-pace', reason: null, expected: 1833.3 });
    expect(paceFor(target(2000), [figure(2023, 1700)], base)).toMatchObject({ pace: 'on-track', expected: 1666.7 });
  });

  it('counts a report exactly on the line as on track, float noise aside', () => {
    expect(paceFor(target(1800), [figure(2024, 1650)], figure(2023, 1500))).toEqual({
      pace: 'on-track',
      reason: null,
      expected: 1650,
    });
    // 1.1% in 2022 to 1.7% by 2025 is 1.3% in 2023, which floating point makes 1.3000000000000003.
    const share = (year: number, value: number) => figure(year, value, { measure: 'share', unit: '%' });
    expect(paceFor(target(1.7, { measure: 'share', unit: '%' }), [share(2023, 1.3)], share(2022, 1.1))).toMatchObject({
      pace: 'on-track',
      expected: 1.3,
    });
    expect(paceFor(target(1800), [figure(2024, 1649)], figure(2023, 1500)).pace).toBe('behind-pace');
  });

  it('says nothing has been reported yet', () => {
    expect(paceFor(target(2000), [], base)).toEqual({ pace: 'no-report', reason: null, expected: null });
  });

  it('draws no line without a baseline, nor from a baseline after the report or not comparable with the target', () => {
    expect(paceFor(target(2000), [figure(2024, 1900)])).toEqual({
      pace: 'unknown',
      reason: 'no baseline to draw the line from',
      expected: null,
    });
    expect(paceFor(target(2000), [figure(2023, 1900)], figure(2024, 1500))).toMatchObject({
      pace: 'unknown',
      reason: 'the baseline (2024) is after the report (2023)',
    });
    expect(paceFor(target(2000), [figure(2024, 1900)], figure(2022, 15, { unit: '亿元' })).reason).toMatch(
      /not comparable.*different units/u,
    );
  });

  it('starts the line at the baseline: a report in the baseline’s year is set against the baseline', () => {
    expect(paceFor(target(2000), [figure(2022, 1500)], base)).toMatchObject({ pace: 'on-track', expected: 1500 });
    expect(paceFor(target(2000), [figure(2022, 1490)], base)).toMatchObject({ pace: 'behind-pace', expected: 1500 });
  });

  it('decides with a bound only where the bound decides', () => {
    // "more than 1,850" is above the line (1,833.3), though it may not reach 2,000.
    expect(paceFor(target(2000), [figure(2024, 1850, { qualifier: 'more_than' })], base).pace).toBe('undecided');
    // The status is uncertain (it may be met or not): the pace is not decided either.
    expect(paceFor(target(2000), [figure(2024, 1850, { qualifier: 'more_than' })], base).reason).toMatch(
      /bound either side of the target/u,
    );
    expect(paceFor(target(2000), [figure(2024, 1800, { qualifier: 'less_than' })], base).pace).toBe('behind-pace');
    // "nearly 1,900" is 1,710 to 1,900: either side of 1,833.3.
    expect(paceFor(target(2000), [figure(2024, 1900, { qualifier: 'nearly' })], base)).toMatchObject({
      pace: 'undecided',
      reason: 'the report is a bound or range either side of the line',
      expected: 1833.3,
    });
    expect(paceFor(target(2000), [figure(2024, 1700, { qualifier: 'at_most' })], base).pace).toBe('behind-pace');
    expect(paceFor(target(2000), [figure(2024, 0, { value: undefined, value_min: 1850, value_max: 1950 })], base).pace).toBe('on-track');
  });

  it('draws a band of lines from a baseline that is a bound, deciding only clear of it', () => {
    // About 1,500 (1,425 to 1,575) in 2022: the line in 2024 is 1,808.3 to 1,858.3.
    const about = figure(2022, 1500, { qualifier: 'about' });
    expect(paceFor(target(2000), [figure(2024, 1900)], about)).toEqual({ pace: 'on-track', reason: null, expected: null });
    expect(paceFor(target(2000), [figure(2024, 1800)], about).pace).toBe('behind-pace');
    expect(paceFor(target(2000), [figure(2024, 1830)], about)).toMatchObject({
      pace: 'undecided',
      reason: 'the baseline is a bound or range either side of the line',
    });
    expect(paceFor(target(2000), [figure(2024, 1900)], figure(2022, 1500, { qualifier: 'more_than' })).pace).toBe('undecided');
  });

  it('turns the line over for a ceiling: at or below it is on track', () => {
    // At most 3% by 2025, from 6% in 2022: 4% is the line in 2024.
    const cap = target(3, { qualifier: 'at_most', unit: '%' });
    const from = figure(2022, 6, { unit: '%' });
    expect(paceFor(cap, [figure(2024, 4, { unit: '%' })], from)).toMatchObject({ pace: 'on-track', expected: 4 });
    expect(paceFor(cap, [figure(2024, 4.5, { unit: '%' })], from)).toMatchObject({ pace: 'behind-pace', expected: 4 });
    expect(paceFor(cap, [figure(2025, 3.5, { unit: '%' })], from).pace).toBe('missed');
  });

  it('reads a rank as lower is better', () => {
    // From 10th in 2020 to 5th by 2025: 7th is on the line in 2023.
    const rank = (more: Partial<Figure>) => ({ measure: 'rank', unit: '位', ...more }) as Partial<Figure>;
    const goal = target(5, rank({}));
    const from = figure(2020, 10, rank({}));
    expect(paceFor(goal, [figure(2023, 7, rank({ unit: '名' }))], from)).toMatchObject({ pace: 'on-track', expected: 7 });
    expect(paceFor(goal, [figure(2023, 8, rank({}))], from)).toMatchObject({ pace: 'behind-pace', expected: 7 });
    expect(paceFor(goal, [figure(2025, 6, rank({}))], from).pace).toBe('missed');
  });

  it('draws the line on a growth’s or share’s stated numbers, never converting a unit', () => {
    const growth = (value: number, year: number, unit = '%') => figure(year, value, { measure: 'growth', unit });
    const goal = target(10, { measure: 'growth', unit: '%' });
    expect(paceFor(goal, [growth(8, 2024)], growth(4, 2022))).toMatchObject({ pace: 'on-track', expected: 8 });
    expect(paceFor(goal, [growth(800, 2024, '‰')], growth(4, 2022))).toMatchObject({ pace: 'not-comparable', reason: /different units/u });
    expect(paceFor(goal, [growth(8, 2024)], growth(0.04, 2022, '倍')).pace).toBe('unknown');
  });

  it('cannot be decided where the status is not comparable', () => {
    expect(paceFor(target(300, { measure: 'cap', unit: '万元' }), [], base)).toEqual({
      pace: 'not-comparable',
      reason: 'a policy limit, not a level to reach',
      expected: null,
    });
    expect(paceFor(target(2000), [figure(2024, 1900, { measure: 'new' })], base).pace).toBe('not-comparable');
  });
});
