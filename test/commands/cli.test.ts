import { exportWhole } from '../helpers.js';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run, USAGE } from '../../src/cli.js';
import { commandNamed } from '../../src/commands/table.js';

import { searchCommand } from '../../src/commands/search.js';
import { showCommand } from '../../src/commands/show.js';
import type { Dataset } from '../../src/model/types.js';
import { BUNDLED_DATA, BUNDLED_SEEDS, PACKAGE_ROOT } from '../../src/paths.js';
import { commandHelp } from '../../src/usage.js';
import { oneFolder } from '../../src/model/load.js';
import { bundledDataset, DatasetCopy } from '../helpers.js';

const BIN = join(PACKAGE_ROOT, 'dist', 'cli.js');

/** One command line run in this process, with pipes (not terminals) for stdin and stdout. */
function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    stdin: { isTTY: false },
    stdout: { isTTY: false },
  });
  return { code, out, err };
}

/** The same, with stdout a terminal, as a person running a command sees it. */
function cliOnTerminal(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: { isTTY: false }, stdout: { isTTY: true } });
  return { code, out, err };
}

/** The built binary, for what only a real process shows: exit codes, stdio, pipes. */
function bin(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The built binary with its stdout sent to `path`, as a shell's `> path` would. */
function binTo(path: string, ...args: string[]) {
  const fd = openSync(path, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
    return { code: r.status, err: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/** A reader of RFC 4180 CSV, to check the writer from the outside. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

const json = JSON.parse(cli('export', '--format', 'json').out) as {
  places: unknown[];
  categories: unknown[];
  indicators: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  facts: Record<string, unknown>[];
};

describe('export', () => {
  it('prints the whole dataset as one JSON object', () => {
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['places', 'categories', 'indicators', 'documents', 'facts']));
    expect(json.documents).toHaveLength(5);
    for (const d of json.documents) {
      for (const key of ['id', 'seed', 'title', 'date', 'place', 'kind', 'script', 'text']) expect(d).toHaveProperty(key);
    }
    const fact = json.facts.find((f) => f.id === 'nanning-2024-hitech-count');
    expect(fact).toMatchObject({
      document: 'nanning-press-2024',
      place: 'nanning',
      kind: 'reported',
      year: 2024,
      value: 1729,
      value_min: null,
      value_max: null,
      unit: '家',
      qualifier: 'exact',
      category: 'high-tech',
      quote: '高新技術企業1729家',
      progress_of: 'nanning-2023-hitech-count',
      indicator: 'high-tech-enterprises',
      measure: 'stock',
      baseline_of: null,
      year_inferred: true,
    });
    expect(json.facts.find((f) => f.id === 'yangzhou-2023-hitech-count')).toMatchObject({
      indicator: 'high-tech-enterprises',
      baseline_of: 'yangzhou-2024-hitech-count',
    });
    expect(json.facts.find((f) => f.id === 'nanning-2023-hitech-count')).toMatchObject({ year_inferred: false, baseline_of: null });
    expect(json.facts.find((f) => f.id === 'guangxi-2023-listing-award-max')).toMatchObject({ indicator: null, measure: 'cap' });
    for (const f of json.facts) {
      for (const key of ['indicator', 'measure', 'baseline_of', 'year_inferred', 'place_code']) expect(f).toHaveProperty(key);
    }
    // A fact carries its place's GB/T 2260 code; a development zone has none.
    expect(json.facts.find((f) => f.id === 'nanning-2024-hitech-count')).toMatchObject({ place_code: '450100' });
    expect(json.facts.find((f) => f.id === 'nanning-hitech-zone-2023-national-ranking-rise')).toMatchObject({ place_code: null });
    expect(json.places).toContainEqual(expect.objectContaining({ id: 'liangqing', parent: 'nanning', code: '450108' }));
    expect(json.places).toContainEqual(expect.objectContaining({ id: 'nanning-hitech-zone', code: null }));
    expect(json.indicators.find((i) => i.id === 'high-tech-enterprises')).toEqual({
      id: 'high-tech-enterprises',
      name: { zh_hans: '高新技术企业', zh_hant: '高新技術企業', en: 'high-tech enterprises' },
      aliases: expect.any(Array),
      definition: expect.any(String),
      unit_family: 'count',
      categories: ['high-tech'],
      topics: ['enterprises'],
    });
    const range = json.facts.find((f) => f.value === null)!;
    expect(typeof range.value_min).toBe('number');
    expect(typeof range.value_max).toBe('number');
  });

  it('prints the facts as CSV that reads back to the same values', () => {
    const { code, out } = cli('export', '--format', 'csv');
    expect(code).toBe(0);
    const [header, ...rows] = readCsv(out);
    expect(header!.slice(0, 6)).toEqual(['id', 'document', 'seed', 'place', 'kind', 'year']);
    expect(header!.slice(-15)).toEqual([
      'quote',
      'indicator',
      'measure',
      'baseline_of',
      'year_inferred',
      'status',
      'confidence',
      'place_code',
      'period',
      'document_title',
      'document_date',
      'section_title',
      'progress_status',
      'progress_ratio',
      'progress_pace',
    ]);
    expect(rows).toHaveLength(json.facts.length);
    const col = (name: string) => header!.indexOf(name);
    rows.forEach((row, i) => {
      const f = json.facts[i]!;
      expect(row[col('id')]).toBe(f.id);
      expect(row[col('quote')]).toBe(f.quote);
      expect(row[col('metric_en')]).toBe(f.metric_en);
      expect(row[col('value')]).toBe(f.value === null ? '' : String(f.value));
      expect(row[col('indicator')]).toBe(f.indicator ?? '');
      expect(row[col('measure')]).toBe(f.measure);
      expect(row[col('baseline_of')]).toBe(f.baseline_of ?? '');
      expect(row[col('year_inferred')]).toBe(String(f.year_inferred));
      expect(row[col('status')]).toBe('accepted');
      expect(row[col('place_code')]).toBe(f.place_code ?? '');
      expect(row[col('period')]).toBe(f.period ?? '');
      expect(row[col('document_title')]).toBe(f.document_title);
      expect(row[col('progress_status')]).toBe(f.progress_status ?? '');
      expect(row[col('progress_pace')]).toBe(f.progress_pace ?? '');
    });
  });

  it('prints the same as YAML', () => {
    const { code, out } = cli('export', '--format', 'yaml');
    expect(code).toBe(0);
    expect(parseYaml(out)).toEqual(json);
  });
});

describe('search', () => {
  it('prints ranked results as JSON, best first, with place and document where they apply', () => {
    const { code, out } = cli('search', '扬州', '高新技术企业', '--json', '--limit', '5');
    expect(code).toBe(0);
    const answer = JSON.parse(out) as {
      results: { type: string; id: string; score: number; label: string; place?: string; document?: string; unmatched: string[] }[];
      unmatched: string[];
      places_not_in_data: unknown[];
    };
    expect(answer).toMatchObject({ unmatched: [], places_not_in_data: [] });
    const hits = answer.results;
    expect(hits[0]!.unmatched).toEqual([]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['type', 'id', 'score', 'label']));
      if (h.type === 'fact') expect(h).toMatchObject({ place: 'yangzhou', document: 'yangzhou-news-2024' });
    }
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('filters by type, and says so when nothing matches', () => {
    const hits = (JSON.parse(cli('search', 'gazelle', '--json', '--type', 'category').out) as { results: { type: string }[] }).results;
    expect(hits.map((h) => h.type)).toEqual(['category']);
    expect(cli('search', 'qqqqzzzz')).toMatchObject({ code: 1, out: 'no results for "qqqqzzzz"\n' });
  });

  it('says which places the data has no figures of, which words each result missed, and exits 1 when no result matches every word', () => {
    expect(cli('search', 'Hangzhou')).toEqual({
      code: 1,
      out: 'no figures for 杭州 Hangzhou in this data\nno results for "Hangzhou"\n',
      err: '',
    });
    const partial = cli('search', '哈尔滨', '高新技术企业', '--limit', '3');
    expect(partial.code).toBe(1);
    expect(partial.out).toMatch(/^no figures for 哈尔滨 Harbin in this data\n/u);
    for (const line of partial.out.split('\n').slice(1, -1)) expect(line).toMatch(/\(no match for 哈尔滨\)$/u);
    const json = JSON.parse(cli('search', 'Tibet', 'gazelle', '--json').out) as {
      results: { unmatched: string[] }[];
      unmatched: string[];
      places_not_in_data: unknown[];
    };
    expect(json.unmatched).toEqual(['tibet']);
    expect(json.places_not_in_data).toEqual([{ word: 'tibet', name: '西藏', english: 'Xizang', code: '540000' }]);
    expect(json.results.length).toBeGreaterThan(0);
    for (const r of json.results) expect(r.unmatched).toEqual(['tibet']);
    expect(cli('search', 'nanning', 'gazelle').code).toBe(0);
  });

  it.each([
    [['search'], /search needs a query/u],
    [['search', 'x', '--limit', 'ten'], /--limit takes a whole number/u],
    [['search', 'x', '--type', 'city'], /unknown type "city"/u],
  ])('%j is a usage error', (args, message) => {
    const { code, err } = cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('validate', () => {
  it('prints a one-line summary when clean', () => {
    const { code, out } = cli('validate');
    expect(code).toBe(0);
    expect(out).toBe(
      `ok: 5 documents, ${json.facts.length} facts (${json.facts.filter((f) => f.kind === 'target').length} targets, ${json.facts.filter((f) => f.kind === 'reported').length} reported), ${json.indicators.length} indicators, ${json.categories.length} categories, ${json.places.length} places\n`,
    );
  });

  it('lists every problem as file:line:col and exits 1', () => {
    const copy = new DatasetCopy();
    const line = copy.replace('documents/nanning-press-2024.yaml', 'value: 52', 'value: 5');
    const { code, out, err } = cli('validate', copy.dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`nanning-press-2024.yaml:${line}:12: value: the quote does not state the number 5\n`);
    expect(err).toContain('1 problem found');
  });

  it('export refuses a broken dataset too', () => {
    const copy = new DatasetCopy();
    copy.write('places.yaml', 'oops: [');
    const { code, out, err } = cli('export', '--data', copy.dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/places\.yaml:1:\d+: YAML: /u);
  });

  it('after a failed load, advises validating the folders that failed, quoted for a shell', () => {
    const copy = new DatasetCopy();
    copy.write('places.yaml', 'oops: [');
    expect(cli('export', '--data', copy.dir).err).toContain(`run "policy-explorer validate ${copy.dir}" for the list.\n`);
    const seeds = join(copy.dir, "the seeds' folder");
    const quoted = `'${copy.dir}/the seeds'\\'' folder'`;
    expect(cli('search', 'x', '--data', copy.dir, '--seeds', seeds).err).toContain(
      `run "policy-explorer validate ${copy.dir} --seeds ${quoted}" for the list.\n`,
    );
    // Bundled data with seeds that are not there: the advice keeps to the bundled data.
    expect(cli('show', 'x', '--seeds', seeds).err).toContain(`run "policy-explorer validate --seeds ${quoted}" for the list.\n`);
  });
});

describe('control characters', () => {
  // ESC, C1, bidi override and isolate, DEL: each acts on a terminal instead of showing.
  const raw = 'a\u001B[2Jb\u0085c\u202Ed\u2066e\u007Ff';
  const shown = 'a\\u001B[2Jb\\u0085c\\u202Ed\\u2066e\\u007Ff';

  it('are written out visibly when stdout is a terminal, and passed through exactly when it is not', () => {
    // A query of words no figure has, so that the search echoes it back.
    const query = `qzx${raw.replace(/[a-f]/gu, 'qzx')}`;
    const echoed = `qzx${shown.replace(/(?<!\\u[0-9A-F]{0,3})[a-f]/gu, 'qzx')}`;
    expect(cliOnTerminal('search', query)).toEqual({ code: 1, out: `no results for "${echoed}"\n`, err: '' });
    expect(cli('search', query)).toEqual({ code: 1, out: `no results for "${query}"\n`, err: '' });
    // Line ends, CSV's CRLF among them, and TSV's tabs are structure, not controls.
    const csv = cli('show', 'nanning-2024-hitech-count', '--format', 'csv').out;
    expect(csv).toContain('\r\n');
    expect(cliOnTerminal('show', 'nanning-2024-hitech-count', '--format', 'csv').out).toBe(csv);
    const tsv = cli('show', 'high-tech', '--format', 'tsv').out;
    expect(tsv).toContain('\t');
    expect(cliOnTerminal('show', 'high-tech', '--format', 'tsv').out).toBe(tsv);
  });

  it('are written out visibly in messages on stderr', () => {
    const { code, err } = cli('show', raw);
    expect(code).toBe(1);
    expect(err).toContain(`"${shown}"`);
  });

  it('in JSON from show, search and export are escaped as \\uXXXX, and parse back to the same text', () => {
    // Built in memory, so the check does not depend on what the loader lets through.
    const bundled = bundledDataset();
    const documents = bundled.documents.map((d) => (d.id === 'nanning-press-2024' ? { ...d, title: { ...d.title, en: raw } } : d));
    const categories = bundled.categories.map((c) => (c.id === 'high-tech' ? { ...c, name: { ...c.name, en: raw } } : c));
    const dataset: Dataset = {
      ...bundled,
      documents,
      documentById: new Map(documents.map((d) => [d.id, d])),
      categories,
      categoryById: new Map(categories.map((c) => [c.id, c])),
    };
    const outputs = {
      show: (showCommand(dataset, 'nanning-press-2024', 'json') as { output: string }).output,
      search: searchCommand(dataset, bundled.categoryById.get('high-tech')!.name.zh_hans, { json: true, limit: 3, types: ['category'] })
        .text,
      export: exportWhole(dataset, 'json'),
    };
    for (const [command, output] of Object.entries(outputs)) {
      expect(output, command).not.toMatch(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
      // JSON.stringify writes ESC in lower case; the rest is escaped here.
      expect(output, command).toContain('a\\u001b[2Jb\\u0085c\\u202Ed\\u2066e\\u007Ff');
    }
    expect(JSON.parse(outputs.show)).toMatchObject({ title_en: raw });
    expect((JSON.parse(outputs.search) as { results: unknown[] }).results).toContainEqual(
      expect.objectContaining({ id: 'high-tech', label: expect.stringContaining(raw) }),
    );
    expect((JSON.parse(outputs.export) as { documents: { id: string; title_en: string }[] }).documents).toContainEqual(
      expect.objectContaining({ id: 'nanning-press-2024', title_en: raw }),
    );
  });
});

describe('the command line', () => {
  it.each([
    [{ isTTY: false }, { isTTY: false }, 'stdin and stdout are not a terminal'],
    [{ isTTY: false }, { isTTY: true }, 'stdin is not a terminal'],
    [{ isTTY: true }, {}, 'stdout is not a terminal'],
    [{ isTTY: true }, { isTTY: true }, 'TERM=dumb cannot draw a full screen'],
  ])('explains that the explorer needs a terminal (stdin %j, stdout %j)', (stdin, stdout, why) => {
    let out = '';
    let err = '';
    const code = run([], { out: (t) => (out += t), err: (t) => (err += t), stdin, stdout, env: { TERM: 'dumb' } });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`needs an interactive terminal (${why})`);
    expect(err).toMatch(/export, validate, search/u);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('with both terminals, hands back the explorer to start, and checks its options first', () => {
    const terminals = {
      out: () => undefined,
      err: () => undefined,
      stdin: { isTTY: true },
      stdout: { isTTY: true },
      env: { TERM: 'xterm' },
    };
    const outcome = run(['--lang', 'zh', '--clipboard', 'off'], terminals);
    expect(outcome).toMatchObject({
      explore: { lang: 'zh', clipboard: 'off', location: oneFolder(BUNDLED_DATA, BUNDLED_SEEDS) },
    });
    let err = '';
    expect(run(['--clipboard', 'pigeon'], { ...terminals, err: (t) => (err += t) })).toBe(2);
    expect(err).toMatch(/unknown clipboard mode "pigeon" \(use auto, osc52, native, off\)/u);
  });

  it('names the options a command takes when given one it does not; --help and --version go with any', () => {
    expect(cli('export', '--lang', 'fr')).toEqual({
      code: 2,
      out: '',
      err: 'policy-explorer: export does not take --lang (it takes --format, --output, --bom, --place, --indicator, --year, --kind, --data, --seeds, --include-proposed, --no-cache). See "policy-explorer --help".\n',
    });
    expect(cli('validate', '--help')).toMatchObject({ code: 0, out: commandHelp(commandNamed('validate')!) });
    expect(cli('search', '--version')).toMatchObject({ code: 0, err: '' });
  });

  it('refuses an option given twice with different values, and takes it twice with the same', () => {
    for (const args of [
      ['--format', 'json', '--format', 'csv'],
      ['-f', 'json', '--format=csv'],
    ]) {
      const { code, out, err } = cli('export', ...args);
      expect({ code, out }).toEqual({ code: 2, out: '' });
      expect(err).toMatch(/^policy-explorer: --format is given twice, as "json" and as "csv"; give it once\. See/u);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
    expect(cli('export', '--format', 'csv', '-f', 'csv')).toEqual(cli('export', '--format', 'csv'));
    expect(cli('search', 'gazelle', '--json', '--json', '--limit', '2', '--limit=2')).toMatchObject({ code: 0, err: '' });
  });

  it('validate takes its folder as DIR or as --data, but not two different ones', () => {
    const copy = new DatasetCopy();
    copy.replace('documents/nanning-press-2024.yaml', 'value: 52', 'value: 5');
    for (const args of [[copy.dir], ['--data', copy.dir], [copy.dir, '--data', copy.dir]]) {
      expect(cli('validate', ...args)).toMatchObject({ code: 1, err: expect.stringContaining('1 problem found') });
    }
    const { code, err } = cli('validate', copy.dir, '--data', 'other');
    expect(code).toBe(2);
    expect(err).toBe(
      `policy-explorer: validate checks the folders given, but was given "${copy.dir}" and --data "other". See "policy-explorer --help".\n`,
    );
  });

  it('--help and --version', () => {
    expect(cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('policy-explorer export --format') });
    expect(cli('--help').out).toBe(USAGE);
    expect(cli('--version').out).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/u],
    [['export', '--colour'], /Unknown option '--colour'/u],
    [['export', '--format', 'xml'], /unknown format "xml" \(use json, csv, yaml, tsv, md, xlsx\)/u],
    [['export', 'extra'], /unexpected argument "extra"/u],
    [['--lang', 'fr'], /unknown language "fr" \(use en or zh\)/u],
    [
      ['search', 'x', '--format', 'csv'],
      /search does not take --format \(it takes --json, --limit, --type, --data, --seeds, --include-proposed, --no-cache\)/u,
    ],
    [
      ['export', '--json'],
      /export does not take --json \(it takes --format, --output, --bom, --place, --indicator, --year, --kind, --data, --seeds, --include-proposed, --no-cache\)/u,
    ],
    [
      ['show', 'nanning-2024-hitech-count', '--limit', '3'],
      /show does not take --limit \(it takes --format, --lang, --data, --seeds, --include-proposed, --no-cache\)/u,
    ],
    [['validate', '--limit', '3'], /validate does not take --limit \(it takes --data, --seeds, --no-cache\)/u],
    [['validate', '-f', 'json'], /validate does not take --format/u],
    [
      ['--format', 'json'],
      /the explorer does not take --format \(it takes --lang, --clipboard, --data, --seeds, --include-proposed, --no-cache\)/u,
    ],
    [['search', 'x', '--limit', '-1'], /--limit takes a whole number from 1, not "-1"/u],
    [['search', 'x', '--limit', '--json'], /--limit needs a value \(for one that starts with "-", write --limit=VALUE\)/u],
  ])('%j is a one-line error with exit 2', (args, message) => {
    const { code, out, err } = cli(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('the built binary', () => {
  it('exits 0, 2 for a usage error and 1 for a broken dataset, without a stack trace', () => {
    expect(bin('--version')).toMatchObject({ code: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+\n$/u), err: '' });

    const usage = bin('frobnicate');
    expect(usage).toMatchObject({ code: 2, out: '' });
    expect(usage.err).toMatch(/^policy-explorer: unknown command "frobnicate"/u);
    expect(usage.err.trim().split('\n')).toHaveLength(1);

    const copy = new DatasetCopy();
    const line = copy.replace('documents/nanning-press-2024.yaml', 'value: 52', 'value: 5');
    const { code, out, err } = bin('validate', copy.dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`nanning-press-2024.yaml:${line}:12: value: the quote does not state the number 5\n`);
    expect(err).not.toMatch(/\n\s+at /u);
  });

  it('explains that the explorer needs a terminal when stdin and stdout are pipes', () => {
    const { code, out, err } = bin();
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/needs an interactive terminal \(stdin and stdout are not a terminal\)/u);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when the reader closes the pipe early (export | head)', () => {
    // The export is far larger than a pipe's buffer, so the binary is still writing when head leaves.
    const r = spawnSync('bash', ['-c', '"$NODE" "$BIN" export | head -c 100; exit "${PIPESTATUS[0]}"'], {
      encoding: 'utf8',
      env: { ...process.env, NODE: process.execPath, BIN },
    });
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('says so in one line and exits 1 when the output cannot be written (> /dev/full)', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip('no /dev/full on this system');
    const { code, err } = binTo('/dev/full', 'export', '--format', 'json');
    expect(err).toBe('policy-explorer: could not write the output: no space left on device (ENOSPC)\n');
    expect(code).toBe(1);
  });

  it('does not lose the end of an export to a disk that fills part-way (64 KiB tmpfs)', (ctx) => {
    // A real short write: the kernel takes the first 64 KiB and says so, then refuses the
    // rest. Mounting needs root; elsewhere the test reports itself skipped.
    const dir = mkdtempSync(join(tmpdir(), 'policy-explorer-full-'));
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
    try {
      if (mount.status !== 0) ctx.skip(`cannot mount a tmpfs here: ${(mount.stderr || String(mount.error)).trim()}`);
      const file = join(dir, 'export.json');
      const { code, err } = binTo(file, 'export', '--format', 'json');
      expect(statSync(file).size).toBeLessThan(Buffer.byteLength(cli('export', '--format', 'json').out));
      expect(err).toBe('policy-explorer: could not write the output: no space left on device (ENOSPC)\n');
      expect(code).toBe(1);
    } finally {
      if (mount.status === 0) spawnSync('umount', [dir]);
      rmdirSync(dir);
    }
  });
});
