import { describe, expect, it } from 'vitest';
import { cleanSeed } from '../../src/model/clean.js';
import { RecipeSchema, type Recipe } from '../../src/model/schema.js';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

const recipe = (r: Partial<Recipe> = {}): Recipe => RecipeSchema.parse(r);

const PAGE = ['首页 | 新闻 | 登录', '标题行', '2024-01-02 来源:本网', '正文第一段。', '分享到:', '正文第二段。', '版权所有'].join('\n');

describe('cleaning by a recipe', () => {
  it('keeps the lines from start to end, less the dropped ones, each with its line in the seed', () => {
    const clean = cleanSeed(PAGE, recipe({ start: '标题', end: '正文第二段', drop: ['2024-01-02', '分享到'] }));
    expect(clean).toEqual({
      text: '标题行\n正文第一段。\n正文第二段。',
      lines: [
        { line: 2, text: '标题行' },
        { line: 4, text: '正文第一段。' },
        { line: 6, text: '正文第二段。' },
      ],
    });
  });
  it('without start and end keeps every line that is not blank', () => {
    expect(cleanSeed('\uFEFF  一\r\n\r\n二\r', recipe())).toMatchObject({ text: '一\n二' });
  });
  it('applies each repair once, after the generic steps', () => {
    const r = recipe({ repairs: [{ garbled: '建設?記者', repaired: '建設？記者', why: 'a question mark lost a byte' }] });
    expect(cleanSeed('如何推進創(chuàng)新建設?記者獲悉', r)).toMatchObject({ text: '如何推進創新建設？記者獲悉' });
  });
  it('turns the PDF breaks back into paragraphs when pdf is set', () => {
    const long = `${'这'.repeat(80)}`;
    expect(cleanSeed(`${long}\n继续 1.94 %`, recipe({ pdf: true }))).toMatchObject({ text: `${long}继续1.94%` });
    expect(cleanSeed(`${long}\n继续`, recipe())).toMatchObject({ text: `${long}\n继续` });
  });
});

describe('a recipe that does not fit its seed is a problem, never a throw', () => {
  const problems = (r: Partial<Recipe>) => {
    const clean = cleanSeed(PAGE, recipe(r));
    return 'problems' in clean ? clean.problems : [];
  };
  it('a start no line begins with', () => {
    expect(problems({ start: '没有' })).toEqual([
      { path: ['recipe', 'start'], message: 'recipe.start: no line of the seed starts with "没有"' },
    ]);
  });
  it('an end no line begins with, or only a line before the start', () => {
    expect(problems({ end: '没有' })).toEqual([{ path: ['recipe', 'end'], message: 'recipe.end: no line of the seed starts with "没有"' }]);
    expect(problems({ start: '正文第一段', end: '标题' })).toEqual([
      { path: ['recipe', 'end'], message: 'recipe.end: no line after the start (line 4) starts with "标题"' },
    ]);
  });
  it('a repair that matches no span, or more than one', () => {
    const why = 'test';
    expect(
      problems({
        repairs: [
          { garbled: '正文', repaired: 'x', why },
          { garbled: '无此', repaired: 'y', why },
        ],
      }),
    ).toEqual([
      {
        path: ['recipe', 'repairs', 0, 'garbled'],
        message: 'recipe.repairs[0].garbled: "正文" is in the text 2 times (a repair must match exactly once)',
      },
      {
        path: ['recipe', 'repairs', 1, 'garbled'],
        message: 'recipe.repairs[1].garbled: "无此" is not in the text (a repair must match exactly once)',
      },
    ]);
  });
  it('a dropped line that is not in the article', () => {
    expect(problems({ start: '标题', drop: ['版权'] })).toHaveLength(0);
    expect(problems({ start: '标题', end: '正文第二段', drop: ['版权'] })).toEqual([
      { path: ['recipe', 'drop', 0], message: 'recipe.drop[0]: no line of the article starts with "版权"' },
    ]);
  });
});

describe('the dataset places a recipe problem at the recipe', () => {
  const REPLY = 'documents/guangxi-reply-2023.yaml';
  const only = (copy: DatasetCopy): Problem => {
    const result = copy.load();
    const problems = result.ok ? [] : result.problems;
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    return problems[0]!;
  };
  it('a start that is not in the seed', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(REPLY, "start: '自治區科技廳", "start: '自治區科學廳");
    expect(only(copy)).toMatchObject({ file: expect.stringMatching(/guangxi-reply-2023\.yaml$/u), line, col: 10 });
    expect(only(copy).message).toMatch(/^recipe\.start: no line of the seed starts with "自治區科學廳/u);
  });
  it('a repair that no longer matches', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(REPLY, "garbled: '“4?27”'", "garbled: '“4?28”'");
    expect(only(copy)).toMatchObject({
      line,
      col: 16,
      message: expect.stringMatching(/^recipe\.repairs\[0\]\.garbled: "“4\?28”" is not in the text/u),
    });
  });
  it('a key a recipe does not take', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(REPLY, "  end: '2023年8月24日'", "  end: '2023年8月24日'\n  stop: x") + 1;
    expect(only(copy)).toMatchObject({ line, message: 'recipe.stop: unknown key "stop"' });
  });
});

describe('a document of a seed of its own', () => {
  const SEED = [
    '首页 | 新闻 | 登录',
    '某某区2024年科技工作报告',
    '2024-12-30 10:00 来源:某某区科技局',
    '全区高新技术企业达 350 家,同比增长１２．５％。',
    '版权所有',
  ].join('\r\n');
  const DOCUMENT = `id: someplace-report-2024
seed: 900_own.txt
recipe:
  start: 某某区2024年
  end: 全区高新技术企业
  drop: ['2024-12-30 10:00']
title: { zh: 某某区2024年科技工作报告, en: Some district's 2024 report on science and technology }
publisher: { zh: 某某区科技局, en: Some district science bureau }
date: "2024-12-30"
place: nanning
kind: news-report
script: simplified
facts:
  - id: someplace-2024-hitech
    kind: reported
    year: 2024
    metric: { zh: 高新技术企业数量, en: high-tech enterprises }
    indicator: high-tech-enterprises
    measure: stock
    value: 350
    unit: 家
    qualifier: exact
    tags: [enterprises]
    quote: 全区高新技术企业达350家,同比增长12.5%
`;
  it('loads, cleaned by the generic steps and its recipe', () => {
    const copy = new DatasetCopy({ seeds: true });
    copy.write('seeds/900_own.txt', SEED);
    copy.write('documents/someplace-report-2024.yaml', DOCUMENT);
    const result = copy.load();
    expect(result.ok ? [] : result.problems).toEqual([]);
    const doc = result.ok ? result.dataset.documentById.get('someplace-report-2024') : undefined;
    expect(doc?.text).toBe('某某区2024年科技工作报告\n全区高新技术企业达350家,同比增长12.5%。');
  });
});
