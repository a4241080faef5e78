import { describe, expect, it } from 'vitest';
import { guessRecipe } from '../../src/ingest/recipe.js';
import { cleanSeed } from '../../src/model/clean.js';
import { bundledDataset, cleanBundledSeed, readSeed, SEEDS } from '../helpers.js';

const dataset = bundledDataset();

function cleaned(raw: string) {
  const clean = cleanSeed(raw, guessRecipe(raw));
  if ('problems' in clean) throw new Error(`the guessed recipe does not fit: ${JSON.stringify(clean.problems)}`);
  return clean;
}

describe('the guessed recipe of each seed', () => {
  it.each(SEEDS)('%s keeps every curated quote', (seed) => {
    const { text } = cleaned(readSeed(seed));
    const doc = dataset.documents.find((d) => d.seed === seed)!;
    const quotes = doc.facts.map((id) => dataset.factById.get(id)!.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(text).toContain(quote);
  });

  // The hand recipes cut the same lines, but for the plan's "附件:" line (the attachment's
  // name), which the guess takes for the footer.
  const LEFT_OUT: Partial<Record<(typeof SEEDS)[number], number[]>> = { '003_10172597df91bc87.txt': [42] };
  it.each(SEEDS)('%s cuts the lines the hand recipe cuts', (seed) => {
    const guessed = cleaned(readSeed(seed)).lines.map((l) => l.line);
    const hand = cleanBundledSeed(seed).lines.map((l) => l.line);
    expect(guessed).toEqual(hand.filter((n) => !(LEFT_OUT[seed] ?? []).includes(n)));
  });

  it('tells the PDF extraction from the web pages', () => {
    expect(SEEDS.filter((s) => guessRecipe(readSeed(s)).pdf)).toEqual(['003_10172597df91bc87.txt']);
  });
});

describe('a news page with its site around it', () => {
  const PAGE = [
    '某某市2023年科技创新工作成效显著_某某市人民政府门户网站',
    '首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流',
    '当前位置:首页 > 新闻中心 > 部门动态',
    '',
    '某某市2023年科技创新工作成效显著',
    '2024-01-15 09:30:00 来源:某某市科技局 作者:张三',
    '【字体:大 中 小】 打印',
    '分享到:',
    '2023年,全市高新技术企业数量达到1256家,同比增长18.2%。',
    '全年研发经费投入突破 45.6 亿元,占地区生产总值比重达2.8%,全市新增版权登记作品3200件,版权保护工作不断加强。',
    '微信',
    '下一步,市科技局将继续深化科技体制改革。',
    '责任编辑:李四',
    '版权所有:某某市人民政府 桂ICP备12345678号',
    '上一篇:某某市召开科技工作会议',
  ].join('\r\n');

  it('starts at the headline under the navigation, and ends before the footer', () => {
    expect(guessRecipe(PAGE)).toEqual({
      // The page's title starts with the headline: the article starts there, and the
      // title and the navigation are dropped.
      start: '某某市2023年科技创新',
      end: '下一步,市科技局将继续深',
      drop: [
        '某某市2023年科技创新工作成效显著_某某市人民政府门户网站',
        '首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流',
        '当前位置:首页 > 新闻中心 > 部门动态',
        '2024-01-15 09:30:00 来源:某某市科技局 作者:张三',
        '【字体:大 中 小】 打印',
        '分享到:',
        '微信',
      ],
      pdf: false,
      repairs: [],
    });
  });
  it('cleans to the article alone', () => {
    expect(cleaned(PAGE).text).toBe(
      [
        '某某市2023年科技创新工作成效显著',
        '2023年,全市高新技术企业数量达到1256家,同比增长18.2%。',
        '全年研发经费投入突破45.6亿元,占地区生产总值比重达2.8%,全市新增版权登记作品3200件,版权保护工作不断加强。',
        '下一步,市科技局将继续深化科技体制改革。',
      ].join('\n'),
    );
  });
  it('keeps a chrome line whose drop would take a paragraph with it', () => {
    const page = PAGE.replace('下一步,', '微信支付交易额达到120亿元。\r\n下一步,');
    expect(guessRecipe(page).drop).not.toContain('微信');
    expect(cleaned(page).text).toContain('\n微信\n微信支付交易额达到120亿元。\n');
  });
  it('without a headline starts at the first paragraph', () => {
    const body = PAGE.split('\r\n').slice(8).join('\n');
    expect(guessRecipe(body)).toMatchObject({ start: '2023年,全市高新技术', end: '下一步,市科技局将继续深' });
  });
});

describe('a text with no paragraph', () => {
  it('is kept whole, for a person to cut', () => {
    expect(guessRecipe('首页 | 新闻 | 登录\n表一 指标\n高新技术企业 350')).toEqual({ drop: [], pdf: false, repairs: [] });
  });
});

describe('a PDF extraction', () => {
  const PDF = [
    '某某区2024年科技工作要点',
    '为深入实施创新驱动发展战略, 推动全区科技创新工作高质量发展, 根据 全市科技工作会议部署, 结合我区实际, 现提出2024年科技工作要点如下, 请各单位认真抓好',
    '落实。',
    '一、主要目标',
    '到 2024 年底, 全区高新技术企业数量达到 350 家以上, 全社会研发经费 投入达到 823.57',
    '亿元, 技术合同成交额突破 12 亿元, 科技型中小企业评价入库 600 家。',
    '— 2 —',
    '二、重点任务',
    '(一) 强化企业创新主体地位。 实施高新技术企业 倍增计划, 新增 省级 研发平台 20 个。',
  ].join('\n');

  it('is told by the spaces between Han characters', () => {
    expect(guessRecipe(PDF)).toMatchObject({ start: '某某区2024年科技工作', pdf: true, drop: ['— 2 —'] });
  });
  it('cleans to whole paragraphs, a number joined to its unit', () => {
    expect(cleaned(PDF).text).toBe(
      [
        '某某区2024年科技工作要点',
        '为深入实施创新驱动发展战略,推动全区科技创新工作高质量发展,根据全市科技工作会议部署,结合我区实际,现提出2024年科技工作要点如下,请各单位认真抓好落实。',
        '一、主要目标',
        '到2024年底,全区高新技术企业数量达到350家以上,全社会研发经费投入达到823.57亿元,技术合同成交额突破12亿元,科技型中小企业评价入库600家。',
        '二、重点任务',
        '(一)强化企业创新主体地位。实施高新技术企业倍增计划,新增省级研发平台20个。',
      ].join('\n'),
    );
  });
});

describe('a repost with a social page around it', () => {
  const page = [
    '净增高企386家！某市2024年创新“成绩单”来了',
    '原创 某市日报 2025年02月12日 08:30',
    '2月11日，记者从市科技局获悉，2024年我市科技创新主要指标实现稳步增长，创新型城市建设迈出坚实步伐。',
    '数据显示，去年全市高新技术企业总数达到2215家，比上年净增386家，增量居全省第2位。',
    '阅读原文',
    '阅读 1.2万',
    '精选留言',
    '某某网友 · 1天前',
    '希望技术合同成交额早日突破400亿元 赞 12',
  ].join('\n');

  it("ends before its reading count and comments, whose numbers are no figures of the article's", () => {
    const text = cleaned(page).text;
    expect(text).toContain('比上年净增386家');
    expect(text).not.toMatch(/阅读|400亿元/u);
  });
});

describe('a table of figures with its columns spaced', () => {
  it('is no PDF: its spaces are kept, for the reader of tables', () => {
    const plan = [
      '某区“十四五”科技创新规划',
      '“十三五”时期，全区科技创新能力显著增强，研发投入强度达到3.1%，高新技术企业达到512家，创新生态持续优化。',
      '表1 主要指标',
      '指标  单位  2020年  2025年  属性',
      '全社会研发经费投入强度  %  3.1  3.8  预期性',
      '高新技术企业数量  家  512  1000  预期性',
      '科技型中小企业数量  家  800  1500  预期性',
      '技术合同成交额  亿元  52.8  106  预期性',
    ].join('\n');
    expect(guessRecipe(plan).pdf).toBe(false);
    expect(cleaned(plan).text).toContain('高新技术企业数量  家  512  1000  预期性');
  });
});
