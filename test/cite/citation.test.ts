import { describe, expect, it } from 'vitest';
import { citeDocument, citeFact } from '../../src/cite/citation.js';
import { exportFact } from '../../src/cite/exportShape.js';
import { bundledDataset } from '../helpers.js';

const d = bundledDataset();
const fact = (id: string) => d.factById.get(id)!;

/** Reads one RFC 4180 record (quoted fields may hold commas and doubled quotes). */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/guy;
  for (let m = re.exec(line); m && m[0] !== ''; m = re.exec(line)) {
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/gu, '"') : m[1]!);
    if (m[2] === '') break;
  }
  return out;
}

describe('citing a fact', () => {
  it('as one plain line with place, metric, value, year, kind, quote and source', () => {
    expect(citeFact(d, fact('nanning-2024-hitech-count'), 'text')).toBe(
      '南宁市 · 高新技术企业数量: 1,729 家 (2024, reported) — “高新技術企業1729家” — 廣西系列主題新聞發布會第三十場：南寧市創新驅動發展成效, 2024-10-31 [seed 000_460f0e1b014ac56f.txt]',
    );
  });

  it('in the interface language and display script', () => {
    const traditional = (s: string) => s.replace(/南宁市/gu, '南寧市').replace(/高新技术企业数量/gu, '高新技術企業數量');
    const zh = citeFact(d, fact('nanning-2024-hitech-count'), 'text', { lang: 'zh', zh: traditional });
    expect(zh.startsWith('南寧市 · 高新技術企業數量: 1,729 家 (2024, 实绩)')).toBe(true);
  });

  it('as Markdown: the quote as a block, then the source line', () => {
    const md = citeFact(d, fact('nanning-2023-hitech-count'), 'md').split('\n');
    expect(md[0]).toBe('> 高新技术企业数量达1800家');
    expect(md[1]).toBe('');
    expect(md[2]).toContain('**1,800 家** (2023, target)');
    expect(md[2]).toContain('南宁市落实科技强桂行动实施方案, undated [seed 003_10172597df91bc87.txt]');
  });

  it('as JSON, exactly as exported', () => {
    const f = fact('guangxi-2022-kechuangdai-borrowers');
    expect(JSON.parse(citeFact(d, f, 'json'))).toEqual(exportFact(f, '004_b52b74282f10c265.txt'));
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
  it('a document by title, date, publisher and source', () => {
    const text = citeDocument(d.documentById.get('guangxi-reply-2023')!, 'text');
    expect(text).toContain('自治區科技廳關于對自治區政協');
    expect(text).toContain('2023-08-24');
    expect(text).toContain('Guangxi Zhuang Autonomous Region Department of Science and Technology');
    expect(text).toContain('[seed 004_b52b74282f10c265.txt]');
  });
});
