import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { propose, type ProposalDocument } from '../../../src/ingest/figures/propose.js';
import { guessRecipe } from '../../../src/ingest/recipe.js';
import { vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import { cleanSeed } from '../../../src/model/clean.js';
import { occurrences, statesNumber } from '../../../src/model/quote.js';
import { BUNDLED_DATA, PACKAGE_ROOT } from '../../../src/paths.js';

const vocabulary = vocabularyOf(BUNDLED_DATA);

function proposalsOf(fixture: string, document: Omit<ProposalDocument, 'id'>) {
  const raw = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', fixture), 'utf8');
  const cleaned = cleanSeed(raw, guessRecipe(raw));
  if (!('text' in cleaned)) throw new Error(`${fixture} does not clean`);
  return { text: cleaned.text, ...propose({ text: cleaned.text, document: { id: 'doc', ...document }, vocabulary }) };
}

type Expected = readonly [value: number, unit: string, kind: 'target' | 'reported', year: number, qualifier: string];

/** Recall and precision against a hand-made list of a text's figures, and the fields of each found. */
function compare(got: ReturnType<typeof proposalsOf>, expected: readonly Expected[]) {
  // In text order: two figures of one value and unit are told apart by where they stand.
  const used = new Set<number>();
  const found = expected.map(([value, unit]) => {
    const i = got.proposals.findIndex((p, j) => !used.has(j) && p.value === value && p.unit === unit);
    if (i >= 0) used.add(i);
    return got.proposals[i];
  });
  const fields = expected.map((e, i) => found[i] && [found[i].value, found[i].unit, found[i].kind, found[i].year, found[i].qualifier]);
  const kept = got.proposals.filter((p) => expected.some(([value, unit]) => p.value === value && p.unit === unit));
  return { recall: found.filter(Boolean).length / expected.length, precision: kept.length / got.proposals.length, fields };
}

describe('proposing the figures of texts the seeds are not', () => {
  it('a work report: 分别 lists, 去年 and 今年, targets after the section heading, a rank, nothing of ordinals, names or masks', () => {
    const got = proposalsOf('work-report-page.txt', { kind: 'work-report', date: '2025-01-20', place: 'nanning' });
    const expected: Expected[] = [
      [5.2, '%', 'reported', 2024, 'exact'],
      [0.1, '个百分点', 'reported', 2024, 'exact'],
      [1.46, '万家', 'reported', 2024, 'exact'],
      [2.1, '万家', 'reported', 2024, 'exact'],
      [4000, '亿元', 'reported', 2024, 'more_than'],
      [12.5, '%', 'reported', 2024, 'exact'],
      [26, '家', 'reported', 2024, 'exact'],
      [172, '家', 'reported', 2024, 'exact'],
      [300, '个', 'reported', 2024, 'nearly'],
      [3000, '人', 'reported', 2024, 'more_than'],
      [5, '家', 'reported', 2024, 'exact'],
      [3, '', 'reported', 2024, 'exact'],
      [5, '%', 'target', 2025, 'at_least'],
      [1.6, '万家', 'target', 2025, 'exact'],
      [4500, '亿元', 'target', 2025, 'more_than'],
      [3, '万家', 'target', 2027, 'about'],
      [5, '家', 'target', 2027, 'at_least'],
    ];
    const { recall, precision, fields } = compare(got, expected);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
    expect(fields).toEqual(expected);
    const listed = got.proposals.filter((p) => p.reasons?.includes('shared value in a 分别 list'));
    expect(listed.map((p) => [p.metric.zh, p.value])).toEqual([
      ['高新技术企业', 1.46],
      ['科技型中小企业', 2.1],
    ]);
    expect(got.proposals.find((p) => p.value === 1.6)).toMatchObject({
      strive: true,
      indicator: 'high-tech-enterprises',
      category: 'high-tech',
    });
    // 排名全省第3 ranks what the clause before counts; 第29批 is no rank.
    expect(got.proposals.find((p) => p.measure === 'rank')).toMatchObject({ value: 3, unit: '', metric: { zh: '我市企业入选全省排名' } });
    // 第29批, 5G, XX and “113” are never proposed; the numbers are listed with why.
    expect(got.skipped.map((s) => s.text)).toEqual(['29', '5', '113']);
  });

  it('a PDF extraction: words and a number broken across lines are joined, 到2026年 dates the goals', () => {
    const got = proposalsOf('action-plan-pdf.txt', { kind: 'action-plan', date: '2024-03-01', place: 'nanning' });
    const expected: Expected[] = [
      [3.2, '%', 'target', 2026, 'exact'],
      [2000, '家', 'target', 2026, 'more_than'],
      [4500, '家', 'target', 2026, 'at_least'],
      [823.57, '亿元', 'target', 2026, 'exact'],
      [60, '个', 'target', 2026, 'about'],
      [50, '%', 'target', 2026, 'exact'],
      [300, '家', 'target', 2024, 'at_least'],
      [50, '家', 'target', 2024, 'at_least'],
      [10, '个', 'target', 2024, 'exact'],
      [15, '家', 'target', 2024, 'exact'],
    ];
    const { recall, precision, fields } = compare(got, expected);
    expect({ recall, precision }).toEqual({ recall: 1, precision: 1 });
    expect(fields).toEqual(expected);
    expect(got.proposals.find((p) => p.value === 15)!.metric.zh).toBe('新型研发机构');
  });

  it('a traditional page with inserted pinyin: the quotes stay as written, the metric is simplified', () => {
    const got = proposalsOf('district-report-hant.txt', { kind: 'news-report', date: '2024-01-08', place: 'nanning' });
    const expected: Expected[] = [
      [235, '家', 'reported', 2023, 'exact'],
      [18.7, '%', 'reported', 2023, 'exact'],
      [62, '家', 'reported', 2023, 'exact'],
      [410, '家', 'reported', 2023, 'exact'],
      [120, '項', 'reported', 2023, 'exact'],
      [3560, '萬元', 'reported', 2023, 'exact'],
      [560, '萬元', 'reported', 2023, 'exact'],
      [48, '個', 'reported', 2023, 'exact'],
      [12, '個', 'reported', 2023, 'exact'],
    ];
    const { recall, precision } = compare(got, expected);
    expect({ recall, precision }).toEqual({ recall: 1, precision: 1 });
    const chinese = got.proposals.find((p) => p.value === 120)!;
    expect(chinese.quote).toContain('一百二十項');
    expect(chinese.reasons).toContain('Chinese numeral');
    expect(chinese.confidence).toBeLessThan(0.5);
    expect(got.proposals[0]).toMatchObject({
      metric: { zh: '全区高新技术企业' },
      quote: '全區高新技術企業達到235家',
      indicator: 'high-tech-enterprises',
    });
  });

  it('gives every proposal a quote the text holds once, stating its number and unit', () => {
    for (const [fixture, kind, date] of [
      ['work-report-page.txt', 'work-report', '2025-01-20'],
      ['action-plan-pdf.txt', 'action-plan', '2024-03-01'],
      ['district-report-hant.txt', 'news-report', '2024-01-08'],
    ] as const) {
      const { text, proposals } = proposalsOf(fixture, { kind, date, place: 'nanning' });
      for (const p of proposals) {
        expect(occurrences(text, p.quote), `${fixture}: ${p.quote}`).toHaveLength(1);
        if (!p.reasons?.includes('Chinese numeral')) expect(statesNumber(p.quote, p.value ?? p.value_min!), p.quote).toBe(true);
        expect(p.quote).toContain(p.unit);
        expect(p.confidence).toBeGreaterThan(0);
        expect(p.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('the place of a figure: the one its sentence names before it, where a name names that place', () => {
  /** Each figure's value and place, in a document of `place`. */
  const placed = (text: string, place: string) =>
    propose({ text, document: { id: 'doc', kind: 'work-report', date: '2024-01-20', place }, vocabulary }).proposals.map((p) => [
      p.value,
      p.place ?? place,
    ]);

  it('a Nanning text: 国家高新区 is a group, 高新区 alone the city’s zone, 全区 not the city’s', () => {
    const text = '2023年全市拥有国家高新区3个，省级高新区5个。2023年高新区新增高新技术企业64家。2023年全区高新技术企业达到2710家。';
    expect(placed(text, 'nanning')).toEqual([
      [3, 'nanning'],
      [5, 'nanning'],
      [64, 'nanning-hitech-zone'],
      [2710, 'nanning'],
    ]);
  });

  it('a Jiangsu text: 苏州高新区 and 高新区 are not Nanning’s zone, 扬州经济技术开发区 is not Yangzhou, 全省 is Jiangsu', () => {
    const text =
      '2023年苏州高新区新增高新技术企业41家。2023年高新区新增科技型中小企业88家。2023年扬州市高新技术企业达到1950家，扬州经济技术开发区新增科技型中小企业27家，全省高新技术企业达到51000家。';
    expect(placed(text, 'jiangsu')).toEqual([
      [41, 'jiangsu'],
      [88, 'jiangsu'],
      [1950, 'yangzhou'],
      [27, 'jiangsu'],
      [51000, 'jiangsu'],
    ]);
  });

  it('a district’s text: 全区 and 城区 are the district, 自治区级 a rank, 南宁市高新区 the zone', () => {
    const text =
      '2023年全区新增高新技术企业19家。2023年城区财政科技投入3650万元。2023年新增自治区级创新平台7个。2023年南宁市高新区新增企业12家。';
    expect(placed(text, 'liangqing')).toEqual([
      [19, 'liangqing'],
      [3650, 'liangqing'],
      [7, 'liangqing'],
      [12, 'nanning-hitech-zone'],
    ]);
  });
});

describe('proposing ranks, points, multiples and amounts without digits', () => {
  const text = [
    '2024年，全市综合科技创新水平指数居全国第9位，连续三年位居全省第二。',
    '技术创新指数突破386点。高新技术产业产值增长4.5倍，研发投入强度是全省平均水平的1.8倍。',
    '全市服务近千家企业，技术交易额超万亿元，引进上百家研发机构。',
    '到2027年，创新能力进入全国前十。',
    '开展第7批试点，建设一批重点平台，推进一体化发展，千方百计服务万众创新，打造十大产业集群，形成“十四五”一流生态。',
  ].join('\n');
  const { proposals, skipped } = propose({
    text,
    document: { id: 'doc', kind: 'work-report', date: '2025-01-20', place: 'nanning' },
    vocabulary,
  });
  const row = (value: number) => proposals.find((p) => p.value === value)!;

  it('proposes each, as written, with how it measures and its qualifier, and nothing for the look-alikes', () => {
    expect(proposals.map((p) => [p.value, p.unit, p.measure, p.qualifier, p.kind, p.year])).toEqual([
      [9, '位', 'rank', 'exact', 'reported', 2024],
      [2, '', 'rank', 'exact', 'reported', 2024],
      [386, '点', 'stock', 'more_than', 'reported', 2024],
      [4.5, '倍', 'growth', 'exact', 'reported', 2024],
      [1.8, '倍', 'share', 'exact', 'reported', 2024],
      [1000, '家', 'stock', 'nearly', 'reported', 2024],
      [1, '万亿元', 'stock', 'more_than', 'reported', 2024],
      [100, '家', 'stock', 'at_least', 'reported', 2024],
      [10, '', 'rank', 'at_most', 'target', 2027],
    ]);
    expect(skipped.map((s) => s.text)).toEqual(['7']);
  });

  it('names a rank by what is ranked and where, and says where a reading is less sure', () => {
    expect(row(9).metric.zh).toBe('全市综合科技创新水平指数全国排名');
    expect(row(2).metric.zh).toBe('全市综合科技创新水平指数全省排名');
    expect(row(9).reasons ?? []).not.toContain('no unit');
    expect(row(2).reasons).toContain('Chinese numeral');
    expect(row(1).reasons).toContain('amount without digits: 万亿 read as 1 万亿');
    expect(row(100).reasons).toContain('round count: 上 read as at least');
    expect(row(10).reasons).toContain('top N: a rank of at most N');
    expect(row(1.8).reasons).toContain('a multiple of a base: read as a ratio');
    expect(row(1).confidence!).toBeLessThan(row(9).confidence!);
  });
});
