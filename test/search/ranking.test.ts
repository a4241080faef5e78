import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/commands/search.js';
import { bundledDataset } from '../helpers.js';
import { KINDS, TABLE, type Kind } from './queries.js';

const index = searchIndex(bundledDataset());

describe('search ranks what a person meant first', () => {
  it('has a table of at least 150 queries of every kind', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TABLE.map(([kind]) => kind))).toEqual(new Set(KINDS));
    const least: Partial<Record<Kind, number>> = {
      filler: 20,
      abbreviation: 20,
      paraphrase: 15,
      homophone: 10,
      'full place name': 10,
    };
    for (const [kind, n] of Object.entries(least)) expect(TABLE.filter(([k]) => k === kind).length, kind).toBeGreaterThanOrEqual(n);
    expect(new Set(TABLE.map(([, query]) => query)).size).toBe(TABLE.length);
  });

  it.each(TABLE)('%s: %s → %s in the top 3', (_kind, query, expected) => {
    const top = index.search(query, { limit: 3 }).map((h) => `${h.type}:${h.id}`);
    expect(top).toContain(expected);
  });

  it('puts a category before facts that only mention it', () => {
    const [first] = index.search('高新技术企业', { limit: 1 });
    expect(first).toMatchObject({ type: 'category', id: 'high-tech' });
  });

  it('ranks facts of the place a query names above the same facts elsewhere', () => {
    const hits = index.search('nanning high-tech', { limit: 5, types: ['fact'] });
    expect(hits[0]!.place).toMatch(/^nanning|liangqing/u);
    expect(hits.every((h) => ['nanning', 'liangqing', 'nanning-hitech-zone'].includes(h.place!))).toBe(true);
  });

  it('ranks partial matches below complete ones, says so, and finds nothing only when no word matches', () => {
    const partial = index.search('gazelle yangzhou');
    expect(partial.length).toBeGreaterThan(0);
    for (const h of partial) expect(h.why).toContain('partial: 1 of 2 words');
    const complete = index.search('guangxi gazelle number');
    expect(complete[0]!.why ?? '').not.toContain('partial');
    expect(complete[0]!.score).toBeGreaterThan(Math.max(...partial.map((h) => h.score)));
    expect(index.search('qqqqzzzz')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('explains an indirect match', () => {
    expect(index.search('科小 扬州')[0]).toMatchObject({
      id: 'yangzhou-2024-tech-sme-registered',
      why: expect.stringMatching(/^科小 → /u),
    });
    expect(index.search('科创代')[0]).toMatchObject({ why: expect.stringContaining('pinyin') });
    expect(index.search('gazzele')[0]).toMatchObject({ why: expect.stringContaining('typo: gazzele → gazelle') });
  });

  it('filters by type and limits', () => {
    const hits = index.search('高新技术企业', { limit: 4, types: ['fact'] });
    expect(hits).toHaveLength(4);
    expect(hits.every((h) => h.type === 'fact')).toBe(true);
  });
});

describe('the synonym table', () => {
  it('has every entry reach something in the dataset, whole', () => {
    const dataset = bundledDataset();
    expect(dataset.synonyms.length).toBeGreaterThan(10);
    for (const group of dataset.synonyms) {
      for (const word of group) {
        const hits = index.search(word, { limit: 1 });
        expect(hits.length, `"${word}" finds nothing`).toBe(1);
        expect(hits[0]!.why ?? '', `"${word}" matches only in part`).not.toContain('partial');
      }
    }
  });
});
