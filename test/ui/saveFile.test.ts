import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figuresTable } from '../../src/cite/table.js';
import { formatOfPath, saveTable } from '../../src/tables/file.js';
import { resolvedPath, whyNotSaved } from '../../src/ui/copy/saving.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();
const facts = dataset.facts.slice(0, 5);
let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'pe-savefile-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('saving a table to a file from the explorer', () => {
  it('says why a file could not be written in words', async () => {
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
