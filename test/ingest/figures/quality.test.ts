import { describe, expect, it } from 'vitest';
import { quality, qualityOfDataset } from '../../../src/ingest/figures/quality.js';
import { vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import type { FactInput } from '../../../src/model/schema.js';
import { BUNDLED_DATA, BUNDLED_SEEDS } from '../../../src/paths.js';
import { bundledDataset } from '../../helpers.js';

const dataset = bundledDataset();

describe('ingest measured on the curated seeds', () => {
  const results = qualityOfDataset(dataset, BUNDLED_SEEDS, vocabularyOf(BUNDLED_DATA));
  const sum = (key: 'curated' | 'proposed' | 'recalled' | 'kept' | 'agreeing') => results.reduce((n, r) => n + r.quality[key], 0);

  it('proposes at least 95% of each document’s curated figures, and of all of them', () => {
    for (const { document, quality: q } of results)
      expect(q.recalled / q.curated, `${document}: ${q.missed.map((f) => f.id).join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(sum('recalled') / sum('curated')).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps precision at 85% or more: proposals that are curated figures', () => {
    for (const { document, quality: q } of results) expect(q.kept / q.proposed, document).toBeGreaterThanOrEqual(0.85);
  });

  it('agrees on kind, year and qualifier for at least 90% of the figures it finds', () => {
    expect(sum('agreeing') / sum('recalled')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the comparison', () => {
  const text = '高新技术企业数量达1800家,科技型中小企业1800家';
  const fact = dataset.facts.find((f) => f.id === 'nanning-2023-hitech-count')!;
  const curated = { ...fact, span: [0, 13] as const };
  const proposal = (over: Partial<FactInput>): FactInput => ({
    id: 'p',
    status: 'proposed',
    confidence: 0.9,
    kind: 'target',
    year: 2023,
    metric: { zh: '高新技术企业数量' },
    indicator: null,
    measure: 'stock',
    value: 1800,
    unit: '家',
    qualifier: 'exact',
    tags: [],
    quote: '高新技术企业数量达1800家',
    ...over,
  });

  it('matches the same value and unit quoted where the fact is, in either script', () => {
    expect(quality(text, [curated], [proposal({})])).toMatchObject({ recalled: 1, kept: 1, agreeing: 1 });
    expect(quality(text, [curated], [proposal({ quote: '数量达1800家' })])).toMatchObject({ recalled: 1 });
    expect(
      quality('高新技术企业数量达1800個', [{ ...curated, unit: '個' }], [proposal({ unit: '个', quote: '高新技术企业数量达1800個' })]),
    ).toMatchObject({ recalled: 1 });
  });

  it('does not match the same figure quoted elsewhere, another value, or another unit', () => {
    expect(quality(text, [curated], [proposal({ quote: '科技型中小企业1800家' })])).toMatchObject({ recalled: 0, kept: 0 });
    expect(quality(text, [curated], [proposal({ value: 1801 })])).toMatchObject({ recalled: 0 });
    expect(quality(text, [curated], [proposal({ unit: '个' })])).toMatchObject({ recalled: 0 });
  });

  it('counts where the fields disagree', () => {
    const q = quality(text, [curated], [proposal({ kind: 'reported', year: 2024 })]);
    expect(q.agreeing).toBe(0);
    expect([...q.confusion]).toEqual([
      ['kind: target → reported', 1],
      ['year: 2023 → 2024', 1],
    ]);
  });
});
