import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/commands/search.js';
import { corrections, editDistance, typoDistance } from '../../src/search/correct.js';
import { pinyinKeys } from '../../src/search/pinyin.js';
import { vocabularyOf } from '../../src/search/vocabulary.js';
import { fold } from '../../src/text/fold.js';
import { bundledDataset } from '../helpers.js';

/**
 * Made-up queries for the words a search knows: corrections only into the data's words and
 * never where a real word is as near, Taiwan and Hong Kong usage, run-together pinyin, a
 * character dropped or added in a long term, and the latest reported figure for "how many".
 */
const dataset = bundledDataset();
const index = searchIndex(dataset);
const top = (query: string) => index.search(query, { limit: 1 })[0];

/** Query → the fact (or other result) that must come first. */
const FIRST: [string, string][] = [
  // Taiwan and Hong Kong usage.
  ['南宁 育成中心', 'fact:nanning-2023-incubation-platforms'],
  ['廣西 成長', 'fact:guangxi-2022-hitech-growth'],
  ['扬州研發經費成長', 'fact:yangzhou-2024-rnd-growth'],
  ['良慶 企業研發經費成長', 'fact:liangqing-2021-enterprise-rnd-growth'],
  ['創投 子基金 廣西', 'fact:guangxi-2023-tech-sub-funds'],
  ['高科技企業 良慶', 'fact:liangqing-2022-hitech-count'],
  ['南寧 加速器', 'fact:nanning-2023-incubation-platforms'],
  // Run-together pinyin.
  ['yanfaqiangdu nanning', 'fact:nanning-2023-rnd-intensity'],
  ['gaoxinqiye guangxi', 'fact:guangxi-2022-hitech-count'],
  ['gaoxinqiye', 'category:high-tech'],
  ['jishuhetong nanning', 'fact:nanning-2023-tech-contract-turnover'],
  ['kejitepaiyuan nanning', 'fact:nanning-2023-tech-commissioners-dispatched'],
  // A character dropped or added in a term of four or more.
  ['南宁高新技企业', 'fact:nanning-2024-hitech-count'],
  ['良庆科技型中小业', 'fact:liangqing-2021-tech-sme-count'],
  ['技术合同成交金额 南宁', 'fact:nanning-2023-tech-contract-turnover'],
  ['南宁瞪羚企', 'fact:nanning-2024-gazelle-count'],
  // Typos of the data's words.
  ['gazzele', 'category:gazelle'],
  ['Nannning', 'place:nanning'],
  ['denglinqiye', 'category:gazelle'],
  // A misspelt place of the data, though it is found across syllables of a name (攻关项目, gongguanxiangmu).
  ['Guanxi', 'place:guangxi'],
  // "How many does X have": the latest reported figure before a target.
  ['how many high-tech enterprises does Nanning have', 'fact:nanning-2024-hitech-count'],
  ['南宁有多少家高新技术企业', 'fact:nanning-2024-hitech-count'],
  ['南宁高企有多少', 'fact:nanning-2024-hitech-count'],
  ['how many gazelle enterprises does Nanning have', 'fact:nanning-2024-gazelle-count'],
];

/** Words that are real (places elsewhere, English) or nothing: never corrected into a word of the data. */
const NOT_CORRECTED = [
  'suzhou',
  'wuxi',
  'zhejiang',
  'shenyang',
  'shaanxi',
  'nanjing',
  'hangzhou',
  'chengdu',
  'nanjin',
  'hangzou',
  'quantum',
  'computing',
  'zzzzqqq',
  'qqqqzzzz',
];

describe('the words a search knows', () => {
  it('has at least 20 made-up queries with the result that must come first', () => {
    expect(FIRST.length + NOT_CORRECTED.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FIRST)('%s → %s first', (query, expected) => {
    const hit = top(query);
    expect(hit && `${hit.type}:${hit.id}`).toBe(expected);
  });

  it.each(NOT_CORRECTED)('%s is corrected into nothing', (word) => {
    for (const hit of index.search(word)) expect(hit.why ?? '').not.toContain('typo');
    for (const hit of index.search(`${word} high-tech enterprises`)) expect(hit.why ?? '').not.toContain('typo');
  });

  it('finds nothing for a real place the data lacks that lies across the syllables of a name (jiangxi in 奖项 jiangxiang)', () => {
    expect(index.search('Jiangxi')).toEqual([]);
    for (const hit of index.search('Jiangxi high-tech')) expect(hit.why).toContain('partial');
  });

  it('says how it read a word it changed', () => {
    expect(top('南宁 育成中心')!.why).toContain('育成中心 → ');
    expect(top('yanfaqiangdu nanning')!.why).toContain('yanfaqiangdu → 研发 强度');
    expect(top('南宁高新技企业')!.why).toContain('高新技企业 → 高新技术企业');
    expect(top('Nannning')!.why).toContain('typo: nannning → nanning');
    expect(top('Guanxi')!.why).toContain('typo: guanxi → guangxi');
  });

  it('corrects only into a word, never into a name run together', () => {
    for (const query of ['suzhou', 'yanfaqiangdu', 'gaoxinqiye', 'commisioners']) {
      for (const hit of index.search(query)) expect(hit.why ?? '').not.toMatch(/typo: \S+ → \S{16,}/u);
    }
  });
});

describe('the vocabulary', () => {
  const vocabulary = vocabularyOf(index.parts.keys, index.parts.synonyms);

  it('holds the pinyin of words and short terms, never of a long name run together', () => {
    const long = dataset.facts.map((f) => fold(f.metric.zh)).filter((m) => [...m].length > 8);
    expect(long.length).toBeGreaterThan(10);
    for (const metric of long) expect(vocabulary.latinSet.has(pinyinKeys(metric).full), metric).toBe(false);
    for (const word of ['yanfa', 'qiangdu', 'nanning', 'denglingqiye', 'gazelle', 'incubators'])
      expect(vocabulary.latinSet.has(word), word).toBe(true);
  });
});

describe('how near a typo is', () => {
  it('counts a swap, and a doubled letter moved, as one edit', () => {
    expect(editDistance('gazlele', 'gazelle', 2)).toBe(1);
    expect(editDistance('quantum', 'quanguo', 2)).toBe(2);
    expect(typoDistance('gazzele', 'gazelle', 2)).toBe(1);
    expect(typoDistance('qqqqzzzz', 'zzq', 2)).toBe(3);
  });

  it('gives way to a real word as near as the correction', () => {
    const known = (w: string) => w === 'nanning';
    expect(corrections('nanjing', ['nanning'], known, ['nanjing', 'nanning'])).toEqual([]);
    expect(corrections('nannning', ['nanning'], known, ['nanjing', 'nanning'])).toEqual([{ word: 'nanning', edits: 1 }]);
  });
});
