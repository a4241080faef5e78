import { describe, expect, it } from 'vitest';
import { matcher, NO_FILTER, withinBounds, type FactFilter } from '../../src/model/filter.js';
import { readBound, readYearRange } from '../../src/model/filterText.js';
import { filterFacts } from '../../src/model/queries.js';
import type { Fact } from '../../src/model/types.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();
const ids = (filter: FactFilter) => filterFacts(dataset, filter, 'place').map((f) => f.id);
const where = (test: (f: Fact) => boolean) =>
  filterFacts(dataset, NO_FILTER, 'place')
    .filter(test)
    .map((f) => f.id);

describe('a filter of sets, ranges and bounds', () => {
  it('keeps the figures of any place picked, and of the places within each', () => {
    const both = ids({ ...NO_FILTER, places: ['yangzhou', 'nanning'] });
    const nanning = new Set(['nanning', 'liangqing', 'nanning-hitech-zone']);
    expect(both).toEqual(where((f) => f.place === 'yangzhou' || nanning.has(f.place)));
    expect(new Set(both.map((id) => dataset.factById.get(id)!.place))).toEqual(new Set(['yangzhou', ...nanning]));
  });

  it('keeps any of several indicators, categories and topics', () => {
    const [a, b] = [...new Set(dataset.facts.map((f) => f.indicator).filter((i): i is string => i !== null))];
    expect(ids({ ...NO_FILTER, indicators: [a!, b!] })).toEqual(where((f) => f.indicator === a || f.indicator === b));
    const cats = [...new Set(dataset.facts.flatMap((f) => (f.category ? [f.category] : [])))].slice(0, 2);
    expect(ids({ ...NO_FILTER, categories: cats })).toEqual(where((f) => cats.includes(f.category!)));
    const topics = [...new Set(dataset.facts.flatMap((f) => f.tags))].slice(0, 2);
    expect(ids({ ...NO_FILTER, topics })).toEqual(where((f) => f.tags.some((t) => topics.includes(t))));
  });

  it('keeps the years of a range, both ends kept, or open at one end', () => {
    expect(ids({ ...NO_FILTER, years: { from: 2022, to: 2024 } })).toEqual(where((f) => f.year >= 2022 && f.year <= 2024));
    expect(ids({ ...NO_FILTER, years: { from: 2025, to: null } })).toEqual(where((f) => f.year >= 2025));
    expect(ids({ ...NO_FILTER, years: { from: null, to: 2020 } })).toEqual(where((f) => f.year <= 2020));
  });

  it('holds values to bounds as written, in one unit or in each unit, never converted', () => {
    const atLeast = ids({ ...NO_FILTER, values: { min: 1000, max: null, unit: null } });
    expect(atLeast.length).toBeGreaterThan(0);
    expect(atLeast).toEqual(where((f) => (f.value ?? f.value_min!) >= 1000));
    const inJia = ids({ ...NO_FILTER, values: { min: 1000, max: null, unit: '家' } });
    expect(inJia).toEqual(where((f) => f.unit === '家' && (f.value ?? f.value_min!) >= 1000));
    const between = ids({ ...NO_FILTER, values: { min: 2, max: 5, unit: '%' } });
    expect(between).toEqual(where((f) => f.unit === '%' && (f.value ?? f.value_min!) >= 2 && (f.value ?? f.value_max!) <= 5));
  });

  it('holds a range of values to a bound only where all of it stands within it', () => {
    const range = { value_min: 10, value_max: 20, unit: '家' } as unknown as Fact;
    expect(withinBounds(range, { min: 10, max: null, unit: null })).toBe(true);
    expect(withinBounds(range, { min: 15, max: null, unit: null })).toBe(false);
    expect(withinBounds(range, { min: null, max: 15, unit: null })).toBe(false);
    expect(withinBounds(range, { min: null, max: 20, unit: '家' })).toBe(true);
    expect(withinBounds(range, { min: null, max: 20, unit: '%' })).toBe(false);
  });

  it('takes a unit typed in either script for the unit as written in the other, converting no number', () => {
    const traditional = { value: 481.5, unit: '億元' } as unknown as Fact;
    expect(withinBounds(traditional, { min: 100, max: null, unit: '亿元' })).toBe(true);
    expect(withinBounds(traditional, { min: 500, max: null, unit: '亿元' })).toBe(false);
    expect(withinBounds({ value: 5, unit: '個' } as unknown as Fact, { min: 4, max: null, unit: '个' })).toBe(true);
    expect(withinBounds(traditional, { min: 100, max: null, unit: '万元' })).toBe(false);
  });

  it('matches as filterFacts does, and no filter keeps all', () => {
    expect(dataset.facts.every(matcher(dataset, NO_FILTER))).toBe(true);
  });
});

describe('a year range and a bound as typed', () => {
  it('reads a year, a range in either language, and a range open at one end', () => {
    expect(readYearRange('2023')).toEqual({ from: 2023, to: 2023 });
    expect(readYearRange('2022-2024')).toEqual({ from: 2022, to: 2024 });
    expect(readYearRange(' 2022 – 2024 ')).toEqual({ from: 2022, to: 2024 });
    expect(readYearRange('2022年至2024年')).toEqual({ from: 2022, to: 2024 });
    expect(readYearRange('2022-')).toEqual({ from: 2022, to: null });
    expect(readYearRange('-2024')).toEqual({ from: null, to: 2024 });
    expect(readYearRange('')).toBeNull();
  });

  it('says what is wrong with a year range', () => {
    expect(readYearRange('22-24')).toEqual({ problem: 'notYear', text: '22' });
    expect(readYearRange('2024-2022')).toEqual({ problem: 'backwards', from: 2024, to: 2022 });
    expect(readYearRange('next year')).toEqual({ problem: 'notYear', text: 'next year' });
  });

  it('reads a number as written with its unit, or says it is none', () => {
    expect(readBound('1,000')).toEqual({ n: 1000, unit: null });
    expect(readBound('≥ 1000 家')).toEqual({ n: 1000, unit: '家' });
    expect(readBound('2.5%')).toEqual({ n: 2.5, unit: '%' });
    expect(readBound('')).toBeNull();
    expect(readBound('many')).toEqual({ problem: 'notNumber', text: 'many' });
  });
});
