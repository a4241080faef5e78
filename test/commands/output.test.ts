import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFields, runCli, runCliAsync, temporaryFolder } from '../helpers.js';
import { readXlsx } from '../tables/readXlsx.js';

const isRoot = process.getuid?.() === 0;

describe('export --output', () => {
  it('writes CSV to a file beginning with a byte-order mark, the same rows as stdout, and prints nothing', async () => {
    const dir = temporaryFolder();
    const path = join(dir, 'x.csv');
    const written = await runCliAsync(['export', '--format', 'csv', '--output', path]);
    expect(written).toMatchObject({ code: 0, out: '' });
    const stdout = runCli(['export', '--format', 'csv']);
    const rows = stdout.out.trimEnd().split('\r\n').length - 1;
    expect(written.err).toBe(`wrote ${rows} figures to ${path}\n`);
    const file = readFileSync(path, 'utf8');
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.slice(1)).toBe(stdout.out);
    expect(csvFields(file.slice(1).split('\r\n')[0]!)).toEqual(csvFields(stdout.out.split('\r\n')[0]!));
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  it('takes the format from the extension, and the filters as stdout does', async () => {
    const dir = temporaryFolder();
    const path = join(dir, 'targets.CSV');
    expect((await runCliAsync(['export', '-o', path, '--kind', 'target'])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${runCli(['export', '--format', 'csv', '--kind', 'target']).out}`);
    const json = join(dir, 'all.json');
    expect(await runCliAsync(['export', '-o', json])).toMatchObject({
      code: 0,
      out: '',
      err: expect.stringMatching(/^wrote the dataset \(\d+ figures\) to /u),
    });
    expect(readFileSync(json, 'utf8')).toBe(runCli(['export']).out);
    const yaml = join(dir, 'all.yml');
    expect((await runCliAsync(['export', '-o', yaml])).code).toBe(0);
    expect(readFileSync(yaml, 'utf8')).toBe(runCli(['export', '--format', 'yaml']).out);
  });

  it('refuses a name whose format it cannot tell, writing nothing', async () => {
    const dir = temporaryFolder();
    const result = await runCliAsync(['export', '-o', join(dir, 'x.txt')]);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(
      /^policy-explorer: cannot tell the format of x\.txt from its name: add --format json\|csv\|yaml\|tsv\|md\|xlsx/u,
    );
    const yaml = await runCliAsync(['compare', 'high-tech', '-o', join(dir, 'x.yaml')]);
    expect(yaml).toMatchObject({ code: 2, out: '' });
    expect(yaml.err).toMatch(/^policy-explorer: x\.yaml names yaml, which this command does not write: add --format/u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces a file that is there whole, keeping its mode', async () => {
    const dir = temporaryFolder();
    const path = join(dir, 'x.csv');
    writeFileSync(path, 'an older export, longer than nothing\n'.repeat(5000));
    chmodSync(path, 0o640);
    expect((await runCliAsync(['export', '--format', 'csv', '-o', path])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${runCli(['export', '--format', 'csv']).out}`);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  it('says plainly why a folder cannot be written to, exits 1, and leaves no temporary file', async () => {
    const dir = temporaryFolder();
    for (const format of ['csv', 'json', 'xlsx']) {
      const missing = join(dir, 'missing', `x.${format}`);
      const result = await runCliAsync(['export', '-o', missing]);
      expect(result).toMatchObject({ code: 1, out: '' });
      expect(result.err).toBe(`policy-explorer: could not write ${missing}: no such file or directory (ENOENT)\n`);
    }
    const readOnly = join(dir, 'kept.csv');
    writeFileSync(readOnly, 'kept');
    chmodSync(readOnly, 0o444);
    const refused = await runCliAsync(['export', '-o', readOnly]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^policy-explorer: could not write .*kept\.csv: .*is read-only/u);
    expect(refused.err).not.toMatch(/\n\s+at /u);
    expect(readFileSync(readOnly, 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['kept.csv']);
  });

  it.skipIf(isRoot)('says so when the folder denies writing', async () => {
    const dir = temporaryFolder();
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    const result = await runCliAsync(['export', '-o', join(locked, 'x.csv')]);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toMatch(/permission denied \(EACCES\)\n$/u);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('export --format xlsx', () => {
  it('writes a workbook that another reader reads: the Chinese intact, numbers as numbers, a formula-like quote as text, and the sources', async () => {
    const dir = temporaryFolder();
    const path = join(dir, 'x.xlsx');
    const result = await runCliAsync(['export', '--format', 'xlsx', '--output', path]);
    expect(result).toMatchObject({ code: 0, out: '', err: expect.stringMatching(/^wrote \d+ figures to .*x\.xlsx\n$/u) });
    const [facts, sources] = readXlsx(readFileSync(path)).sheets;
    const header = facts!.rows[0]!.map((c) => c.value);
    const csv = runCli(['export', '--format', 'csv']).out.trimEnd().split('\r\n').map(csvFields);
    expect(header).toEqual(csv[0]);
    expect(facts!.rows).toHaveLength(csv.length);
    const at = (name: string) => header.indexOf(name);
    // Every quote as the CSV has it (which guards a formula-like start with a quote mark; the workbook needs none).
    expect(facts!.rows.slice(1).map((r) => r[at('quote')]!.value)).toEqual(
      csv.slice(1).map((r) => r[at('quote')]!.replace(/^'(?=[=+\-@])/u, '')),
    );
    expect(facts!.rows.slice(1).some((r) => /[\u4e00-\u9fff]/u.test(r[at('quote')]!.value))).toBe(true);
    const valued = facts!.rows.slice(1).filter((r) => r[at('value')]!.value !== '');
    expect(valued.length).toBeGreaterThan(0);
    for (const r of valued) expect(r[at('value')]!.type).toBe('n');
    for (const r of facts!.rows.slice(1)) expect(r[at('strive')]!.type).toBe('b');
    for (const r of facts!.rows.slice(1)) expect(r[at('quote')]!.type).toBe('inlineStr');
    expect(facts!.rows.flat().some((c) => c.formula !== undefined)).toBe(false);
    expect(sources!.name).toBe('sources');
    expect(sources!.rows.length).toBeGreaterThan(1);
  });

  it('refuses a terminal as stdout (exit 2), and writes the workbook to a pipe', async () => {
    const refused = await runCliAsync(['export', '--format', 'xlsx'], { isTTY: true });
    expect(refused).toMatchObject({ code: 2, out: '' });
    expect(refused.err).toMatch(/--format xlsx writes a binary file: add --output FILE\.xlsx/u);
    const piped = await runCliAsync(['export', '--format', 'xlsx', '--kind', 'target']);
    expect(piped).toMatchObject({ code: 0, out: '', err: '' });
    expect(piped.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const [facts] = readXlsx(piped.bytes).sheets;
    expect(facts!.rows.length - 1).toBe(runCli(['export', '--format', 'csv', '--kind', 'target']).out.trimEnd().split('\r\n').length - 1);
  });
});

describe('compare and progress --output', () => {
  it('write their tables to files as export does: CSV with its mark, the same rows as stdout, and a workbook', async () => {
    const dir = temporaryFolder();
    const csv = join(dir, 'compare.csv');
    const compared = await runCliAsync(['compare', 'high-tech-enterprises', '-o', csv]);
    expect(compared.code).toBe(0);
    expect(compared.err).toMatch(/^wrote \d+ figures to /u);
    expect(readFileSync(csv, 'utf8')).toBe(`\uFEFF${runCli(['compare', 'high-tech-enterprises', '-f', 'csv']).out}`);

    const md = join(dir, 'progress.md');
    expect((await runCliAsync(['progress', '-o', md, '--place', 'nanning'])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toBe(runCli(['progress', '-f', 'md', '--place', 'nanning']).out);

    const xlsx = join(dir, 'progress.xlsx');
    const workbook = await runCliAsync(['progress', '-o', xlsx]);
    expect(workbook.code).toBe(0);
    const targets = JSON.parse(runCli(['progress', '--json']).out) as { target: { id: string; quote: string } }[];
    const [sheet, sources] = readXlsx(readFileSync(xlsx)).sheets;
    expect(sheet!.name).toBe('progress');
    const header = sheet!.rows[0]!.map((c) => c.value);
    const ids = sheet!.rows.slice(1).map((r) => r[header.indexOf('id')]!.value);
    expect(ids).toEqual(targets.map((t) => t.target.id));
    const year = sheet!.rows[1]![header.indexOf('year')]!;
    expect(year.type).toBe('n');
    expect(sheet!.rows[1]![header.indexOf('quote')]!.value).toBe(targets[0]!.target.quote);
    expect(sources!.name).toBe('sources');
    expect(readdirSync(dir).sort()).toEqual(['compare.csv', 'progress.md', 'progress.xlsx']);
  });

  it('keeps JSON as it is on stdout, and says an unknown id without writing', async () => {
    const dir = temporaryFolder();
    const json = join(dir, 'p.json');
    expect((await runCliAsync(['progress', '-o', json])).code).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(runCli(['progress', '--json']).out);
    const unknown = await runCliAsync(['compare', 'no-such', '-o', join(dir, 'c.csv')]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no indicator or category "no-such"/u);
    expect(readdirSync(dir)).toEqual(['p.json']);
  });
});
