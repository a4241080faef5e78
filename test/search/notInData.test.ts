import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/commands/search.js';
import { bundledDataset } from '../helpers.js';

const index = searchIndex(bundledDataset());

/**
 * Made-up queries about places and topics the bundled data (Guangxi, Nanning, Liangqing,
 * Yangzhou) does not cover: none may be answered by a result that matches every word, and
 * each real place in them must be said to have no figures here, not corrected into another.
 * [query, the places (GB/T 2260 codes) the answer must say it has no figures of]
 */
const NOT_COVERED: readonly (readonly [string, readonly string[]])[] = [
  ['Hangzhou', ['330100']],
  ['杭州', ['330100']],
  ['Hangzhou R&D intensity', ['330100']],
  ['Nanjing high-tech enterprises', ['320100']],
  ['Harbin', ['230100']],
  ['哈尔滨 高新技术企业', ['230100']],
  ['Chengdu gazelle enterprises', ['510100']],
  ['成都市科技型中小企业', ['510100']],
  ['Tibet', ['540000']],
  ['西藏 研发投入', ['540000']],
  ['Shenyang tech commissioners 2024', ['210100']],
  ['Suzhou', ['320500']],
  ['Wuxi high-tech', ['320200']],
  ['Zhejiang R&D', ['330000']],
  ['Shaanxi', ['610000']],
  ['Inner Mongolia incubators', ['150000']],
  ['Hong Kong', ['810000']],
  ['how many high-tech enterprises does Harbin have', ['230100']],
  ['深圳 瞪羚企业 数量', ['440300']],
  ['Urumqi', ['650100']],
  ['quantum computing', []],
  ['Lhasa 2023 targets', ['540100']],
];

describe('queries about what the data does not cover', () => {
  it.each(NOT_COVERED)('%s: no result matches every word, and the places are said', (query, codes) => {
    const answer = index.answer(query);
    expect(answer.hits.filter((h) => h.unmatched === undefined).map((h) => h.id)).toEqual([]);
    for (const h of answer.hits) expect(h.unmatched?.length ?? 0).toBeGreaterThan(0);
    expect(answer.placesNotInData.map((p) => p.code)).toEqual(codes);
    // A place the data lacks is never corrected into one it has.
    for (const h of answer.hits) expect(h.why ?? '').not.toMatch(/typo: \S+ → (nanning|yangzhou|guangxi|liangqing)/u);
  });

  it('names a place the data lacks in Chinese and English', () => {
    expect(index.answer('hangzhou').placesNotInData).toEqual([{ word: 'hangzhou', name: '杭州', english: 'Hangzhou', code: '330100' }]);
    expect(index.answer('Inner Mongolia').placesNotInData[0]).toMatchObject({ word: 'inner mongolia', name: '内蒙古' });
  });

  it('still corrects a misspelling of a place the data has, and says so', () => {
    for (const [typo, place] of [
      ['Guanxi', 'guangxi'],
      ['Nannning', 'nanning'],
      ['Yangzou', 'yangzhou'],
    ] as const) {
      const answer = index.answer(typo, { limit: 3 });
      expect(answer.placesNotInData).toEqual([]);
      expect(answer.hits[0], typo).toMatchObject({
        type: 'place',
        id: place,
        why: expect.stringContaining(`typo: ${typo.toLowerCase()} → `),
      });
    }
  });

  it('reads a place the data has by another of its names as that place', () => {
    expect(index.answer('Nanning gazelle').hits[0]).toMatchObject({ place: 'nanning' });
    expect(index.answer('南宁 高新技术企业').hits[0]!.unmatched).toBeUndefined();
    // 南宁良庆 is no key of the data, but names 良庆区, which it has.
    expect(index.answer('南宁良庆 高新技术企业').hits[0]).toMatchObject({ id: 'liangqing-2022-hitech-count', why: '南宁良庆 → 良庆区' });
  });

  it('ranks every result that matches all words above every one that matches some', () => {
    for (const query of ['nanning gazelle', '扬州 高新技术企业 目标', 'liangqing high-tech 2022', 'guangxi R&D']) {
      const hits = index.search(query, { limit: 60 });
      const firstPartial = hits.findIndex((h) => h.unmatched !== undefined);
      expect(firstPartial, query).toBeGreaterThan(0);
      expect(
        hits.slice(firstPartial).every((h) => h.unmatched !== undefined),
        query,
      ).toBe(true);
    }
  });

  it('says which words a partial result did not match', () => {
    const hits = index.search('gazelle yangzhou');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.unmatched).toEqual([h.id.includes('gazelle') || h.id === 'gazelle' ? 'yangzhou' : 'gazelle']);
  });

  it('finds nothing when no content word matches, filler or not', () => {
    for (const query of ['qqqqzzzz xxxyyy', 'how many qqqqzzzz are there', '杭州有多少家']) expect(index.search(query), query).toEqual([]);
  });
});
