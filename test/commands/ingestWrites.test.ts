import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, temporaryFolder, tree } from '../helpers.js';

/**
 * Ingest writes into a person's folder: whatever it is given, it leaves the folder either with
 * the text ingested whole and valid, or as it was, and never writes outside it.
 */

const PAGE = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');
const CLI = join(PACKAGE_ROOT, 'dist', 'cli.js');
const XIAN = ['--place', '西安市', '--place-id', 'xian'];

/**
 * A text of the fixture's kind, with a line of its own so that its bytes differ, and a title of
 * its own: the same title again would make it another version of the same document.
 */
function variant(dir: string, name: string, line: string): string {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(PAGE, 'utf8').replace('各位代表：\n', `各位代表：\n${line}\n`).replace('（摘要）', `（${name}）`));
  return path;
}

/** The built command line in a process of its own, as two people at two terminals would run it. */
function ingestProcess(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'ingest', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('two ingests into one folder at once', () => {
  it('never take one document id: both texts are kept whole, each under its own id, and the folder validates', async () => {
    const texts = temporaryFolder();
    const a = variant(texts, 'a.txt', '这是第一份文本。');
    const b = variant(texts, 'b.txt', '这是第二份文本。');
    for (let round = 0; round < 4; round++) {
      const into = join(temporaryFolder(), 'corpus');
      // The folder is made first, as a person's folder is: the race is over the ids, not the lists.
      expect(runCli(['ingest', variant(texts, 'c.txt', `准备${round}。`), '--into', into, ...XIAN]).code).toBe(0);
      const runs = await Promise.all([ingestProcess([a, '--into', into]), ingestProcess([b, '--into', into])]);
      expect(runs, `round ${round}`).toEqual([
        { code: 0, err: '' },
        { code: 0, err: '' },
      ]);
      const documents = readdirSync(join(into, 'documents')).sort();
      expect(documents).toEqual(['xian-work-report-2025-2.yaml', 'xian-work-report-2025-3.yaml', 'xian-work-report-2025.yaml']);
      const seeds = documents.map((d) =>
        readFileSync(join(into, 'seeds', (parse(readFileSync(join(into, 'documents', d), 'utf8')) as { seed: string }).seed)),
      );
      expect(seeds.filter((s) => s.equals(readFileSync(a))).length).toBe(1);
      expect(seeds.filter((s) => s.equals(readFileSync(b))).length).toBe(1);
      expect(runCli(['validate', into]).code).toBe(0);
    }
  }, 60_000);
});

describe('what ingest writes is what its own checks read', () => {
  it.each([
    [['--place-id', '../../../x'], /--place-id: an id is lowercase words joined by "-"/u],
    [['--place-id', 'x\ny'], /--place-id: an id is lowercase words/u],
    [['--place-id', ''], /--place-id: an id is lowercase words/u],
    [['--date', '9999'], /--date: the year 9999 is outside 1949–2100/u],
    [['--date', '0000'], /--date: the year 0000 is outside/u],
    [['--date', '1800-01-01'], /--date: the year 1800 is outside/u],
    [['--date', '2025-02-30'], /--date: 2025-02-30 is not a day of the calendar/u],
    [['--publisher', '市政府\n办公厅'], /--publisher: has control character U\+000A/u],
    [['--title', '报告\u001b[2J'], /--title: has control character U\+001B/u],
    [['--place', '西安\u001b]0;x\u0007市'], /--place: has control character U\+001B/u],
  ])('refuses %j, writing nothing anywhere', (flags, message) => {
    const root = temporaryFolder();
    const into = join(root, 'corpus');
    const options = new Map([
      ['--place', '西安市'],
      ['--place-id', 'xian'],
      [flags[0]!, flags[1]!],
    ]);
    const args = ['ingest', PAGE, '--into', into, ...[...options].flat()];
    const { code, err } = runCli(args);
    expect(err).toMatch(message);
    expect(code).toBe(2);
    expect(tree(root)).toEqual({});
  });

  it('refuses --into "" rather than writing into the working folder', () => {
    const { code, err } = runCli(['ingest', PAGE, '--into', '', ...XIAN]);
    expect(code).toBe(2);
    expect(err).toMatch(/--into needs a folder/u);
  });

  it('refuses --place-id for a place the folder knows, since it would decide nothing', () => {
    const into = join(temporaryFolder(), 'corpus');
    const { code, err } = runCli(['ingest', PAGE, '--into', into, '--place', 'nanning', '--place-id', 'xian']);
    expect(err).toMatch(/--place-id names a new place, and 南宁市 is the known place "nanning"/u);
    expect(code).toBe(2);
  });

  it('reads a pdftotext page break and tabs as layout, and the folder validates', () => {
    const texts = temporaryFolder();
    const path = join(texts, 'pdf.txt');
    writeFileSync(path, readFileSync(PAGE, 'utf8').replace('各位代表：', '\f各位代表：').replace('去年，', '去年，\t'));
    const into = join(temporaryFolder(), 'corpus');
    const { code, err } = runCli(['ingest', path, '--into', into, ...XIAN]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(runCli(['validate', into]).code).toBe(0);
  });

  it.each([
    ['NUL', '\u0000'],
    ['ESC', '\u001b[31m'],
    ['a C1 control', '\u009b'],
  ])('refuses a text with %s in it, saying where, and leaves no folder behind', (_, control) => {
    const texts = temporaryFolder();
    const path = join(texts, 'bad.txt');
    writeFileSync(path, readFileSync(PAGE, 'utf8').replace('去年，', `去年，${control}`));
    const root = temporaryFolder();
    const into = join(root, 'corpus');
    const { code, err } = runCli(['ingest', path, '--into', into, ...XIAN]);
    expect(err).toMatch(/bad\.txt line 10 has control character U\+00(00|1B|9B): it is not plain text/u);
    expect(code).toBe(1);
    expect(tree(root)).toEqual({});
  });
});

describe('a failed ingest leaves the folder as it was', () => {
  it('takes back a failing text whole, after the texts before it were ingested', () => {
    const texts = temporaryFolder();
    const into = join(temporaryFolder(), 'corpus');
    expect(runCli(['ingest', variant(texts, 'a.txt', '第一份。'), '--into', into, ...XIAN]).code).toBe(0);
    const before = tree(into);
    const bad = join(texts, 'bad.txt');
    writeFileSync(bad, readFileSync(PAGE, 'utf8').replace('去年，', '去年，\u0000'));
    const { code } = runCli(['ingest', variant(texts, 'b.txt', '第二份。'), bad, '--into', into]);
    expect(code).toBe(1);
    // The second text went in whole; the bad one left nothing, not even its seed.
    const after = tree(into);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual([
      'documents/xian-work-report-2025-2.yaml',
      'seeds/xian-work-report-2025-2.txt',
    ]);
    expect(runCli(['validate', into]).code).toBe(0);
  });
});

describe('a new place in a hand-kept places.yaml', () => {
  it('is added after the person text, which stays byte for byte', () => {
    const into = join(temporaryFolder(), 'corpus');
    expect(runCli(['ingest', PAGE, '--into', into, '--place', 'nanning']).code).toBe(0);
    const path = join(into, 'places.yaml');
    const mine = `# my places, spaced my way\n\n${readFileSync(path, 'utf8').replace(/\n- id:/gu, '\n\n\n- id:')}#   the end of my list\n`;
    writeFileSync(path, mine);
    const texts = temporaryFolder();
    expect(runCli(['ingest', variant(texts, 'x.txt', '西安。'), '--into', into, ...XIAN]).code).toBe(0);
    const now = readFileSync(path, 'utf8');
    expect(now.startsWith(mine)).toBe(true);
    expect(now.slice(mine.length)).toMatch(/^- id: shaanxi\n {2}level: province\n {2}code: "610000"\n(?:.*\n)+- id: xian\n/u);
  });
});

describe('a text that is not UTF-8', () => {
  it('is told how to convert it from the encoding it looks like: UTF-16 by its byte-order mark, and writes nothing', () => {
    const path = join(temporaryFolder(), 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(PAGE, 'utf8'), 'utf16le')]));
    const root = temporaryFolder();
    const { code, err } = runCli(['ingest', path, '--into', join(root, 'corpus'), ...XIAN]);
    expect(err).toMatch(/utf16\.txt is not UTF-8 text \(at byte 1\); convert it first, e\.g\. iconv -f UTF-16LE -t UTF-8/u);
    expect(code).toBe(1);
    expect(tree(root)).toEqual({});
  });
});

describe('a text of more figures than one document file can hold', () => {
  it('is refused before its document is written, saying to split it, and leaves nothing behind', () => {
    const path = join(temporaryFolder(), 'list.txt');
    const figures = Array.from({ length: 8000 }, (_, i) => `新增企业${i + 1}家，`).join('');
    writeFileSync(path, `西安市2025年政府工作报告\n发布时间：2025-01-20\n${figures}\n`);
    const root = temporaryFolder();
    const { code, err } = runCli(['ingest', path, '--into', join(root, 'corpus'), ...XIAN]);
    expect(err).toMatch(
      /list\.txt holds more than one document can \(\d+ figures and \d+ numbers skipped; a document file is read up to 1 MiB\): split the text/u,
    );
    expect(code).toBe(1);
    expect(tree(root)).toEqual({});
  });
});
