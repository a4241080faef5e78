import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, temporaryFolder } from '../helpers.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');

const DELIVERED = 'Read by ingest from the line that says when and where the report was delivered (在…人民代表大会…会议上).';
const SIGNED = "Read by ingest from the date under the text's signature.";
const PUBLISHED = "Read by ingest from the page's publishing date (发布时间/发布日期): the text states no date of its own.";
const DATELINE = 'Read by ingest from the dateline under the headline.';

interface Expected {
  /** The options for what the text does not answer. */
  readonly options: readonly string[];
  readonly id: string;
  readonly head: Record<string, unknown>;
}

/** Each test text as ingest writes its document, with only what the text cannot say given as options. */
const TEXTS: readonly [string, Expected][] = [
  [
    'hebei-work-report-page.txt',
    {
      options: [],
      id: 'hebei-work-report-2025',
      head: {
        title: { zh: '政府工作报告' },
        date: '2025-01-14',
        date_note: DELIVERED,
        kind: 'work-report',
        place: 'hebei',
        publisher: { zh: '河北省人民政府' },
      },
    },
  ],
  [
    'beijing-work-report.txt',
    {
      options: [],
      id: 'beijing-work-report-2025',
      head: {
        title: { zh: '政府工作报告' },
        date: '2025-01-14',
        date_note: DELIVERED,
        kind: 'work-report',
        place: 'beijing',
        publisher: { zh: '北京市人民政府' },
      },
    },
  ],
  [
    // The place the text names is a known one: nothing is asked.
    'guangxi-work-report.txt',
    {
      options: [],
      id: 'guangxi-work-report-2024',
      head: {
        date: '2024-01-24',
        date_note: DELIVERED,
        kind: 'work-report',
        place: 'guangxi',
        publisher: { zh: '广西壮族自治区人民政府' },
      },
    },
  ],
  [
    'suzhou-bureau-summary.txt',
    {
      options: [],
      id: 'suzhou-jiangsu-bureau-summary-2024',
      head: {
        place: 'suzhou-jiangsu',
        date: '2024-01-15',
        date_note: PUBLISHED,
        kind: 'bureau-summary',
        publisher: { zh: '苏州市科学技术局' },
      },
    },
  ],
  [
    'yangzhou-news.txt',
    {
      options: [],
      id: 'yangzhou-news-report-2024',
      head: {
        title: { zh: '扬州市出台科技创新三年行动方案' },
        date: '2024-02-20',
        date_note: DATELINE,
        kind: 'news-report',
        place: 'yangzhou',
      },
    },
  ],
  [
    'suzhou-proposal-reply.txt',
    {
      options: [],
      id: 'suzhou-jiangsu-proposal-reply-2023',
      head: {
        place: 'suzhou-jiangsu',
        date: '2023-06-12',
        date_note: SIGNED,
        kind: 'proposal-reply',
        publisher: { zh: '苏州市科学技术局' },
      },
    },
  ],
  [
    'nanjing-action-plan-notice.txt',
    {
      options: [],
      id: 'nanjing-action-plan-2024',
      head: { place: 'nanjing', date: '2024-03-01', date_note: SIGNED, kind: 'action-plan', publisher: { zh: '南京市科学技术局' } },
    },
  ],
  [
    'guangzhou-press-hant.txt',
    {
      options: [],
      id: 'guangzhou-press-conference-2024',
      head: {
        date: '2024-05-08',
        date_note: PUBLISHED,
        kind: 'press-conference',
        place: 'guangzhou',
        script: 'traditional',
        publisher: { zh: '廣州市人民政府新聞辦公室' },
      },
    },
  ],
  [
    'wuxi-measures-undated.txt',
    {
      options: ['--date', 'none'],
      id: 'wuxi-action-plan-undated',
      head: { date: null, date_note: 'The text states no date.', kind: 'action-plan', publisher: { zh: '未注明' } },
    },
  ],
  [
    'district-report-hant.txt',
    {
      options: ['--place', 'nanning'],
      id: 'nanning-bureau-summary-2024',
      head: { date: '2024-01-08', date_note: DATELINE, kind: 'bureau-summary', script: 'traditional' },
    },
  ],
  [
    'action-plan-pdf.txt',
    {
      options: ['--place', 'nanning', '--date', '2024'],
      id: 'nanning-action-plan-2024',
      head: { date: '2024', kind: 'action-plan' },
    },
  ],
];

describe('each test text ingests, its document holding what the text says of itself, its place too', () => {
  it.each(TEXTS)('%s', (name, { options, id, head }) => {
    const dir = temporaryFolder();
    const { code, out, err } = runCli(['ingest', join(FIXTURES, name), '--into', dir, ...options]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(`${name} → documents/${id}.yaml:`);
    const doc = parse(readFileSync(join(dir, 'documents', `${id}.yaml`), 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject(head);
    // A date given by its option carries no note of where it was read.
    if (options.includes('--date') && head.date !== null) expect(doc).not.toHaveProperty('date_note');
    const places = parse(readFileSync(join(dir, 'places.yaml'), 'utf8')) as { id: string; code?: string }[];
    expect(places.find((p) => p.id === doc.place)?.code, 'its place carries its GB/T 2260 code').toMatch(/^\d{6}$/u);
    expect(runCli(['validate', dir]).code).toBe(0);
  });
});

describe('a text whose date cannot be read', () => {
  const text = join(FIXTURES, 'wuxi-measures-undated.txt');
  const options = ['--place', '无锡市', '--place-id', 'wuxi'];

  it('names --date when nobody can be asked', () => {
    expect(runCli(['ingest', text, '--into', temporaryFolder(), ...options])).toMatchObject({
      code: 2,
      err: `policy-explorer: ${text}: cannot read date from the text: give --date, or write date in wuxi-measures-undated.meta.yaml beside it\n`,
    });
  });

  it("asks a person, and notes that the date is the person's", () => {
    const dir = temporaryFolder();
    const { code, asked } = runCli(['ingest', text, '--into', dir, ...options], { answers: ['2024-05'] });
    expect(code).toBe(0);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^Date/u);
    expect(parse(readFileSync(join(dir, 'documents', 'wuxi-action-plan-2024.yaml'), 'utf8'))).toMatchObject({
      date: '2024-05',
      date_note: 'Given by the person who ran ingest: the text states no date that could be read.',
    });
  });
});

describe('what the options and the folder’s places make of what is read', () => {
  const body = '全省高新技术企业达到1.4万家，同比增长12%；科技型中小企业达到2.3万家，技术合同成交额突破1300亿元。';

  it('reads the kind a given title names, where the text names none', () => {
    const dir = temporaryFolder();
    const file = join(dir, 'text.txt');
    writeFileSync(file, `${body}\n`);
    const { code, err } = runCli([
      'ingest',
      file,
      '--into',
      join(dir, 'out'),
      '--title',
      '2025年河北省政府工作报告',
      '--place',
      '河北省',
      '--place-id',
      'hebei',
      '--date',
      '2025',
    ]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(parse(readFileSync(join(dir, 'out', 'documents', 'hebei-work-report-2025.yaml'), 'utf8'))).toMatchObject({
      kind: 'work-report',
    });
  });

  it('takes the most specific known place a name holds: 江苏省扬州市 is Yangzhou', () => {
    const dir = temporaryFolder();
    const file = join(dir, 'text.txt');
    writeFileSync(file, `江苏省扬州市科技创新三年行动方案\n${body}\n`);
    const { code, err } = runCli(['ingest', file, '--into', join(dir, 'out'), '--date', '2024']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(parse(readFileSync(join(dir, 'out', 'documents', 'yangzhou-action-plan-2024.yaml'), 'utf8'))).toMatchObject({
      place: 'yangzhou',
    });
  });
});
