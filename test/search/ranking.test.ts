import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_DATA } from '../../src/paths.js';
import { searchIndex } from '../../src/commands/search.js';
import { bundledDataset } from '../helpers.js';
import { KINDS, TABLE, type Kind } from './queries.js';

const index = searchIndex(bundledDataset());

/**
 * Queries the search does not yet answer as the table expects, each for a stated reason. The
 * ranking test expects them to fail, and fails when one of them passes.
 */
const KNOWN_MISSES = new Set([
  // Place, year and kind with no topic: Yangzhou's or Nanning's 2024 figures come first, each as
  // good as the others; the table wants the document that holds them all.
  '2024 targets Yangzhou',
  '扬州2024年目标',
  '南宁 目标',
  'nanning 2023 targets',
  'Nanning 2024 reported figures',
  // 目标 and 高新技术企业 pull Yangzhou's other target (a recruitment figure) level with its 2,500.
  '扬州今年高新技术企业目标是多少',
  // 几支 ("how many funds") is not read as a count: the other sub-fund figures tie with the count.
  '科创投资基金有几支',
  // 获批 is segmented off, and 数 matches every 数量: Guangxi's total ranks above Yangzhou's approvals.
  '获批高新技术企业数',
]);

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

  const inTopThree = (query: string, expected: string) => {
    const top = index.search(query, { limit: 3 }).map((h) => `${h.type}:${h.id}`);
    expect(top).toContain(expected);
  };
  it.each(TABLE.filter(([, query]) => !KNOWN_MISSES.has(query)))('%s: %s → %s in the top 3', (_kind, query, expected) =>
    inTopThree(query, expected),
  );
  // A known miss that starts to pass fails here, so that it leaves the list.
  it.fails.each(TABLE.filter(([, query]) => KNOWN_MISSES.has(query)))('known miss, %s: %s → %s', (_kind, query, expected) =>
    inTopThree(query, expected),
  );

  it('finds at least 95% of the table in the top 3', () => {
    const found = TABLE.filter(([, query, expected]) => index.search(query, { limit: 3 }).some((h) => `${h.type}:${h.id}` === expected));
    expect(found.length / TABLE.length).toBeGreaterThanOrEqual(0.95);
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
    // A word that is rare as typed still reaches its synonyms: every word matched, none partial.
    expect(index.search('gazelle firms Guangxi')[0]).toMatchObject({ id: 'guangxi-2022-gazelle-count', why: 'firms → 企业' });
  });

  it('filters by type and limits', () => {
    const hits = index.search('高新技术企业', { limit: 4, types: ['fact'] });
    expect(hits).toHaveLength(4);
    expect(hits.every((h) => h.type === 'fact')).toBe(true);
  });
});

describe('the synonym table', () => {
  // The table itself, not the regional terms beside it, whose mainland words this data may not hold (資通訊).
  it('has every entry reach something in the dataset, whole', () => {
    const synonyms = parse(readFileSync(join(BUNDLED_DATA, 'synonyms.yaml'), 'utf8')) as string[][];
    expect(synonyms.length).toBeGreaterThan(10);
    for (const group of synonyms) {
      for (const word of group) {
        const hits = index.search(word, { limit: 1 });
        expect(hits.length, `"${word}" finds nothing`).toBe(1);
        expect(hits[0]!.why ?? '', `"${word}" matches only in part`).not.toContain('partial');
      }
    }
  });
});
