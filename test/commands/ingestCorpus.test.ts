import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, temporaryFolder, tree } from '../helpers.js';

/**
 * A corpus in one command: every text of a folder is read; one that cannot go in is left out
 * whole, named with what it lacks and how to give it, and the others go in; a second run
 * adds only what is new.
 */

const PAGE = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt'), 'utf8');

/** The fixture page as another city's report. */
const reportOf = (city: string) => PAGE.replaceAll('西安市', city);

/** A folder of texts: two that say all they are, one with no date, one that is not UTF-8. */
function corpus(): string {
  const dir = temporaryFolder();
  writeFileSync(join(dir, 'nanning.txt'), reportOf('南宁市'));
  mkdirSync(join(dir, 'jiangsu'));
  writeFileSync(join(dir, 'jiangsu', 'yangzhou.txt'), reportOf('扬州市'));
  writeFileSync(
    join(dir, 'undated.txt'),
    reportOf('南宁市')
      .replace(/发布时间：\S+ \S+/u, '')
      .replace('（摘要）', '（全文）'),
  );
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xb8, 0xdf, 0xd0, 0xc2]));
  writeFileSync(join(dir, 'notes.md'), '# not a text to ingest\n');
  return dir;
}

describe('ingest DIR --into DIR', () => {
  it('ingests every text it can, leaves out the rest whole, and says what each lacks and how to give it', () => {
    const texts = corpus();
    const into = join(temporaryFolder(), 'corpus');
    const { code, out, err } = runCli(['ingest', texts, '--into', into]);
    // A text left out for a fault of its own (not UTF-8) is exit 1; for a value alone it would be 2.
    expect(code).toBe(1);
    expect(readdirSync(join(into, 'documents')).sort()).toEqual(['nanning-work-report-2025.yaml', 'yangzhou-work-report-2025.yaml']);
    expect(readdirSync(join(into, 'seeds')).sort()).toEqual(['nanning-work-report-2025.txt', 'yangzhou-work-report-2025.txt']);
    // The summary: a row a text, in the order read, with its document, place, date and figures.
    const table = out.slice(out.indexOf('\ntext ') + 1).split('\n');
    expect(table[0]).toMatch(/^text\s+document\s+place\s+date\s+figures\s+low\s+given$/u);
    expect(table[1]).toMatch(/^gbk\s+left out \(see below\)$/u);
    expect(table[2]).toMatch(/^yangzhou\s+yangzhou-work-report-2025\s+yangzhou 321000\s+2025-01-20\s+17\s+\d+$/u);
    expect(table[3]).toMatch(/^nanning\s+nanning-work-report-2025\s+nanning 450100\s+2025-01-20\s+17\s+\d+$/u);
    expect(table[4]).toMatch(/^undated\s+left out: no date$/u);
    expect(err).toContain('policy-explorer: 2 of 4 texts left out; the folder has the rest:');
    expect(err).toMatch(/gbk\.txt is not UTF-8 text \(at byte 1\)/u);
    expect(err).toContain(`give date in ${join(texts, 'undated.meta.yaml')} beside it`);
    expect(err).toContain('      date: YYYY-MM-DD\n');
    expect(err).toContain(`or for this text alone: policy-explorer ingest ${join(texts, 'undated.txt')} --into ${into} --date …`);
    expect(runCli(['validate', into]).code).toBe(0);
  });

  it('adds only what is new when run again: a sidecar gives a text what it lacked, and the texts in already change not a byte', () => {
    const texts = corpus();
    const into = join(temporaryFolder(), 'corpus');
    runCli(['ingest', texts, '--into', into]);
    const before = tree(into);
    // Run again as it was: nothing new, nothing changed.
    expect(runCli(['ingest', texts, '--into', into]).code).toBe(1);
    expect(tree(into)).toEqual(before);
    writeFileSync(join(texts, 'undated.meta.yaml'), 'date: 2025-01-21\n');
    writeFileSync(join(texts, 'gbk.txt'), reportOf('扬州市').replace('（摘要）', '（第二稿）'));
    const { code, out, err } = runCli(['ingest', texts, '--into', into]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^nanning\s+nanning-work-report-2025 \(same text, \+0\)/mu);
    expect(out).toMatch(/^undated\s+nanning-work-report-2025-2\s+nanning 450100\s+2025-01-21\s+17\s+\d+\s+date$/mu);
    const after = tree(into);
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
    expect(
      Object.keys(after)
        .filter((f) => !(f in before))
        .sort(),
    ).toEqual([
      'documents/nanning-work-report-2025-2.yaml',
      'documents/yangzhou-work-report-2025-2.yaml',
      'seeds/nanning-work-report-2025-2.txt',
      'seeds/yangzhou-work-report-2025-2.txt',
    ]);
    expect(parse(readFileSync(join(into, 'documents', 'nanning-work-report-2025-2.yaml'), 'utf8'))).not.toHaveProperty('date_note');
  });

  it('leaves no folder behind when no text could go in, and says 2 when each wants only a value', () => {
    const texts = temporaryFolder();
    writeFileSync(join(texts, 'a.txt'), reportOf('南宁市').replace(/发布时间：\S+ \S+/u, ''));
    writeFileSync(join(texts, 'b.txt'), reportOf('某某市'));
    const root = temporaryFolder();
    const { code, err } = runCli(['ingest', texts, '--into', join(root, 'corpus')]);
    expect(code).toBe(2);
    expect(err).toMatch(/a\.txt: cannot read date from the text/u);
    expect(err).toMatch(/b\.txt: cannot read place from the text/u);
    expect(tree(root)).toEqual({});
  });

  it('reads a sidecar before the options, and names a sidecar that will not do', () => {
    const texts = temporaryFolder();
    writeFileSync(join(texts, 'a.txt'), reportOf('某某市'));
    writeFileSync(join(texts, 'a.meta.yaml'), 'place: nanning\ntitle: 某某政府工作报告\n');
    writeFileSync(join(texts, 'b.txt'), reportOf('某某县').replace('（摘要）', '（二）'));
    writeFileSync(join(texts, 'b.meta.yaml'), 'place: yangzhou\nwhen: 2025\n');
    writeFileSync(join(texts, 'c.txt'), reportOf('某某区').replace('（摘要）', '（三）'));
    writeFileSync(join(texts, 'c.meta.yaml'), 'date: 2025-02-30\n');
    const into = join(temporaryFolder(), 'corpus');
    const { code, out, err } = runCli(['ingest', texts, '--into', into, '--place', 'yangzhou']);
    expect(code).toBe(1);
    expect(out).toMatch(/^a\s+nanning-work-report-2025\s+nanning 450100\s+2025-01-20\s+\d+\s+\d+\s+title, place$/mu);
    expect(err).toMatch(/b\.meta\.yaml has "when", which is not one of title, date, place, place-id, kind, publisher/u);
    expect(err).toMatch(/c\.meta\.yaml date: 2025-02-30 is not a day of the calendar/u);
  });

  it('fits its table to a terminal, cutting the names in their middle, and gives a pipe the whole names', () => {
    const texts = corpus();
    const into = join(temporaryFolder(), 'corpus');
    const { out } = runCli(['ingest', texts, '--into', into], { columns: 80 });
    const table = out.slice(out.indexOf('\ntext ') + 1, out.indexOf('\nReview'));
    for (const row of table.split('\n')) expect(row.length, row).toBeLessThan(80);
    expect(table).toMatch(/^nanning\s+nannin\S*…\S*-2025\s+nanning 450100\s/mu);
    expect(table).toMatch(/^undated\s+left out: no date$/mu);
    const piped = runCli(['ingest', texts, '--into', join(temporaryFolder(), 'corpus')]).out;
    expect(piped).toMatch(/^nanning\s+nanning-work-report-2025\s/mu);
  });

  it("refuses one text's own options for many texts", () => {
    const { code, err } = runCli(['ingest', corpus(), '--into', join(temporaryFolder(), 'corpus'), '--date', '2025']);
    expect(code).toBe(2);
    expect(err).toMatch(/--date is one text's own, and 4 texts are named: give each its date in a sidecar/u);
  });

  it('never reads the folder it writes into, nor a sidecar, as a text', () => {
    const texts = temporaryFolder();
    writeFileSync(join(texts, 'nanning.txt'), reportOf('南宁市'));
    writeFileSync(join(texts, 'nanning.meta.yaml'), 'kind: work-report\n');
    const into = join(texts, 'corpus');
    expect(runCli(['ingest', texts, '--into', into]).code).toBe(0);
    const again = runCli(['ingest', texts, '--into', into]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/nanning\.txt was ingested before/u);
    expect(again.out).not.toMatch(/nanning-work-report-2025\.txt/u);
  });
});

describe('a new version of a text ingested before', () => {
  it('is refused unless --replace, which keeps every reviewed figure and reads the new words', () => {
    const texts = temporaryFolder();
    const path = join(texts, 'nanning.txt');
    writeFileSync(path, reportOf('南宁市'));
    const into = join(temporaryFolder(), 'corpus');
    expect(runCli(['ingest', path, '--into', into]).code).toBe(0);
    const doc = join(into, 'documents', 'nanning-work-report-2025.yaml');
    expect(runCli(['review', into, '--accept', 'nanning-work-report-2025-p001', '--set', 'metric.en=R&D intensity']).code).toBe(0);
    const first = parse(readFileSync(doc, 'utf8')) as { facts: { id: string; quote: string }[] };
    const kept = first.facts[0]!;
    // The page again, corrected: one sentence is gone, another added.
    const gone = first.facts.find((f) => f.quote.includes('独角兽'))!;
    writeFileSync(path, reportOf('南宁市').replace('培育独角兽企业不少于5家', '培育瞪羚企业不少于50家'));
    const before = tree(into);
    const refused = runCli(['ingest', path, '--into', into]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /nanning\.txt is another version of the text of documents\/nanning-work-report-2025\.yaml .*give --replace/u,
    );
    expect(tree(into)).toEqual(before);

    const replaced = runCli(['ingest', path, '--into', into, '--replace']);
    expect(replaced).toMatchObject({ code: 0, err: '' });
    expect(replaced.out).toMatch(/nanning\.txt replaced the text of documents\/nanning-work-report-2025\.yaml/u);
    expect(readFileSync(join(into, 'seeds', 'nanning-work-report-2025.txt'), 'utf8')).toBe(readFileSync(path, 'utf8'));
    const now = parse(readFileSync(doc, 'utf8')) as { facts: { id: string; quote: string }[] };
    expect(now.facts.find((f) => f.id === kept.id)).toEqual(kept);
    expect(now.facts.some((f) => f.id === gone.id)).toBe(false);
    // A new figure takes a new id: the id of one taken out never names another.
    const added = now.facts.find((f) => f.quote.includes('瞪羚'))!;
    expect(Number(/p(\d+)$/u.exec(added.id)![1])).toBeGreaterThan(Math.max(...first.facts.map((f) => Number(/p(\d+)$/u.exec(f.id)![1]))));
    expect(runCli(['validate', into]).code).toBe(0);
  });
});
