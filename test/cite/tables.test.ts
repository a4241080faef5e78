import { describe, expect, it } from 'vitest';
import { compareTable } from '../../src/cite/compareTable.js';
import { progressTable } from '../../src/cite/progressTable.js';
import { figuresTable } from '../../src/cite/table.js';
import type { CiteStyle } from '../../src/cite/words.js';
import type { Table } from '../../src/tables/table.js';
import { tableText } from '../../src/tables/write.js';
import { formatValue } from '../../src/model/figureText.js';
import { exportFact } from '../../src/tables/figure.js';
import { inScript } from '../../src/model/script.js';
import { bundledDataset } from '../helpers.js';

const d = bundledDataset();
const ZH: CiteStyle = { lang: 'zh', script: 'original', zh: (t) => t };
const markdown = <R>(table: Table<R>) => [...tableText(table, 'md')].join('');
const targets = d.facts.filter((f) => f.kind === 'target' && f.place === 'nanning');

describe('the tables a reader reads', () => {
  it('give a figure the same provenance in a list, a comparison and the progress of targets', () => {
    const fact = d.factById.get('nanning-2023-hitech-count')!;
    const cells = [
      '南宁市 (450100)',
      'high-tech enterprises · stock',
      '高新技术企业数量',
      '南宁市落实科技强桂行动实施方案, date not stated in the text, § 总体目标',
      '“高新技术企业数量达1800家”',
    ];
    const list = markdown(figuresTable(d, [fact]));
    const comparison = markdown(compareTable(d, 'high-tech-enterprises')!);
    const progress = markdown(progressTable(d, [fact]));
    for (const text of [list, comparison, progress]) for (const cell of cells) expect(text).toContain(`| ${cell} |`);
  });

  it('are written in the reader’s language: headers, marks and sources', () => {
    const comparison = markdown(compareTable(d, 'high-tech-enterprises', ZH)!);
    expect(comparison).toContain('| 地区 | 指标 | 原文指标 | 数值 | 年份 | 类型 | 状态 | 进展 | 出处 | 原文 |');
    expect(comparison).toContain('\\* 年份为推断：原文未写明年份。');
    expect(comparison).toContain('\n出处：\n- ');
    expect(comparison).not.toContain('year inferred');
    const progress = markdown(progressTable(d, targets, ZH));
    expect(progress.split('\n')[0]).toBe(
      '| 进展 | 地区 | 指标 | 原文指标 | 年份 | 目标 | 状态 | 实际值 | 完成比例 | 差距 | 进度 | 基数 | 出处 | 原文 |',
    );
  });

  it('quote a target’s report and baseline beside it, as well as the target', () => {
    const progress = markdown(progressTable(d, targets));
    const row = progress.split('\n').find((line) => line.includes('“高新技术企业数量达1800家”'))!;
    expect(row).toContain('1,729 家 (2024*), ');
    expect(row).toMatch(/“[^”]*1729家[^”]*”/u);
  });

  it('keep every figure’s unit and every name of a document as written, under any display script', () => {
    const simplified: CiteStyle = { lang: 'zh', script: 'simplified', zh: (t) => inScript(t, 'simplified') };
    const traditional: CiteStyle = { lang: 'zh', script: 'traditional', zh: (t) => inScript(t, 'traditional') };
    const written = d.facts.filter((f) => /[億萬]/u.test(f.unit));
    const simple = d.facts.filter((f) => /[亿万]/u.test(f.unit));
    expect(written.length).toBeGreaterThan(0);
    expect(simple.length).toBeGreaterThan(0);
    const asSimplified = markdown(figuresTable(d, written, simplified));
    for (const f of written) expect(asSimplified).toContain(`| ${formatValue(f)} |`);
    const asTraditional = markdown(figuresTable(d, simple, traditional));
    for (const f of simple) expect(asTraditional).toContain(`| ${formatValue(f)} |`);
    // A publisher's name, as the document gives it, in the sources below a comparison.
    const doc = d.documents.find((x) => inScript(x.publisher.zh, 'simplified') !== x.publisher.zh)!;
    const indicator = d.facts.find((f) => f.document === doc.id && f.indicator !== null)!.indicator!;
    expect(markdown(compareTable(d, indicator, simplified)!)).toContain(`- ${doc.publisher.zh}, 《${doc.title.zh}》`);
  });

  it('say a target’s progress and gap in the reader’s language', () => {
    const progress = markdown(progressTable(d, targets, ZH));
    expect(progress).toContain('| ✗ 未达成 |');
    expect(progress).toContain('| 尚差 71 家 |');
    expect(progress).not.toMatch(/no-report|to go/u);
  });

  it('as JSON, are the export contract’s records: lists as lists, numbers as numbers', () => {
    const facts = d.facts.filter((f) => f.tags.length > 1).slice(0, 3);
    const rows = JSON.parse([...tableText(figuresTable(d, facts), 'json')].join('')) as Record<string, unknown>[];
    expect(rows).toEqual(facts.map((f) => exportFact(d, f)));
    expect(Array.isArray(rows[0]!.tags)).toBe(true);
  });
});
