import { describe, expect, it } from 'vitest';
import { checked } from '../../../src/ingest/check.js';
import { indicatorTables } from '../../../src/ingest/figures/indicatorTable.js';
import { propose } from '../../../src/ingest/figures/propose.js';
import { guessRecipe } from '../../../src/ingest/recipe.js';
import { vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import { cleanSeed } from '../../../src/model/clean.js';
import { BUNDLED_DATA } from '../../../src/paths.js';

const vocabulary = vocabularyOf(BUNDLED_DATA);

/** A text as ingest reads it: cleaned (which takes the spaces out around a number between Han characters), then proposed. */
function proposeRaw(raw: string, date = '2021-10-15') {
  const cleaned = cleanSeed(raw, guessRecipe(raw));
  if (!('text' in cleaned)) throw new Error('does not clean');
  const text = cleaned.text;
  return { text, ...propose({ text, document: { id: 'plan', kind: 'action-plan', date, place: 'wuhou' }, vocabulary }) };
}

const BASIC = [
  '某某区“十四五”科技创新规划',
  '',
  '到2025年，全区创新能力明显提升。',
  '',
  '表1 某某区“十四五”科技创新主要指标',
  '指标 单位 2020年 2025年 属性',
  '全社会研发经费投入强度 % 2.41 3.2 预期性',
  '高新技术企业数量 家 386 800 预期性',
  '技术合同成交额 亿元 42.7 95 预期性',
  '',
  '第三章 重点任务',
  '培育科技型中小企业达到1200家。',
].join('\n');

describe('a table of main indicators', () => {
  it("reads each row's base as reported in its year and its target as due in its, the base the target's baseline", () => {
    const { proposals } = proposeRaw(BASIC);
    const table = proposals.filter((p) => p.reasons?.includes('read from a table of indicators'));
    expect(table.map((p) => [p.value, p.unit, p.kind, p.year])).toEqual([
      [2.41, '%', 'reported', 2020],
      [3.2, '%', 'target', 2025],
      [386, '家', 'reported', 2020],
      [800, '家', 'target', 2025],
      [42.7, '亿元', 'reported', 2020],
      [95, '亿元', 'target', 2025],
    ]);
    expect(table.map((p) => p.indicator)).toEqual([
      'rnd-intensity',
      'rnd-intensity',
      'high-tech-enterprises',
      'high-tech-enterprises',
      'tech-contract-turnover',
      'tech-contract-turnover',
    ]);
    expect(table[0]!.measure).toBe('share');
    expect(table[2]!.measure).toBe('stock');
    for (let i = 0; i < table.length; i += 2) {
      expect(table[i]!.baseline_of).toBe(table[i + 1]!.id);
      expect(table[i + 1]!.baseline_of).toBeUndefined();
    }
  });

  it('quotes each figure by its row from the metric to the value, the unit cell between, once in the text; the checks keep them all', () => {
    const { text, proposals, skipped } = proposeRaw(BASIC);
    const table = proposals.filter((p) => p.reasons?.includes('read from a table of indicators'));
    expect(table.map((p) => p.quote).slice(0, 2)).toEqual(['全社会研发经费投入强度 % 2.41', '全社会研发经费投入强度 % 2.41 3.2']);
    const kept = checked({ proposals, skipped }, text);
    expect(kept.proposals.map((p) => p.id)).toEqual(proposals.map((p) => p.id));
    expect(kept.proposals.filter((p) => p.baseline_of).length).toBe(3);
  });

  it('merges the rows with the figures of sentences in text order, each number proposed once and not also skipped', () => {
    const { proposals, skipped } = proposeRaw(BASIC);
    expect(proposals.map((p) => p.value)).toEqual([2.41, 3.2, 386, 800, 42.7, 95, 1200]);
    expect(proposals.map((p) => p.id)).toEqual(proposals.map((_, i) => `plan-p${String(i + 1).padStart(3, '0')}`));
    expect(skipped.filter((s) => /^(?:2\.41|3\.2|386|800|42\.7|95)$/u.test(s.text))).toEqual([]);
  });
});

/** The table proposals of a text, as [value, unit, kind, year, qualifier, measure]. */
const rowsOf = (raw: string, date?: string) =>
  proposeRaw(raw, date)
    .proposals.filter((p) => p.reasons?.includes('read from a table of indicators'))
    .map((p) => [p.value, p.unit, p.kind, p.year, p.qualifier, p.measure]);

describe('the forms such tables take', () => {
  it('a 序号 and a 类别 column, 类别 merged over rows, 基期值 and 目标值 dated by the plan the title names, qualifiers and a bracketed sum', () => {
    const raw = [
      '附表 “十四五”时期科技创新发展主要指标',
      '序号 类别 指标 单位 基期值 目标值 属性',
      '1 创新投入 全社会研发经费投入强度 % 2.1 >2.8 预期性',
      '2 规上工业企业研发投入占营业收入比重 % 1.1 1.5以上 预期性',
      '3 创新主体 高新技术企业数量 家 240 ≥500 预期性',
      '4 新增科技型中小企业 家 — [900] 预期性',
    ].join('\n');
    const { proposals } = proposeRaw(raw);
    expect(rowsOf(raw)).toEqual([
      [2.1, '%', 'reported', 2020, 'exact', 'share'],
      [2.8, '%', 'target', 2025, 'more_than', 'share'],
      [1.1, '%', 'reported', 2020, 'exact', 'share'],
      [1.5, '%', 'target', 2025, 'at_least', 'share'],
      [240, '家', 'reported', 2020, 'exact', 'stock'],
      [500, '家', 'target', 2025, 'at_least', 'stock'],
      [900, '家', 'target', 2025, 'exact', 'cumulative'],
    ]);
    const sum = proposals.find((p) => p.value === 900)!;
    expect(sum.period).toBe('2021-2025');
    expect(sum.year_inferred).toBe(true);
    expect(sum.reasons).toContain("year inferred: the 十四五 plan's last year");
    expect(proposals.find((p) => p.value === 240)!.quote).toBe('高新技术企业数量 家 240');
    expect(proposals.find((p) => p.value === 1.1)!.quote).toBe('规上工业企业研发投入占营业收入比重 % 1.1');
  });

  it('2020年(基期) and 2025年(目标) headers, cells apart by several spaces, a unit in brackets', () => {
    const raw = [
      '指标名称      单位      2020年(基期)      2025年(目标)      指标属性',
      '技术合同成交额      （亿元）      31.5      60      预期性',
      '每万人口发明专利拥有量      件      9.8      16      预期性',
    ].join('\n');
    expect(rowsOf(raw)).toEqual([
      [31.5, '亿元', 'reported', 2020, 'exact', 'stock'],
      [60, '亿元', 'target', 2025, 'exact', 'stock'],
      [9.8, '件', 'reported', 2020, 'exact', expect.any(String)],
      [16, '件', 'target', 2025, 'exact', expect.any(String)],
    ]);
  });

  it('no 单位 column: the unit in brackets after the metric', () => {
    const raw = ['指标 2020年 2025年', '技术合同成交额（亿元） 31.5 60', '研发经费投入强度(%) 2.2 2.9'].join('\n');
    expect(rowsOf(raw)).toEqual([
      [31.5, '亿元', 'reported', 2020, 'exact', 'stock'],
      [60, '亿元', 'target', 2025, 'exact', 'stock'],
      [2.2, '%', 'reported', 2020, 'exact', 'share'],
      [2.9, '%', 'target', 2025, 'exact', 'share'],
    ]);
    expect(proposeRaw(raw).proposals[1]!.quote).toBe('技术合同成交额（亿元） 31.5 60');
  });

  it("a cell that repeats its row's unit is read once, by the table, not also by the reader of numbers", () => {
    const raw = ['指标 单位 2020年 2025年 属性', '全社会研发经费投入强度 % 2.41% 3.2% 预期性'].join('\n');
    const { proposals } = proposeRaw(raw);
    expect(proposals.map((p) => [p.value, p.kind, p.quote])).toEqual([
      [2.41, 'reported', '全社会研发经费投入强度 % 2.41%'],
      [3.2, 'target', '全社会研发经费投入强度 % 2.41% 3.2%'],
    ]);
  });

  it('a single target column, its cells glued to their neighbours by the cleaning', () => {
    const raw = ['主要指标 单位 2025年目标值 属性', '高新技术企业数量 家 650 约束性', '省级以上创新平台 个 120 预期性'].join('\n');
    // The cleaning leaves 家650约束性: the reader cuts it again where a number meets a Han word.
    expect(proposeRaw(raw).text).toContain('家650约束性');
    expect(rowsOf(raw)).toEqual([
      [650, '家', 'target', 2025, 'exact', 'stock'],
      [120, '个', 'target', 2025, 'exact', expect.any(String)],
    ]);
  });

  it('skips with why a row whose 单位 cell is empty or —, and a cell that is no plain value', () => {
    const raw = [
      '指标 单位 2020年 2025年 属性',
      '区域创新能力排名 — 12 8 预期性',
      '科技进步贡献率  55 60 预期性',
      '新型研发机构数量 家 前10 30 预期性',
      '',
      '到2025年，建成一批新型研发机构。',
    ].join('\n');
    const { proposals, skipped } = proposeRaw(raw);
    expect(proposals.map((p) => [p.value, p.kind])).toEqual([[30, 'target']]);
    const whys = skipped.map((s) => s.why);
    expect(whys).toContain('a table row whose 单位 cell is none (—): 区域创新能力排名');
    expect(whys).toContain('a table row whose 单位 cell is empty: 科技进步贡献率');
    expect(whys).toContain('a cell of a table of indicators that is not a plain value: 前10');
    // A number the table accounts for is not skipped again by the reader of numbers.
    expect(skipped.filter((s) => s.why.startsWith('a table row')).map((s) => s.text)).toEqual(['12 8', '55 60']);
    expect(skipped.filter((s) => s.why === 'no unit after it').map((s) => s.text)).toEqual([]);
  });
});

describe('what is no table of indicators', () => {
  it('a list of figures in sentences', () => {
    const raw = ['主要指标：', '2020年全社会研发经费投入强度为2.41%，2025年达到3.2%；', '高新技术企业数量由386家增至800家。'].join('\n');
    expect(indicatorTables(proposeRaw(raw).text, 2021)).toEqual([]);
    expect(rowsOf(raw)).toEqual([]);
  });

  it('a table of projects with amounts, under a header with years but no 指标', () => {
    const raw = [
      '表2 重大项目表',
      '序号 项目名称 建设单位 总投资（亿元） 2021年 2022年',
      '1 科创中心二期 区产业集团 12.5 3.2 4.1',
      '2 数字经济产业园 某某科技公司 8 2 2.5',
    ].join('\n');
    expect(indicatorTables(proposeRaw(raw).text, 2021)).toEqual([]);
  });

  it('a header of 指标 and years over prose, and a table whose rows end at the first line that is none', () => {
    const raw = [
      '指标 单位 2020年 2025年',
      '全社会研发经费投入强度提高到3.2%，高新技术企业数量达到800家。',
      '',
      '指标 单位 2020年 2025年',
      '高新技术企业数量 家 386 800',
      '以上指标中，高新技术企业数量 家 100 200 为参考。',
      '技术合同成交额 亿元 10 20',
    ].join('\n');
    const tables = indicatorTables(proposeRaw(raw).text, 2021);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.metric)).toEqual(['高新技术企业数量']);
  });
});
