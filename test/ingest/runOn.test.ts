import { describe, expect, it } from 'vitest';
import { checked } from '../../src/ingest/check.js';
import { CONTEXT, propose, QUOTE_MAX } from '../../src/ingest/figures/propose.js';
import { vocabularyOf } from '../../src/ingest/figures/vocabulary.js';
import { occurrences } from '../../src/model/quote.js';
import { BUNDLED_DATA } from '../../src/paths.js';

const vocabulary = vocabularyOf(BUNDLED_DATA);
const document = { id: 'doc', kind: 'work-report', date: '2024-01-20', place: 'nanning' };
const HEAD = '2024年南宁市政府工作报告\n';

/** What ingest keeps of a text: the proposals the checks let through, and every number skipped. */
const ingested = (text: string) => checked(propose({ text, document, vocabulary }), text);

describe('a text that runs on with no stop', () => {
  it('a line of one figure again and again: quotes grow to the line only while they are at most QUOTE_MAX long, and the rest are skipped', () => {
    const text = `${HEAD}研发投入增长5.2%，${'新增企业12家，'.repeat(2000)}\n`;
    const { proposals, skipped } = ingested(text);
    for (const p of proposals) {
      expect(p.quote.length).toBeLessThanOrEqual(QUOTE_MAX);
      expect(occurrences(text, p.quote)).toHaveLength(1);
    }
    // Those near the line's start are quoted from it; past QUOTE_MAX, none is quoted whole.
    const repeated = skipped.filter((s) => s.text === '12家');
    expect(proposals.filter((p) => p.value === 12).length + repeated.length).toBe(2000);
    expect(repeated.length).toBeGreaterThan(1000);
    for (const s of repeated) expect(s).toEqual({ text: '12家', quote: '新增企业12家', why: 'its quote is found 2000 times in the text' });
    expect(proposals[0]!.quote).toBe('研发投入增长5.2%');
  });

  it('a line of figures each its own: each is quoted by its clause, once in the text', () => {
    const text = `${HEAD}${Array.from({ length: 3000 }, (_, i) => `新增企业${i + 2}家，`).join('')}\n`;
    const { proposals, skipped } = ingested(text);
    expect(skipped).toEqual([]);
    expect(proposals.map((p) => p.quote)).toEqual(Array.from({ length: 3000 }, (_, i) => `新增企业${i + 2}家`));
    for (const p of proposals) expect(occurrences(text, p.quote)).toHaveLength(1);
  });

  it('a clause longer than a quote may be: its figure is skipped, and shown with the words around it', () => {
    const text = `${HEAD}全市企业${'甲乙丙丁'.repeat(600)}新增12家。\n`;
    const { proposals, skipped } = ingested(text);
    expect(proposals).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.why).toBe(`its metric and number take more than ${QUOTE_MAX} characters to quote`);
    expect(skipped[0]!.quote.length).toBeLessThanOrEqual(CONTEXT + '12家'.length);
    expect(occurrences(text, skipped[0]!.quote)).toHaveLength(1);
  });

  it('numbers with no metric in a sentence that runs on: each is shown with the words around it, not the whole sentence', () => {
    const text = `${HEAD}${Array.from({ length: 3000 }, (_, i) => `${i + 2}家，`).join('')}\n`;
    const { proposals, skipped } = ingested(text);
    expect(proposals).toEqual([]);
    expect(skipped).toHaveLength(3000);
    for (const s of skipped) {
      expect(s.why).toBe('no metric found before the number');
      expect(s.quote.length).toBeLessThanOrEqual(CONTEXT + s.text.length);
      expect(text).toContain(s.quote);
    }
  });
});
