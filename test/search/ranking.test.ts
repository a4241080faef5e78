import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/commands/search.js';
import { bundledDataset } from '../helpers.js';

const index = searchIndex(bundledDataset());

/** What people type, and what must be among the first three results. */
const TABLE: [kind: string, query: string, expected: string][] = [
  ['simplified', '高新技术企业', 'category:high-tech'],
  ['simplified', '瞪羚企业', 'category:gazelle'],
  ['simplified', '科技型中小企业', 'category:tech-sme'],
  ['simplified', '小巨人', 'category:little-giant'],
  ['simplified', '南宁', 'place:nanning'],
  ['simplified', '星创天地', 'fact:nanning-2023-star-innovation-spaces'],
  ['simplified', '经费投入强度', 'fact:nanning-2023-rnd-intensity'],
  ['simplified', '技术合同成交额', 'fact:nanning-2023-tech-contract-turnover'],
  ['traditional', '高新技術企業', 'category:high-tech'],
  ['traditional', '瞪羚企業', 'category:gazelle'],
  ['traditional', '揚州', 'place:yangzhou'],
  ['traditional', '南寧', 'place:nanning'],
  ['traditional', '專精特新', 'category:little-giant'],
  ['traditional', '科創貸', 'fact:guangxi-2022-kechuangdai-borrowers'],
  ['traditional', '科技特派員', 'fact:nanning-2023-tech-commissioners-dispatched'],
  ['traditional', '良慶', 'place:liangqing'],
  ['pinyin', 'denglingqiye', 'category:gazelle'],
  ['pinyin', 'deng ling', 'category:gazelle'],
  ['pinyin', 'gaoxinjishuqiye', 'category:high-tech'],
  ['pinyin', 'nanning', 'place:nanning'],
  ['pinyin', 'yangzhou', 'place:yangzhou'],
  ['pinyin', 'xiaojuren', 'category:little-giant'],
  ['pinyin', 'kejitepaiyuan', 'fact:nanning-2023-tech-commissioners-dispatched'],
  ['pinyin', 'liangqing', 'place:liangqing'],
  ['initials', 'dlqy', 'category:gazelle'],
  ['initials', 'gxjsqy', 'category:high-tech'],
  ['initials', 'kjxzxqy', 'category:tech-sme'],
  ['initials', 'kjtpy', 'fact:nanning-2023-tech-commissioners-dispatched'],
  ['english', 'gazelle', 'category:gazelle'],
  ['english', 'R&D intensity', 'fact:nanning-2023-rnd-intensity'],
  ['english', 'tech commissioners', 'fact:nanning-2023-tech-commissioners-dispatched'],
  ['english', 'little giant', 'category:little-giant'],
  ['english', 'high-tech enterprises', 'category:high-tech'],
  ['english', 'hightech', 'category:high-tech'],
  ['english', 'technology-based SMEs', 'category:tech-sme'],
  ['english', 'Yangzhou', 'place:yangzhou'],
  ['english', 'proposal reply', 'document:guangxi-reply-2023'],
  ['typo', 'gazele', 'category:gazelle'],
  ['typo', 'gazzelle', 'category:gazelle'],
  ['typo', 'commisioners', 'fact:nanning-2023-tech-commissioners-dispatched'],
  ['typo', 'yangzou', 'place:yangzhou'],
  ['typo', 'denglinqiye', 'category:gazelle'],
  ['number', '1729', 'fact:nanning-2024-hitech-count'],
  ['number', '1,729', 'fact:nanning-2024-hitech-count'],
  ['number', '169.68', 'fact:guangxi-2022-kechuangdai-lending'],
  ['number', '3822', 'fact:guangxi-2022-hitech-count'],
  ['number', '2,500', 'fact:yangzhou-2024-hitech-count'],
  ['place + topic', '扬州 高新技术企业', 'fact:yangzhou-2024-hitech-count'],
  ['place + topic', '扬州高新技术企业', 'fact:yangzhou-2023-hitech-count'],
  ['place + topic', 'liangqing high-tech', 'fact:liangqing-2022-hitech-count'],
  ['place + topic', '南宁 瞪羚', 'fact:nanning-2024-gazelle-count'],
  ['place + topic', 'guangxi gazelle', 'fact:guangxi-2022-gazelle-count'],
  ['place + topic', 'nanning high-tech 2023', 'fact:nanning-2023-hitech-count'],
  ['place + topic', '广西 科技型中小企业', 'fact:guangxi-2022-tech-sme-registered'],
  ['place + topic', 'yangzhou tech sme', 'fact:yangzhou-2024-tech-sme-registered'],
  ['place + topic', '南寧 高新技術企業', 'fact:nanning-2024-hitech-count'],
];

describe('search ranks what a person meant first', () => {
  it('has a table of at least 40 queries of every kind', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TABLE.map(([kind]) => kind)).size).toBe(8);
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
