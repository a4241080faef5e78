import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addIndicators, proposedIndicator, Writes } from '../../src/ingest/folder.js';
import { vocabularyOf } from '../../src/ingest/figures/vocabulary.js';
import { BUNDLED_DATA } from '../../src/paths.js';
import { runCli, temporaryFolder } from '../helpers.js';

const TEXT = '泰州市2024年科技工作总结\n\n2024年，全市研发投入强度达到3.1%，独角兽企业3家，登记技术合同2100项，高新技术企业2400家。\n';

function ingest(text: string, name = 'taizhou.txt') {
  const dir = temporaryFolder();
  const into = temporaryFolder();
  const file = join(dir, name);
  writeFileSync(file, text);
  return { into, file, ...runCli(['ingest', file, '--into', into, '--place', '泰州市', '--date', '2025-01-10']) };
}

const indicatorsOf = (into: string) =>
  parse(readFileSync(join(into, 'indicators.yaml'), 'utf8')) as { id: string; status?: string; family?: string }[];
const figuresOf = (into: string) => {
  const doc = parse(readFileSync(join(into, 'documents', 'taizhou-jiangsu-bureau-summary-2025.yaml'), 'utf8'));
  return (doc.facts as { value: number; indicator: string | null; measure: string }[]).map((f) => [f.value, f.indicator, f.measure]);
};

describe('a figure that means an indicator the folder lacks', () => {
  it('is proposed with the catalogue’s indicator, added to indicators.yaml marked as proposed, and the folder validates', () => {
    const { into, code, err } = ingest(TEXT);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(figuresOf(into)).toEqual([
      [3.1, 'rnd-intensity', 'share'],
      [3, 'unicorn-enterprises', 'stock'],
      [2100, 'tech-contract-count', 'stock'],
      [2400, 'high-tech-enterprises', 'stock'],
    ]);
    const added = indicatorsOf(into).filter((i) => i.status === 'proposed');
    expect(added.map((i) => i.id)).toEqual(['tech-contract-count', 'unicorn-enterprises']);
    // Its family comes with it, the folder's list having the indicator heading it.
    expect(added[0]).toMatchObject({ family: 'tech-contract-turnover' });
    expect(runCli(['validate', into])).toMatchObject({ code: 0 });
  });

  it('keeps its family only where the list has the indicator naming it', () => {
    const count = vocabularyOf(temporaryFolder(), join(BUNDLED_DATA, 'indicator-catalogue.yaml')).catalogue!.find(
      (i) => i.id === 'tech-contract-count',
    )!;
    expect(proposedIndicator(count, new Set(), new Set(['tech-contract-turnover'])).family).toBe('tech-contract-turnover');
    expect(proposedIndicator(count, new Set(), new Set(['high-tech-enterprises']))).not.toHaveProperty('family');
  });

  it('is not added twice, and an indicator the list has is never proposed again', () => {
    const { into } = ingest(TEXT);
    const before = readFileSync(join(into, 'indicators.yaml'), 'utf8');
    const again = join(temporaryFolder(), 'taizhou-2.txt');
    writeFileSync(again, TEXT.replace('独角兽企业3家', '独角兽企业4家'));
    expect(runCli(['ingest', again, '--into', into, '--place', '泰州市', '--date', '2025-02-10'])).toMatchObject({ code: 0 });
    expect(readFileSync(join(into, 'indicators.yaml'), 'utf8')).toBe(before);
    expect(indicatorsOf(into).filter((i) => i.id === 'unicorn-enterprises')).toHaveLength(1);
  });

  it('is taken back with the rest of what a text wrote', () => {
    const { into } = ingest(TEXT.replace('独角兽企业3家，', '').replace('登记技术合同2100项，', ''));
    const path = join(into, 'indicators.yaml');
    const before = readFileSync(path, 'utf8');
    const writes = new Writes();
    const unicorn = vocabularyOf(into, join(BUNDLED_DATA, 'indicator-catalogue.yaml')).catalogue!.find(
      (i) => i.id === 'unicorn-enterprises',
    )!;
    addIndicators(into, [proposedIndicator(unicorn, new Set(['enterprises']))], writes);
    expect(readFileSync(path, 'utf8')).toMatch(/^- id: unicorn-enterprises\n {2}status: proposed\n/mu);
    expect(writes.undo()).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
