import { describe, expect, it } from 'vitest';
import { citeDocument, citeFact } from '../../src/cite/citation.js';
import { exportFact } from '../../src/cite/exportShape.js';
import { factsTable } from '../../src/cite/table.js';
import { bundledDataset, csvFields as fields } from '../helpers.js';

const d = bundledDataset();
const fact = (id: string) => d.factById.get(id)!;

describe('citing a fact', () => {
  it('as a sentence with place, metric, value, kind and year, quote and source', () => {
    expect(citeFact(d, fact('nanning-2024-hitech-count'), 'sentence')).toBe(
      'Nanning, number of high-tech enterprises: 1,729 家 (actual figure for 2024, year inferred), stated as “高新技術企業1729家” in 《廣西系列主題新聞發布會第三十場：南寧市創新驅動發展成效》; publisher: Guangxi themed press conference series (report by He Ning); dated 2024-10-31.',
    );
  });

  it('in Chinese and in the display script, the quote and the title as written', () => {
    const simplified = (s: string) => s.replace(/廣西/gu, '广西').replace(/高新技術企業/gu, '高新技术企业');
    const zh = citeFact(d, fact('nanning-2024-hitech-count'), 'sentence', { lang: 'zh', script: 'simplified', zh: simplified });
    expect(
      zh.startsWith(
        '南宁市，高新技术企业数量：1,729 家（2024年实际值，年份为推断），原文“高新技術企業1729家”（简体：“高新技术企业1729家”），见《廣西系列',
      ),
    ).toBe(true);
    // The title as the document writes it, then as the display script writes it.
    expect(zh).toMatch(/见《廣西系列[^》]*》（简体：《广西系列[^》]*》）/u);
  });

  it('as Markdown: the quote as a block, then the figure and its source', () => {
    const md = citeFact(d, fact('nanning-2023-hitech-count'), 'md').split('\n');
    expect(md[0]).toBe('> 高新技术企业数量达1800家');
    expect(md[1]).toBe('');
    expect(md[2]).toContain('**1,800 家** (target for 2023), in 《南宁市落实科技强桂行动实施方案》, section “Overall goals”;');
    expect(md[2]).toContain('; date not stated in the text.');
    expect(md).toHaveLength(3);
  });

  it('as JSON, exactly as exported', () => {
    const f = fact('guangxi-2022-kechuangdai-borrowers');
    expect(JSON.parse(citeFact(d, f, 'json'))).toEqual(exportFact(d, f));
    expect(exportFact(d, f)).toMatchObject({ seed: '004_b52b74282f10c265.txt', place: 'guangxi', place_code: '450000' });
  });

  it('as a CSV row, quoting commas and quotes', () => {
    const [header, row] = citeFact(d, fact('guangxi-2022-kechuangdai-borrowers'), 'csv').split('\r\n');
    const names = fields(header!);
    const values = fields(row!);
    expect(values).toHaveLength(names.length);
    expect(values[names.indexOf('metric_en')]).toBe('"Kechuangdai" borrowers');
    expect(row).toContain('"""Kechuangdai"" borrowers"');
    const commas = fields(citeFact(d, fact('yangzhou-2023-hitech-count'), 'csv').split('\r\n')[1]!);
    expect(commas[names.indexOf('quote')]).toBe('高新技術企業獲批799家,總數突破2000家');
  });
});

describe('citing a document', () => {
  it('a document by title, publisher, number and date; its seed only in JSON and CSV', () => {
    const doc = d.documentById.get('guangxi-reply-2023')!;
    const text = citeDocument(doc, 'sentence');
    expect(text).toContain('《自治區科技廳關于對自治區政協');
    expect(text).toContain('dated 2023-08-24');
    expect(text).toContain('publisher: Guangxi Zhuang Autonomous Region Department of Science and Technology');
    expect(text).toContain('number: 第20230456號提案');
    expect(text).not.toContain('004_b52b74282f10c265.txt');
    expect(citeDocument(doc, 'csv')).toContain('004_b52b74282f10c265.txt');
  });
});

describe('a table of figures', () => {
  it('marks a year the text implies, as the lists do, with a legend below the table', () => {
    const md = factsTable(d, [fact('nanning-2024-hitech-count'), fact('nanning-2023-hitech-count')], 'md');
    expect(md).toContain('| 1,729 家 | 2024* |');
    expect(md).toContain('| 1,800 家 | 2023 |');
    expect(md.trimEnd().split('\n').at(-1)).toBe('\\* year inferred: the text implies the year but does not state it.');
    expect(factsTable(d, [fact('nanning-2023-hitech-count')], 'md')).not.toContain('year inferred');
  });

  it('says the text states no date, in the table language', () => {
    const f = [fact('nanning-2023-hitech-count')];
    expect(factsTable(d, f, 'md')).toContain('| 南宁市落实科技强桂行动实施方案, date not stated in the text, § 总体目标 |');
    expect(factsTable(d, f, 'md', { lang: 'zh', script: 'original', zh: (t) => t })).toContain(
      '| 南宁市落实科技强桂行动实施方案, 文中未注明日期, § 总体目标 |',
    );
  });
});
