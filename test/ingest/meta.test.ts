import { describe, expect, it } from 'vitest';
import { readMetadata, scriptOf } from '../../src/ingest/meta.js';
import { bundledDataset, readSeed, SEEDS } from '../helpers.js';

describe('what a raw text says about itself', () => {
  it('tells the script of each seed as its document records it', () => {
    const documents = bundledDataset().documents;
    for (const seed of SEEDS) {
      const doc = documents.find((d) => d.seed === seed)!;
      expect(scriptOf(readSeed(seed)), seed).toBe(doc.script);
    }
  });

  it('reads a dateline or a signature date, but not a year alone or a date inside a sentence', () => {
    const dateOf = (lines: string[]) => readMetadata(lines, lines.join('\n')).date;
    expect(dateOf(['南宁市良庆区', '2022-03-01 10:28:55来源:南宁日报', '正文'])).toBe('2022-03-01');
    expect(dateOf(['答复', '正文', '广西壮族自治区科学技术厅', '2023年8月24日'])).toBe('2023-08-24');
    expect(dateOf(['发布时间：2024年10月'])).toBe('2024-10');
    expect(dateOf(['2024年全市高新技术企业达到2500家，比上年增长百分之十二，2024年3月5日全市召开了大会并作出部署'])).toBeUndefined();
    expect(dateOf(['2024年'])).toBeUndefined();
    expect(dateOf(['2024年13月1日'])).toBeUndefined();
  });
});
