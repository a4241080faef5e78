import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factsTable, figuresTable } from '../../src/cite/table.js';
import { formatOfPath, FormatNotYet, saveTable } from '../../src/ui/copy/save.js';
import { resolvedPath, whyNotSaved } from '../../src/ui/copy/saving.js';
import { bundledDataset } from '../helpers.js';

/** The save key's writer, which stands in for src/tables/file.ts's until that is merged. */
const dataset = bundledDataset();
const facts = dataset.facts.slice(0, 5);
let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'pe-savefile-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('saving a table to a file', () => {
  it('writes CSV with a byte-order mark, the other formats as their text, never over a file unless asked', async () => {
    const path = join(folder, 'f.csv');
    expect(await saveTable(figuresTable(dataset, facts), path, 'csv', { replace: false })).toBe('saved');
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${factsTable(dataset, facts, 'csv')}`);
    expect(await saveTable(figuresTable(dataset, facts.slice(0, 1)), path, 'csv', { replace: false })).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${factsTable(dataset, facts, 'csv')}`);
    expect(await saveTable(figuresTable(dataset, facts.slice(0, 1)), path, 'csv', { replace: true })).toBe('saved');
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${factsTable(dataset, facts.slice(0, 1), 'csv')}`);
    for (const format of ['tsv', 'md', 'json'] as const) {
      await saveTable(figuresTable(dataset, facts), join(folder, `f.${format}`), format, { replace: false });
      expect(readFileSync(join(folder, `f.${format}`), 'utf8')).toBe(factsTable(dataset, facts, format));
    }
    // Nothing half-written is left beside them.
    expect(readdirSync(folder).sort()).toEqual(['f.csv', 'f.json', 'f.md', 'f.tsv']);
  });

  it('refuses xlsx for now, and says why a file could not be written in words', async () => {
    await expect(saveTable(figuresTable(dataset, facts), join(folder, 'f.xlsx'), 'xlsx', { replace: false })).rejects.toBeInstanceOf(
      FormatNotYet,
    );
    const missing = await saveTable(figuresTable(dataset, facts), join(folder, 'no', 'f.csv'), 'csv', { replace: false }).catch(
      (e: unknown) => e,
    );
    expect(whyNotSaved(missing, 'en')).toBe('no such folder');
    expect(whyNotSaved(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'zh')).toBe('磁盘已满');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reads the format from the extension, and a name from the current folder or ~', () => {
    expect(formatOfPath('a/b.CSV')).toBe('csv');
    expect(formatOfPath('b.markdown')).toBe('md');
    expect(formatOfPath('b.xlsx')).toBe('xlsx');
    expect(formatOfPath('b.txt')).toBeNull();
    expect(formatOfPath('csv')).toBeNull();
    expect(formatOfPath('dir.csv/b')).toBeNull();
    expect(resolvedPath('b.csv', '/work', '/home/me')).toBe('/work/b.csv');
    expect(resolvedPath('~/b.csv', '/work', '/home/me')).toBe('/home/me/b.csv');
    expect(resolvedPath('/tmp/b.csv', '/work', '/home/me')).toBe('/tmp/b.csv');
  });
});
