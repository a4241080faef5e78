import { describe, expect, it } from 'vitest';
import { bounds, progressOf, type Figure } from '../../src/model/progress.js';

const target = (value: number, more: Partial<Figure> = {}): Figure => ({
  kind: 'target',
  year: 2023,
  value,
  unit: '家',
  qualifier: 'exact',
  measure: 'stock',
  ...more,
});
const report = (value: number, more: Partial<Figure> = {}): Figure => ({
  kind: 'reported',
  year: 2024,
  value,
  unit: '家',
  qualifier: 'exact',
  measure: 'stock',
  ...more,
});

describe('progress against a target', () => {
  it('gives ratio, gap and status for an exact report', () => {
    expect(progressOf(target(1800), [report(1729)])).toMatchObject({ status: 'behind', ratio: 1729 / 1800, gap: 71, reason: null });
    expect(progressOf(target(1800), [report(1900)])).toMatchObject({ status: 'met', gap: -100 });
    expect(progressOf(target(1800), [report(1800)])).toMatchObject({ status: 'met', ratio: 1, gap: 0 });
    // The gap is written to the decimals its figures are written with, not in binary's.
    expect(progressOf(target(2.7), [report(2.61)]).gap).toBe(0.09);
    expect(progressOf(target(3.2), [report(2.77)]).gap).toBe(0.43);
  });

  it('takes the latest comparable report', () => {
    const p = progressOf(target(1800), [report(1900, { year: 2024 }), report(1500, { year: 2022 })]);
    expect(p.report?.value).toBe(1900);
  });

  it('reads a qualified report as a bound, and says when the bound does not decide', () => {
    expect(progressOf(target(1800), [report(2000, { qualifier: 'more_than' })])).toMatchObject({ status: 'met', ratio: null, gap: null });
    const open = progressOf(target(2500), [report(2000, { qualifier: 'more_than' })]);
    expect(open).toMatchObject({ status: 'uncertain', ratio: null, gap: null });
    expect(open.reason).toMatch(/bound/u);
    expect(progressOf(target(1800), [report(1700, { qualifier: 'nearly' })]).status).toBe('behind');
    expect(progressOf(target(1800), [report(2000, { qualifier: 'about' })]).status).toBe('met');
    expect(progressOf(target(1950), [report(2000, { qualifier: 'about' })]).status).toBe('uncertain');
  });

  it('keeps the strict bounds of the text strict', () => {
    expect(progressOf(target(2000, { qualifier: 'more_than' }), [report(2000)]).status).toBe('behind');
    expect(progressOf(target(2000, { qualifier: 'more_than' }), [report(2001)]).status).toBe('met');
    expect(progressOf(target(10, { qualifier: 'less_than', unit: '%' }), [report(10, { unit: '%' })]).status).toBe('behind');
    expect(progressOf(target(2000), [report(2000, { qualifier: 'less_than' })]).status).toBe('behind');
    expect(progressOf(target(2000), [report(2000, { qualifier: 'nearly' })]).status).toBe('behind');
    expect(progressOf(target(1000), [report(2000, { qualifier: 'nearly' })]).status).toBe('met');
  });

  it('gives no share against a range target, and reads a unit in either script', () => {
    expect(progressOf(target(0, { value: undefined, value_min: 3, value_max: 5, unit: '项' }), [report(4, { unit: '項' })])).toMatchObject({
      status: 'met',
      ratio: null,
      gap: null,
    });
  });

  it('turns around for a ceiling ("at most")', () => {
    expect(progressOf(target(5, { qualifier: 'at_most', unit: '%' }), [report(4, { unit: '%' })])).toMatchObject({
      status: 'met',
      ceiling: true,
      gap: 1,
    });
    expect(progressOf(target(5, { qualifier: 'at_most', unit: '%' }), [report(4, { unit: '%' })]).status).toBe('met');
    expect(progressOf(target(5, { qualifier: 'at_most', unit: '%' }), [report(6, { unit: '%' })]).status).toBe('behind');
  });

  it('reaches a rank at its place or higher, with no share or gap of places, whatever its measure word', () => {
    const rank = (more: Partial<Figure>) => ({ measure: 'rank' as const, unit: '位', ...more });
    expect(progressOf(target(5, rank({})), [report(4, rank({ unit: '' }))])).toMatchObject({ status: 'met', ratio: null, gap: null });
    expect(progressOf(target(5, rank({})), [report(5, rank({ unit: '名' }))]).status).toBe('met');
    expect(progressOf(target(5, rank({})), [report(7, rank({}))]).status).toBe('behind');
    // 进入前十: a rank of at most ten.
    expect(progressOf(target(10, rank({ qualifier: 'at_most', unit: '' })), [report(10, rank({}))]).status).toBe('met');
  });

  it('sets only like against like: measure and unit', () => {
    const cumulative = progressOf(target(400, { measure: 'cumulative', unit: '亿元' }), [report(260, { unit: '亿元' })]);
    expect(cumulative).toMatchObject({ status: 'not-comparable', ratio: null, gap: null });
    expect(cumulative.reason).toMatch(/different measures \(cumulative, stock\)/u);
    expect(progressOf(target(400, { unit: '亿元' }), [report(2600000, { unit: '万元' })]).reason).toMatch(/different units/u);
  });

  it('has no report rather than a zero one, and no progress for a policy limit', () => {
    expect(progressOf(target(1800), [])).toMatchObject({ status: 'no-report', report: null, ratio: null, gap: null });
    expect(progressOf(target(300, { measure: 'cap', unit: '万元' }), []).status).toBe('not-comparable');
  });

  it('reads ranges as ranges', () => {
    expect(bounds(report(0, { value: undefined, value_min: 3, value_max: 5 }))).toEqual({
      lo: 3,
      hi: 5,
      loOpen: false,
      hiOpen: false,
      exact: false,
    });
    expect(progressOf(target(4), [report(0, { value: undefined, value_min: 3, value_max: 5 })]).status).toBe('uncertain');
  });
});
