import { describe, expect, it } from 'vitest';
import { placeOf, readMetadata, scriptOf } from '../../src/ingest/meta.js';
import { bundledDataset, readSeed, SEEDS } from '../helpers.js';

const places = bundledDataset().places;

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

  it('finds a known place by id or name, and proposes a new one with its level and parent', () => {
    expect(placeOf('nanning', places)).toEqual({ known: places.find((p) => p.id === 'nanning') });
    expect(placeOf('南寧市', places)).toMatchObject({ known: { id: 'nanning' } });
    expect(placeOf('陕西省', places)).toEqual({ proposed: { id: 'shanxi', level: 'province', name: '陕西省' } });
    expect(placeOf('江苏省苏州市', places)).toEqual({
      proposed: { id: 'suzhou', level: 'city', parent: 'jiangsu', name: '江苏省苏州市' },
    });
    expect(placeOf('西安市', places, 'xian')).toMatchObject({ proposed: { id: 'xian', level: 'city' } });
    expect(placeOf('shaanxi', places)).toMatchObject({ problem: expect.stringMatching(/no place "shaanxi"/u) });
    expect(placeOf('南宁', places)).toMatchObject({ known: { id: 'nanning' } });
  });
});
