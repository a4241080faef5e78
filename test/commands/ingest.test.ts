import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, temporaryFolder } from '../helpers.js';

const PAGE = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');

/** A command line in this process; `answers` are what a person at the terminal would type, in order. */
const cli = (args: string[], answers?: string[]) => runCli(args, answers ? { answers } : {});

const DOC = 'documents/xian-work-report-2025.yaml';

describe('ingest FILE --into DIR', () => {
  it('keeps the text byte for byte, writes its document with proposals, adds its place from the gazetteer, and the folder validates', () => {
    const dir = temporaryFolder();
    const { code, out, err } = cli(['ingest', PAGE, '--into', dir]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(
      /work-report-page\.txt → documents\/xian-work-report-2025\.yaml: 17 proposed figures .*; added "shaanxi", "xian" to places\.yaml from the gazetteer/u,
    );
    expect(out).toContain(`policy-explorer review ${dir}`);
    expect(readFileSync(join(dir, 'seeds', 'xian-work-report-2025.txt')).equals(readFileSync(PAGE))).toBe(true);
    const doc = parse(readFileSync(join(dir, DOC), 'utf8'));
    expect(doc).toMatchObject({
      title: { zh: '西安市2025年政府工作报告（摘要）' },
      date: '2025-01-20',
      kind: 'work-report',
      place: 'xian',
      script: 'simplified',
    });
    expect(doc.publisher.zh).toBe('西安市人民政府办公厅');
    expect(doc.facts.every((f: { status: string }) => f.status === 'proposed')).toBe(true);
    // Xi'an with its province, Shaanxi (not Shanxi), each with its code: a division is no proposal.
    const places = parse(readFileSync(join(dir, 'places.yaml'), 'utf8')) as { id: string; status?: string }[];
    expect(places.slice(-2)).toEqual([
      expect.objectContaining({
        id: 'shaanxi',
        code: '610000',
        level: 'province',
        name: expect.objectContaining({ en: 'Shaanxi Province' }),
      }),
      expect.objectContaining({
        id: 'xian',
        code: '610100',
        level: 'city',
        parent: 'shaanxi',
        short: expect.objectContaining({ en: "Xi'an" }),
      }),
    ]);
    expect(places.some((p) => p.status === 'proposed')).toBe(false);
    const validated = cli(['validate', dir]);
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('to review: 17 proposed figures');
    // The province's figures are found by its id, its city's among them.
    expect(
      JSON.parse(cli(['export', '--format', 'json', '--place', 'shaanxi', '--data', dir, '--include-proposed']).out).facts,
    ).toHaveLength(17);
  });

  /** The fixture page as a text that names no division: 某某市 is no place of the gazetteer. */
  const nowhere = () => {
    const file = join(temporaryFolder(), 'nowhere.txt');
    writeFileSync(file, readFileSync(PAGE, 'utf8').replaceAll('西安市', '某某市'));
    return file;
  };

  it('names the option a text does not answer, when nobody can be asked', () => {
    const file = nowhere();
    const { code, err } = cli(['ingest', file, '--into', temporaryFolder()]);
    expect(code).toBe(2);
    expect(err).toBe(
      `policy-explorer: ${file}: cannot read place from the text: give --place, or write place in nowhere.meta.yaml beside it\n`,
    );
    expect(cli(['ingest', PAGE]).err).toMatch(/ingest needs --into DIR/u);
  });

  it('reads the place from the title only where a name names it: not a group, nor a name inside a longer one', () => {
    const placeOfTitle = (title: string) => {
      const dir = temporaryFolder();
      const file = join(dir, 'text.txt');
      writeFileSync(file, `${title}\n2024年1月20日\n2023年新增科技型中小企业12家。\n`);
      const { code, out, err } = cli(['ingest', file, '--into', join(dir, 'out'), '--kind', 'work-report']);
      return code === 0 ? /documents\/([a-z-]+)-work-report-2024\.yaml/u.exec(out)?.[1] : err.replace(file, 'text.txt');
    };
    const asked = 'policy-explorer: text.txt: cannot read place from the text: give --place, or write place in text.meta.yaml beside it\n';
    expect(placeOfTitle('国家高新区2024年发展报告')).toBe(asked);
    expect(placeOfTitle('扬州经济技术开发区2024年工作报告')).toBe(asked);
    expect(placeOfTitle('南宁市高新区2024年工作报告')).toBe('nanning-hitech-zone');
    expect(placeOfTitle('扬州市2024年工作报告')).toBe('yangzhou');
  });

  it('asks a person at a terminal what the text does not say, again when the answer will not do', () => {
    const dir = temporaryFolder();
    const { code, asked, out } = cli(['ingest', nowhere(), '--into', dir], ['shaanxi', '鼓楼区', '西安市']);
    expect(code).toBe(0);
    expect(asked[0]).toMatch(/^Place/u);
    expect(asked[1]).toMatch(/no place "shaanxi"/u);
    expect(asked[3]).toMatch(/"鼓楼区" is the name of \d+ places \(.*\): give it with its city or province, such as/u);
    expect(out).toMatch(/documents\/xian-work-report-2025\.yaml/u);
  });

  it('a second run changes nothing a person did: accepted facts, edits, rejections, comments', () => {
    const dir = temporaryFolder();
    cli(['ingest', PAGE, '--into', dir, '--place', '西安市', '--place-id', 'xian']);
    const path = join(dir, DOC);
    const first = readFileSync(path, 'utf8');
    expect(cli(['ingest', PAGE, '--into', dir]).out).toMatch(
      /ingested before as documents\/xian-work-report-2025\.yaml: kept 0 reviewed facts, 17 proposals and 0 rejections as they are; added 0 new proposals/u,
    );
    expect(readFileSync(path, 'utf8')).toBe(first);
    // By hand: accept the first proposal with its English name, drop the last as rejected, add a comment.
    const edited = first
      .replace(
        /( {2}- id: xian-work-report-2025-p001\n) {4}status: proposed\n {4}confidence: [\d.]+\n {4}reasons: .*\n/u,
        '  # checked by hand\n$1',
      )
      .replace(/ {2}- id: xian-work-report-2025-p017\n(?: {4}.*\n)+/u, '')
      .replace(/\nskipped:/u, '\nrejected:\n  - { value: 5, unit: 家, quote: 培育独角兽企业不少于5家 }\nskipped:');
    writeFileSync(path, edited);
    const again = cli(['ingest', PAGE, '--into', dir]);
    expect(again.out).toMatch(/kept 1 reviewed facts, 15 proposals and 1 rejections as they are; added 0 new proposals/u);
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });

  it('a second run after a review changes not a byte: the rejected list after the skipped one stays where it is', () => {
    const dir = temporaryFolder();
    cli(['ingest', PAGE, '--into', dir, '--place', '西安市', '--place-id', 'xian']);
    expect(cli(['review', dir, '--reject', 'xian-work-report-2025-p011']).code).toBe(0);
    const reviewed = readFileSync(join(dir, DOC), 'utf8');
    expect(reviewed.indexOf('rejected:')).toBeGreaterThan(reviewed.indexOf('skipped:'));
    expect(cli(['ingest', PAGE, '--into', dir]).out).toMatch(
      /kept 0 reviewed facts, 16 proposals and 1 rejections as they are; added 0 new proposals/u,
    );
    expect(readFileSync(join(dir, DOC), 'utf8')).toBe(reviewed);
  });

  it('says what is wrong with a file it cannot read, or a folder it cannot write', () => {
    const dir = temporaryFolder();
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xb8, 0xdf, 0xd0, 0xc2]));
    expect(cli(['ingest', gbk, '--into', join(dir, 'out')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/gbk\.txt is not UTF-8 text \(at byte 1\); convert it first/u),
    });
    // A folder inside a file cannot be made, whoever runs the test.
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(cli(['ingest', PAGE, '--into', join(file, 'sub'), '--place', 'nanning'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^policy-explorer: cannot write into .*a-file\/sub \(ENOTDIR\)/u),
    });
  });
});
