import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresTable } from '../../src/cite/table.js';
import { FILE_FORMATS, formatOfPath, saveTable } from '../../src/tables/file.js';
import type { Table } from '../../src/tables/table.js';
import { tableText } from '../../src/tables/write.js';
import { bundledDataset, temporaryFolder } from '../helpers.js';
import { readXlsx } from './readXlsx.js';

interface Row {
  place: string;
  value: number | null;
  strive: boolean;
  quote: string;
  document: string;
}

const ROWS: Row[] = [
  { place: '南宁市', value: 1729, strive: true, quote: '高新技术企业达到1729家', document: 'nanning-plan' },
  { place: '柳州市', value: -3.5, strive: false, quote: '=HYPERLINK("http://x","y")', document: 'liuzhou-report' },
  { place: '+桂林', value: null, strive: false, quote: '@SUM(A1)', document: 'nanning-plan' },
];

function table(rows: Iterable<Row> = ROWS): Table<Row> {
  return {
    name: 'figures',
    columns: [
      { name: 'place', kind: 'text', value: (r) => r.place },
      { name: 'value', kind: 'number', value: (r) => r.value },
      { name: 'strive', kind: 'boolean', value: (r) => r.strive },
      { name: 'quote', kind: 'text', value: (r) => r.quote },
    ],
    prose: { header: ['地区', '数值', '争取', '原文'], row: (r) => [r.place, r.value, r.strive ? '是' : '', r.quote] },
    rows,
    documentsOf: (r) => [r.document],
    source: (document) => ({
      document,
      title: `${document}《方案》`,
      publisher: '人民政府',
      date: '2023-01-01',
      number: null,
      url: null,
      seed: `${document}.txt`,
    }),
  };
}

describe('the format a file name asks for', () => {
  it('goes by the extension, in any case', () => {
    expect(formatOfPath('out.csv')).toBe('csv');
    expect(formatOfPath('/a/b/OUT.CSV')).toBe('csv');
    expect(formatOfPath('x.tsv')).toBe('tsv');
    expect(formatOfPath('x.tab')).toBe('tsv');
    expect(formatOfPath('x.md')).toBe('md');
    expect(formatOfPath('x.Markdown')).toBe('md');
    expect(formatOfPath('x.json')).toBe('json');
    expect(formatOfPath('x.xlsx')).toBe('xlsx');
    expect(FILE_FORMATS).toEqual(['csv', 'tsv', 'md', 'json', 'xlsx']);
  });
  it('is none for another extension or none at all', () => {
    expect(formatOfPath('x.txt')).toBeNull();
    expect(formatOfPath('x.xls')).toBeNull();
    expect(formatOfPath('csv')).toBeNull();
    expect(formatOfPath('.csv')).toBeNull();
  });
});

describe('a table saved to a file', () => {
  it.each(['csv', 'tsv'] as const)('as %s begins with a byte-order mark, then the text the table writes', async (format) => {
    const path = join(temporaryFolder(), `out.${format}`);
    expect(await saveTable(table(), path, format)).toBe('saved');
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${[...tableText(table(), format)].join('')}`);
  });

  it.each(['md', 'json'] as const)('as %s has no mark', async (format) => {
    const path = join(temporaryFolder(), `out.${format}`);
    await saveTable(table(), path, format);
    expect(readFileSync(path, 'utf8')).toBe([...tableText(table(), format)].join(''));
  });

  it('does not replace a file unless asked to', async () => {
    const dir = temporaryFolder();
    const path = join(dir, 'out.csv');
    writeFileSync(path, 'mine');
    expect(await saveTable(table(), path, 'csv')).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('mine');
    expect(await saveTable(table(), path, 'csv', { replace: true })).toBe('saved');
    expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFplace,value/u);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('leaves nothing when the rows fail midway', async () => {
    const dir = temporaryFolder();
    function* rows(): Generator<Row> {
      yield ROWS[0]!;
      throw new Error('the rows broke');
    }
    for (const format of FILE_FORMATS) {
      await expect(saveTable(table(rows()), join(dir, `out.${format}`), format)).rejects.toThrow('the rows broke');
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a table saved as a workbook, read back without exceljs', () => {
  it('has the columns as a header, numbers as numbers, yes/no as booleans, text as text', async () => {
    const path = join(temporaryFolder(), 'out.xlsx');
    expect(await saveTable(table(), path, 'xlsx')).toBe('saved');
    const [rows, sources] = readXlsx(readFileSync(path)).sheets;
    expect(rows!.name).toBe('figures');
    expect(rows!.rows[0]!.map((c) => [c.type, c.value])).toEqual(['place', 'value', 'strive', 'quote'].map((v) => ['inlineStr', v]));
    expect(rows!.rows[1]!.map((c) => [c.type, c.value])).toEqual([
      ['inlineStr', '南宁市'],
      ['n', '1729'],
      ['b', '1'],
      ['inlineStr', '高新技术企业达到1729家'],
    ]);
    expect(rows!.rows[2]!.map((c) => [c.type, c.value])).toEqual([
      ['inlineStr', '柳州市'],
      ['n', '-3.5'],
      ['b', '0'],
      ['inlineStr', '=HYPERLINK("http://x","y")'],
    ]);
    // A cell that starts like a formula is a string as written, with no formula and no guarding quote.
    expect(rows!.rows.flat().some((c) => c.formula !== undefined)).toBe(false);
    expect(rows!.rows[3]!.filter((c) => c.value !== '').map((c) => [c.type, c.value])).toEqual([
      ['inlineStr', '+桂林'],
      ['b', '0'],
      ['inlineStr', '@SUM(A1)'],
    ]);
    expect(sources!.name).toBe('sources');
    expect(sources!.rows.map((r) => r[0]!.value)).toEqual(['document', 'nanning-plan', 'liuzhou-report']);
    expect(sources!.rows[1]!.map((c) => c.value).slice(0, 4)).toEqual(['nanning-plan', 'nanning-plan《方案》', '人民政府', '2023-01-01']);
  });

  it('holds every figure of the bundled data, its quote intact', async () => {
    const dataset = bundledDataset();
    const path = join(temporaryFolder(), 'figures.xlsx');
    await saveTable(figuresTable(dataset, dataset.facts), path, 'xlsx');
    const [rows, sources] = readXlsx(readFileSync(path)).sheets;
    const header = rows!.rows[0]!.map((c) => c.value);
    const quote = header.indexOf('quote');
    const value = header.indexOf('value');
    expect(rows!.rows).toHaveLength(dataset.facts.length + 1);
    expect(rows!.rows.slice(1).map((r) => r[quote]!.value)).toEqual(dataset.facts.map((f) => f.quote));
    const numbered = dataset.facts.findIndex((f) => f.value !== null);
    expect(rows!.rows[numbered + 1]![value]).toEqual({ type: 'n', value: String(dataset.facts[numbered]!.value) });
    expect(sources!.rows.length - 1).toBe(new Set(dataset.facts.map((f) => f.document)).size);
  });
});
