import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { csvFields as fields } from '../helpers.js';
import { FACT_COLUMNS } from '../../src/tables/figure.js';

/** The command line run in-process, as a script would call it. */
function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: { isTTY: false }, stdout: { isTTY: false } });
  return { code, out, err };
}

const json = <T>(...args: string[]) => JSON.parse(cli(...args).out) as T;

interface ProgressRow {
  target: { id: string };
  report: { id: string } | null;
  baseline: { id: string; value: number; qualifier: string } | null;
  status: string;
  ratio: number | null;
  gap: number | null;
  reason: string | null;
}

describe('progress', () => {
  it('says how far Nanning is from 1,800 high-tech enterprises', () => {
    const rows = json<ProgressRow[]>('progress', '--json', '--place', 'nanning');
    const hitech = rows.find((r) => r.target.id === 'nanning-2023-hitech-count')!;
    expect(hitech).toMatchObject({ report: { id: 'nanning-2024-hitech-count' }, status: 'behind', gap: 71 });
    expect(hitech.ratio).toBeCloseTo(1729 / 1800, 6);
    expect(cli('progress', '--place', 'nanning').out).toContain(
      '✗ Nanning 2023 高新技术企业数量: target 1,800 家 · reported 1,729 家 (2024) · 96.1% of the target · 71 家 to go · behind · missed, due 2023  [nanning-2023-hitech-count]',
    );
  });

  it('says what Yangzhou’s 2,500 starts from, and that a bound decides nothing yet', () => {
    const rows = json<ProgressRow[]>('progress', '--json', '--place', 'yangzhou');
    const target = rows.find((r) => r.target.id === 'yangzhou-2024-hitech-count')!;
    expect(target.baseline).toMatchObject({ id: 'yangzhou-2023-hitech-count', value: 2000, qualifier: 'more_than' });
    expect(target.status).toBe('no-report');
    expect(target.ratio).toBeNull();
  });

  it('covers every target, within the place asked for', () => {
    const all = json<ProgressRow[]>('progress', '--json');
    expect(all.length).toBe(json<{ facts: { kind: string }[] }>('export').facts.filter((f) => f.kind === 'target').length);
  });

  it('refuses a place the dataset does not have as a mistake in the command, naming the places it has', () => {
    const { code, out, err } = cli('progress', '--place', 'atlantis');
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(
      /^policy-explorer: no place "atlantis" \(use guangxi, nanning, nanning-hitech-zone, liangqing, jiangsu, yangzhou\)\. See/u,
    );
  });

  it('says so when a place has no targets (Liangqing reports figures only), and where there are some', () => {
    expect(cli('progress', '--place', 'liangqing')).toEqual({
      code: 0,
      out: 'no targets for Liangqing (liangqing) or the places within it; there are targets for guangxi, nanning, nanning-hitech-zone, yangzhou\n',
      err: '',
    });
    expect(json('progress', '--place', 'liangqing', '--json')).toEqual([]);
  });

  it('as a table: --format json is --json; CSV a row a target with its report and baseline beside it; Markdown for a reader', () => {
    expect(cli('progress', '--format', 'json').out).toBe(cli('progress', '--json').out);
    expect(cli('progress', '--json', '--format', 'csv')).toMatchObject({ code: 2, out: '' });
    const lines = cli('progress', '--place', 'nanning', '-f', 'csv').out.trim().split('\r\n');
    const header = fields(lines[0]!);
    expect(header.slice(0, FACT_COLUMNS.length)).toEqual([...FACT_COLUMNS]);
    expect(header.slice(-4)).toEqual(['gap', 'reason', 'expected', 'pace_reason']);
    const row = Object.fromEntries(
      header.map((name, i) => [name, fields(lines.find((l) => l.startsWith('nanning-2023-hitech-count,'))!)[i]]),
    );
    expect(row).toMatchObject({
      progress_status: 'behind',
      report_id: 'nanning-2024-hitech-count',
      report_quote: '高新技術企業1729家',
      report_document: 'nanning-press-2024',
      gap: '71',
    });
    expect(cli('progress', '--place', 'nanning', '-f', 'md').out).toMatch(
      /^\| ✗ behind \| 南宁市 \(450100\) \| high-tech enterprises · stock \| 高新技术企业数量 \| 2023 \| 1,800 家 \| accepted \| 1,729 家 \(2024\*\), [^|]+: “[^|]*1729家[^|]*” \| 96\.1% \| 71 家 to go \|/mu,
    );
  });
});

describe('related', () => {
  it('lists figures of the same indicator in other places, saying whether they are comparable', () => {
    const rows = json<{ id: string; relation: string; place: string }[]>('related', 'nanning-2023-rnd-intensity', '--json');
    expect(rows).toContainEqual(expect.objectContaining({ id: 'yangzhou-2023-rnd-gdp-share', relation: 'comparable', place: 'yangzhou' }));
    expect(new Set(rows.map((r) => r.relation))).not.toContain(undefined);
  });

  it('names the target a report is progress on', () => {
    const rows = json<{ id: string; relation: string }[]>('related', 'nanning-2024-hitech-count', '--json');
    expect(rows[0]).toMatchObject({ id: 'nanning-2023-hitech-count', relation: 'target' });
    expect(cli('related', 'no-such-fact')).toMatchObject({ code: 1 });
    expect(cli('related')).toMatchObject({ code: 2 });
  });
});

describe('compare', () => {
  it('sets an indicator’s figures place × year, as Markdown with a row per place and year', () => {
    const { code, out } = cli('compare', 'high-tech-enterprises', '--format', 'md');
    expect(code).toBe(0);
    expect(out).toContain('| place | indicator | metric | value | year | kind | status | progress | source | quote |');
    expect(out).toMatch(
      /\| 南宁市 \(450100\) \| high-tech enterprises · stock \| 高新技术企业数量 \| 1,800 家 \| 2023 \| target \| accepted \| behind \(96\.1%\), missed \| 南宁市落实科技强桂行动实施方案, date not stated in the text, § 总体目标 \| “高新技术企业数量达1800家” \|/u,
    );
    expect(out).toMatch(/\| 扬州市 \(321000\) \| high-tech enterprises · stock \| 高新技术企业总数 \| 2,500 家 \| 2024\* \| target \|/u);
    // Its sources as a reader cites them, not as files.
    expect(out).toContain(
      '- Guangxi Zhuang Autonomous Region Department of Science and Technology, 《自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復》, 2023-08-24',
    );
    expect(out).not.toMatch(/seed|\.txt/u);
  });

  it('marks a figure whose year the text implies, with a legend', () => {
    const out = cli('compare', 'high-tech-enterprises').out;
    expect(out).toContain('| 高新技术企业数量 | 1,729 家 | 2024* |');
    expect(out).toContain('\\* year inferred: the text implies the year but does not state it.');
  });

  it('marks, in a category’s table, the figures that measure different things', () => {
    const out = cli('compare', 'above-scale-industrial').out;
    expect(out).toContain('| 规模以上工业企业中有研发活动企业占比 | 30% ≠ (share) |');
    expect(out).toContain('≠ marks figures not comparable with one another');
  });

  it('as CSV, a row a figure that reads back: the export contract’s columns, then the place’s name and comparable', () => {
    const lines = cli('compare', 'high-tech-enterprises', '--format', 'csv').out.trim().split('\r\n');
    expect(lines[0]).toBe(`${FACT_COLUMNS.join(',')},place_name,comparable`);
    const header = fields(lines[0]!);
    const nanning = fields(lines.find((l) => l.startsWith('nanning-2024-hitech-count,'))!);
    const record = Object.fromEntries(header.map((name, i) => [name, nanning[i]]));
    // Each figure with where it is stated: its place's code, its document and title, its quote as written.
    expect(record).toMatchObject({
      place_code: '450100',
      year_inferred: 'true',
      document: 'nanning-press-2024',
      quote: '高新技術企業1729家',
      place_name: '南宁市',
      comparable: 'true',
    });
    expect(record.document_title).toContain('廣西系列');
    expect(cli('compare', 'high-tech-enterprises', '--format', 'xml')).toMatchObject({ code: 2 });
    expect(cli('compare', 'nothing-like-it')).toMatchObject({ code: 1 });
  });
});

describe('export filters', () => {
  it('select facts by place (with the places within), indicator, year and kind', () => {
    const facts = json<{ facts: { place: string; kind: string; year: number }[] }>(
      'export',
      '--place',
      'nanning',
      '--kind',
      'target',
    ).facts;
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(['nanning', 'liangqing', 'nanning-hitech-zone']).toContain(f.place);
      expect(f.kind).toBe('target');
    }
    const in2024 = json<{ facts: { year: number }[] }>('export', '--year', '2024').facts;
    expect(in2024.every((f) => f.year === 2024)).toBe(true);
    expect(cli('export', '--year', 'last')).toMatchObject({ code: 2 });
    expect(cli('export', '--kind', 'wish')).toMatchObject({ code: 2 });
  });
});

describe('one contract for every table and JSON', () => {
  it('gives a figure in compare, progress and related JSON every key of the export contract', () => {
    const compared = JSON.parse(cli('compare', 'high-tech-enterprises', '--format', 'json').out) as {
      rows: { targets: Record<string, unknown>[] }[];
    };
    const progress = JSON.parse(cli('progress', '--json').out) as {
      target: Record<string, unknown>;
      report: Record<string, unknown> | null;
    }[];
    const related = JSON.parse(cli('related', 'nanning-2023-hitech-count', '--json').out) as Record<string, unknown>[];
    const figures = [
      compared.rows.flatMap((r) => r.targets)[0]!,
      progress[0]!.target,
      progress.find((p) => p.report)!.report!,
      related[0]!,
    ];
    for (const figure of figures) expect(Object.keys(figure)).toEqual(expect.arrayContaining([...FACT_COLUMNS]));
  });

  it('writes a report’s and a baseline’s columns in the order the README gives', () => {
    const header = fields(cli('progress', '--format', 'csv').out.split('\r\n')[0]!);
    const beside = [
      'id',
      'year',
      'value',
      'value_min',
      'value_max',
      'unit',
      'qualifier',
      'year_inferred',
      'document',
      'document_title',
      'section_title',
      'quote',
      'status',
    ];
    expect(header.slice(FACT_COLUMNS.length)).toEqual([
      ...beside.map((c) => `report_${c}`),
      ...beside.map((c) => `baseline_${c}`),
      'gap',
      'reason',
      'expected',
      'pace_reason',
    ]);
    expect(header.slice(0, FACT_COLUMNS.length)).toEqual([...FACT_COLUMNS]);
  });
});
