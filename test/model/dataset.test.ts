import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA } from '../../src/paths.js';
import { bundledDataset, SEEDS } from '../helpers.js';

const dataset = bundledDataset();

/** Independent of the loader's own matcher: the digits of the value, with or without thousands separators. */
function digitsIn(quote: string): string[] {
  return (quote.match(/\d[\d,]*(?:\.\d+)?/gu) ?? []).map((n) => n.replace(/,/gu, ''));
}

describe('the bundled dataset', () => {
  it('has one document per seed and one file per document', () => {
    expect(dataset.documents.map((d) => d.seed).sort()).toEqual([...SEEDS]);
    expect(readdirSync(join(BUNDLED_DATA, 'documents')).sort()).toEqual(dataset.documents.map((d) => `${d.id}.yaml`).sort());
  });

  it('holds well over a hundred facts, targets and reported figures both', () => {
    expect(dataset.facts.length).toBeGreaterThan(100);
    expect(dataset.facts.filter((f) => f.kind === 'target').length).toBeGreaterThan(30);
    expect(dataset.facts.filter((f) => f.kind === 'reported').length).toBeGreaterThan(30);
    for (const doc of dataset.documents) expect(doc.facts.length, doc.id).toBeGreaterThan(0);
  });

  it.each(dataset.facts.map((f) => [f.id, f]))('%s: quote is verbatim and states the value', (_id, fact) => {
    const doc = dataset.documentById.get(fact.document)!;
    expect(doc.text.slice(fact.span[0], fact.span[1])).toBe(fact.quote);
    expect(doc.text.indexOf(fact.quote)).toBe(doc.text.lastIndexOf(fact.quote));
    const values = fact.value !== undefined ? [fact.value] : [fact.value_min!, fact.value_max!];
    for (const v of values) expect(digitsIn(fact.quote)).toContain(String(v));
    expect(fact.quote).toContain(fact.unit);
  });

  it('resolves every reference', () => {
    for (const f of dataset.facts) {
      expect(dataset.placeById.has(f.place), f.id).toBe(true);
      if (f.category) expect(dataset.categoryById.has(f.category), f.id).toBe(true);
      if (f.progress_of) expect(dataset.factById.get(f.progress_of)?.kind, f.id).toBe('target');
      if (f.baseline_of) expect(dataset.factById.get(f.baseline_of)?.kind, f.id).toBe('target');
      if (f.indicator) expect(dataset.indicatorById.has(f.indicator), f.id).toBe(true);
    }
  });

  it('groups the figures by indicator in the order of the dataset, and keeps every indicator in use', () => {
    for (const indicator of dataset.indicators) {
      const measured = dataset.facts.filter((f) => f.indicator === indicator.id);
      expect(measured.length, indicator.id).toBeGreaterThan(0);
      expect(dataset.factsByIndicator.get(indicator.id)).toEqual(measured);
    }
    expect([...dataset.factsByIndicator.keys()].sort()).toEqual(dataset.indicators.map((i) => i.id).sort());
  });

  it('says why a figure measures no indicator, and how a year not in its sentence was read', () => {
    for (const f of dataset.facts.filter((f) => f.indicator === null)) expect(f.note, f.id).toMatch(/No indicator: /u);
    for (const f of dataset.facts.filter((f) => f.year_inferred)) expect(f.note, f.id).toMatch(/year/iu);
    // A year the text writes in the quote is read, not inferred.
    for (const f of dataset.facts.filter((f) => f.quote.includes(`${f.year}年`))) expect(f.year_inferred, f.id).toBeUndefined();
  });

  it('states every figure of an indicator in a unit of its family, and rates as percentages', () => {
    const units: Record<string, string[]> = {
      count: ['家', '個', '个', '項', '项'],
      money: ['億元', '亿元', '萬元', '万元'],
      people: ['人', '名'],
      percent: ['%'],
    };
    for (const f of dataset.facts.filter((f) => f.indicator !== null)) {
      const family = dataset.indicatorById.get(f.indicator!)!.unit_family;
      if (f.measure === 'growth' || (f.measure === 'share' && family !== 'percent')) expect(f.unit, f.id).toBe('%');
      else expect(units[family], `${f.id} (${family})`).toContain(f.unit);
    }
  });

  it('starts Yangzhou’s 2024 high-tech target from its 2023 total', () => {
    const target = dataset.factById.get('yangzhou-2024-hitech-count')!;
    expect(target).toMatchObject({ kind: 'target', value: 2500, indicator: 'high-tech-enterprises', measure: 'stock' });
    expect(dataset.baselineByTarget.get(target.id)!.map((f) => [f.id, f.value, f.qualifier])).toEqual([
      ['yangzhou-2023-hitech-count', 2000, 'more_than'],
    ]);
    expect(dataset.factById.get('yangzhou-2023-hitech-count')!.note).not.toMatch(/yangzhou-2024-hitech-count/u);
  });

  it('links Nanning’s reported high-tech count to its 1,800 target', () => {
    const target = dataset.factById.get('nanning-2023-hitech-count')!;
    expect(target).toMatchObject({ kind: 'target', value: 1800, unit: '家', category: 'high-tech', year: 2023 });
    const progress = dataset.progressByTarget.get(target.id)!.map((f) => f.value);
    expect(progress).toContain(1729);
  });

  it('keeps values in the unit the text uses', () => {
    const yuan = dataset.facts.filter((f) => /元/u.test(f.unit));
    expect(yuan.length).toBeGreaterThan(10);
    for (const f of yuan) expect(['億元', '亿元', '萬元', '万元']).toContain(f.unit);
  });

  it('counts the enterprise ladder in every place', () => {
    const hitech = dataset.factsByCategory.get('high-tech')!;
    const places = new Set(hitech.map((f) => f.place));
    for (const p of ['nanning', 'liangqing', 'yangzhou', 'guangxi']) expect(places).toContain(p);
    expect(dataset.categories.find((c) => c.id === 'tech-sme')?.next).toBe('high-tech');
    expect(dataset.categories.find((c) => c.id === 'high-tech')?.next).toBe('gazelle');
  });

  it('puts every fact of a sectioned document inside its section', () => {
    for (const doc of dataset.documents.filter((d) => d.sections.length > 0)) {
      for (const id of doc.facts) {
        const fact = dataset.factById.get(id)!;
        const section = doc.sections.find((s) => s.id === fact.section)!;
        expect(fact.span[0], id).toBeGreaterThanOrEqual(section.span[0]);
        expect(fact.span[1], id).toBeLessThanOrEqual(section.span[1]);
      }
    }
    const plan = dataset.documentById.get('nanning-plan-2021')!;
    expect(plan.sections.filter((s) => /^task-\d+$/u.test(s.id))).toHaveLength(21);
    expect(dataset.documentById.get('guangxi-reply-2023')!.sections.filter((s) => /^answer-\d$/u.test(s.id))).toHaveLength(5);
  });
});
