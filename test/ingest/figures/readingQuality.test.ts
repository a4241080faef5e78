import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualityOfFixtures, type FigureCounts } from '../../../src/ingest/figures/fixtureQuality.js';
import { vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import { BUNDLED_CATALOGUE, BUNDLED_DATA, PACKAGE_ROOT } from '../../../src/paths.js';

/**
 * How well ingest reads the annotated texts of our own writing (test/fixtures/figures), held to
 * what the project promises of texts it has not seen: each text and all together at least 90%
 * of their figures found, 85% of proposals right, and of those found 85% with the right kind
 * and year and 90% with the right indicator. `npm run quality -- --misses` says what a miss is.
 */
const { texts, total } = qualityOfFixtures(
  join(PACKAGE_ROOT, 'test', 'fixtures', 'figures'),
  vocabularyOf(BUNDLED_DATA, BUNDLED_CATALOGUE),
);

const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
function rates(c: FigureCounts) {
  return {
    recall: share(c.found, c.expected),
    precision: share(c.found, c.proposed),
    kind: share(c.right.kind, c.found),
    year: share(c.right.year, c.found),
  };
}

describe('figures read from the annotated texts', () => {
  it.each(texts.map((t) => [t.fixture.name, t.quality] as const))('%s: found, right, of the right kind and year', (_, quality) => {
    const r = rates(quality);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.kind).toBeGreaterThanOrEqual(0.85);
    expect(r.year).toBeGreaterThanOrEqual(0.85);
  });

  it('all together, with the right indicator for nine in ten and every "from X to Y" linked', () => {
    const r = rates(total);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
    expect(share(total.right.indicator, total.found)).toBeGreaterThanOrEqual(0.9);
    expect(total.baselinesRight).toBe(total.baselines);
  });
});
