import { describe, expect, it } from 'vitest';
import { planYears } from '../../../src/ingest/figures/years.js';
import { findNumbers } from '../../../src/ingest/figures/numbers.js';
import { propose } from '../../../src/ingest/figures/propose.js';
import { vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import { FactSchema } from '../../../src/model/schema.js';
import { BUNDLED_DATA } from '../../../src/paths.js';

const vocabulary = vocabularyOf(BUNDLED_DATA);

/** Each figure of a made-up text as [value, kind, year], and the proposals and skipped whole. */
function read(text: string, kind: string, date: string) {
  const got = propose({ text, document: { id: 'd', kind, date, place: 'nanning' }, vocabulary });
  return { ...got, figures: got.proposals.map((p) => [p.value, p.kind, p.year]) };
}
const find = (got: ReturnType<typeof read>, value: number) => got.proposals.find((p) => p.value === value)!;

describe("a work report's parts, by the genre's conventions", () => {
  // A report of 2025 whose review has no heading: its opening reviews 2024, its 今年 part plans 2025.
  const report = [
    '各位代表：',
    '过去一年，全市新增高新技术企业超600家，研发投入强度从2.71%提高到2.95%。',
    '今年全市经济社会发展的主要预期目标是：研发投入强度达到3.1%。',
    '新增科技型中小企业500家。',
  ].join('\n');

  it('reports its review for the year before its date, and plans its year in its 今年 part', () => {
    expect(read(report, 'work-report', '2025-01-20').figures).toEqual([
      [600, 'reported', 2024],
      [2.71, 'reported', 2023],
      [2.95, 'reported', 2024],
      [3.1, 'target', 2025],
      [500, 'target', 2025],
    ]);
  });

  it('says when a kind and a year rest on the convention, and is less sure than of a figure stated whole', () => {
    const got = read(report, 'work-report', '2025-01-20');
    expect(find(got, 600).reasons).toEqual(["kind from the genre's convention", 'year inferred: a work-report dated 2025 reviews 2024']);
    expect(find(got, 500).reasons).toContain("kind from the genre's convention");
    const whole = read('2024年，全市高新技术企业已达到1200家。', 'work-report', '2025-01-20').proposals[0]!;
    expect(whole.reasons).toBeUndefined();
    expect(find(got, 600).confidence).toBeLessThan(whole.confidence!);
  });

  it('a news report has no such convention: its figures are of its date, and guessed so', () => {
    expect(read(report, 'news-report', '2025-01-20').figures[0]).toEqual([600, 'reported', 2025]);
  });

  it('takes the years and kinds its headings name: 2024年工作回顾 reports, 2025年重点工作 sets targets', () => {
    const text = ['一、2024年工作回顾', '全市高新技术企业达到1.2万家。', '二、2025年重点工作', '新增高新技术企业超1000家。'].join('\n');
    const got = read(text, 'work-report', '2025-01-20');
    expect(got.figures).toEqual([
      [1.2, 'reported', 2024],
      [1000, 'target', 2025],
    ]);
    expect(find(got, 1000).reasons).toContain('kind from the section heading');
  });

  it('a 新增…超 figure or a 跃升到 in a review is reported, not a target', () => {
    const text = '过去一年，新增高新技术企业超6000家，专精特新企业从15家跃升到38家。';
    expect(read(text, 'work-report', '2026-01-20').figures).toEqual([
      [6000, 'reported', 2025],
      [15, 'reported', 2024],
      [38, 'reported', 2025],
    ]);
  });
});

describe('five-year plans: their reviews and targets', () => {
  it("a work report's review of the 十四五 is as of 2025, over 2021-2025, and starts from 2020", () => {
    const text = '“十四五”时期，全市高新技术企业从1500家跃升到3800家，技术合同成交额累计达到900亿元。';
    const got = read(text, 'work-report', '2026-01-20');
    expect(got.figures).toEqual([
      [1500, 'reported', 2020],
      [3800, 'reported', 2025],
      [900, 'reported', 2025],
    ]);
    expect(got.proposals.map((p) => p.period)).toEqual([undefined, '2021-2025', '2021-2025']);
    expect(find(got, 1500).reasons).toContain('year inferred: the start of the period 2021-2025');
    for (const p of got.proposals) expect(FactSchema.safeParse(p).success).toBe(true);
  });

  it('过去五年 in a report is the five years before its date', () => {
    const got = read('过去五年，全市高新技术企业达到3800家。', 'work-report', '2023-02-10');
    expect(got.figures).toEqual([[3800, 'reported', 2022]]);
    expect(got.proposals[0]!.period).toBe('2018-2022');
  });

  it('到“十五五”末 is 2030, stated; a 十五五 targets part falls due at its end', () => {
    const text = ['“十五五”时期主要目标', '全市高新技术企业达到6000家。', '到“十五五”末，研发投入强度达到3.5%。'].join('\n');
    const got = read(text, 'work-report', '2026-01-20');
    expect(got.figures).toEqual([
      [6000, 'target', 2030],
      [3.5, 'target', 2030],
    ]);
    expect(find(got, 3.5).year_inferred).toBeUndefined();
    expect(find(got, 6000).year_inferred).toBe(true);
  });

  it('the plans are told from their ordinal: the 13th ends in 2020, the 14th in 2025, the 15th in 2030', () => {
    expect(['十三', '十四', '十五'].map((n) => planYears(n))).toEqual([
      { start: 2016, end: 2020 },
      { start: 2021, end: 2025 },
      { start: 2026, end: 2030 },
    ]);
  });

  it("in a plan, 从X提高到Y's X is reported at the plan's start and is the baseline of the target Y", () => {
    const text = '南宁市“十四五”科技创新规划\n全社会研发投入强度从1.5%提高到2.5%。';
    const got = read(text, 'action-plan', '2021-06-01');
    expect(got.figures).toEqual([
      [1.5, 'reported', 2020],
      [2.5, 'target', 2025],
    ]);
    expect(find(got, 1.5)).toMatchObject({ baseline_of: find(got, 2.5).id, indicator: find(got, 2.5).indicator });
    expect(find(got, 1.5).indicator).not.toBeNull();
  });

  it("in a review, 从X提高到Y's X is the baseline of the Y it reports reached", () => {
    const got = read('过去一年，全市研发投入强度从2.71%提高到2.95%。', 'work-report', '2025-01-20');
    expect(find(got, 2.71)).toMatchObject({ kind: 'reported', baseline_of: find(got, 2.95).id });
    expect(find(got, 2.95).baseline_of).toBeUndefined();
  });

  it('the start of a change takes the year its 从 or its sentence names, not its end', () => {
    const got = read('全市研发投入从2020年的120亿元增加到180亿元。', 'work-report', '2025-01-20');
    expect(got.figures).toEqual([
      [120, 'reported', 2020],
      [180, 'reported', 2024],
    ]);
    expect(find(got, 120).year_inferred).toBeUndefined();
  });
});

describe('years written otherwise', () => {
  it('2022 年 (a PDF space) and 二〇二二年 are years that time what follows, never figures', () => {
    const text = '2022 年，全市高新技术企业达到1200家。\n二〇二二年，全市技术合同成交额达到35亿元。\n二○二一年全市专利授权达到900件。';
    expect(read(text, 'bureau-summary', '2023-06-30').figures).toEqual([
      [1200, 'reported', 2022],
      [35, 'reported', 2022],
      [900, 'reported', 2021],
    ]);
    expect(findNumbers(text).numbers.map((n) => n.value)).toEqual([1200, 35, 900]);
  });

  it('a heading that names only a year keeps the part it stands in', () => {
    const text = ['二、2024年工作打算', '（一）2024年企业培育', '高新技术企业达到1.7万家。'].join('\n');
    const got = read(text, 'bureau-summary', '2024-01-15');
    expect(got.figures).toEqual([[1.7, 'target', 2024]]);
    expect(got.proposals[0]!.reasons).toContain('kind from the section heading');
  });

  it('a bureau summary dated early in a year reviews the year before', () => {
    expect(read('一年来，全市高新技术企业达到1200家。', 'bureau-summary', '2023-01-10').figures).toEqual([[1200, 'reported', 2022]]);
  });
});

describe('a clause that names no subject', () => {
  it('carries the metric of the clause before it, and says so', () => {
    const got = read('2024年，全市高新技术企业达到1.2万家，比上年净增1200家。', 'work-report', '2025-01-20');
    const carried = find(got, 1200);
    expect(carried.metric.zh).toBe('全市高新技术企业比上年净增');
    expect(carried.reasons).toContain('metric inherited from previous clause');
    expect(carried.confidence).toBeLessThan(find(got, 1.2).confidence!);
  });

  it('is skipped with why where nothing before it in its paragraph names one', () => {
    const got = read('全市高新技术企业达到1.2万家。\n比上年净增1200家。', 'work-report', '2025-01-20');
    expect(got.proposals.map((p) => p.value)).toEqual([1.2]);
    expect(got.skipped).toEqual([expect.objectContaining({ text: '1200家', why: expect.stringContaining('names no subject') })]);
  });
});

describe('years a paragraph names, and years that are only a base', () => {
  it("a year its paragraph's first sentence names times the paragraph and frames the ones after it, past a dateline and blank lines", () => {
    const news = [
      '来源：某某日报 2024年2月20日',
      '',
      '本报讯 记者获悉，2023年，我市科技创新主要指标再创新高。全市高新技术企业达到1.5万家，比上年净增2100家；技术合同成交额达到900亿元。',
      '',
      '全市拥有大科学装置12个。',
    ].join('\n');
    expect(read(news, 'news-report', '2024-02-20').figures).toEqual([
      [1.5, 'reported', 2023],
      [2100, 'reported', 2023],
      [900, 'reported', 2023],
      [12, 'reported', 2023],
    ]);
  });

  it('a year named after its first sentence times its own sentence only', () => {
    const got = read(
      '全市研发投入强度达到2.5%。其中2022年全市技术合同成交额300亿元。全市高新技术企业1200家。',
      'news-report',
      '2024-02-20',
    );
    expect(got.figures).toEqual([
      [2.5, 'reported', 2024],
      [300, 'reported', 2022],
      [1200, 'reported', 2024],
    ]);
  });

  it('比上年, 是2015年的 and 从2020年的 are bases: the figure is of the year the text frames', () => {
    const got = read(
      '2020年，全区国家高新技术企业达到512家，是2015年的3.2倍，技术合同成交额86亿元，比上年增长12%。',
      'action-plan',
      '2021-03-01',
    );
    expect(got.figures.map(([, , year]) => year)).toEqual([2020, 2020, 2020, 2020]);
  });

  it("a plan's goals opened by 到2025年 reach past blank lines to the paragraphs under it", () => {
    const plan = [
      '三、发展目标',
      '',
      '到2025年，全区科技创新综合实力显著增强。',
      '',
      '——全社会研发经费投入强度达到3.5%。',
      '',
      '——高新技术企业数量突破1000家。',
    ].join('\n');
    expect(read(plan, 'action-plan', '2021-03-01').figures).toEqual([
      [3.5, 'target', 2025],
      [1000, 'target', 2025],
    ]);
  });
});

describe('a headline and a change from the year before', () => {
  it("leaves a headline's figure to the body that states it again, and proposes one the body does not state", () => {
    const got = read('净增高企386家！某市创新成绩单来了\n去年全市净增高新技术企业386家，总数达到2215家。', 'news-report', '2025-02-12');
    expect(got.figures).toEqual([
      [386, 'reported', 2024],
      [2215, 'reported', 2024],
    ]);
    expect(got.skipped.map((s) => s.why)).toContain('in the headline, and stated again in the text');
    expect(read('高企突破2215家\n去年全市高新技术企业发展势头良好。', 'news-report', '2025-02-12').figures).toEqual([
      [2215, 'reported', 2025],
    ]);
  });

  it("由上年的X提高到Y: X is the year before Y's, and its baseline", () => {
    const got = read('过去一年，全省研发经费投入强度由上年的1.88%提高到2.02%。', 'work-report', '2025-01-16');
    expect(got.figures).toEqual([
      [1.88, 'reported', 2023],
      [2.02, 'reported', 2024],
    ]);
    expect(find(got, 1.88).baseline_of).toBe(find(got, 2.02).id);
    expect(find(got, 1.88).reasons).toContain('year inferred: the year before its end, which its 上年 names');
  });
});

describe("a plan's review of what came before it", () => {
  it('reports the figures under 发展基础, a change to 2020年的 among them, and targets those under its goals', () => {
    const plan = [
      '某区“十四五”科技创新发展规划',
      '一、发展基础',
      '创新主体加速壮大。高新技术企业由2015年的218家增加到2020年的896家，入库科技型中小企业1320家。',
      '二、发展目标',
      '到2025年，高新技术企业突破1500家。',
    ].join('\n');
    expect(read(plan, 'action-plan', '2021-06-01').figures).toEqual([
      [218, 'reported', 2015],
      [896, 'reported', 2020],
      [1320, 'reported', 2020],
      [1500, 'target', 2025],
    ]);
  });
});
