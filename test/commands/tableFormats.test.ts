import { exportWhole } from '../helpers.js';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/commands/compare.js';

import { progressCommand, targetsOf } from '../../src/commands/progress.js';
import { indexDataset } from '../../src/model/dataset.js';
import { progressOfTarget } from '../../src/model/indicators.js';
import { loadDataset, oneFolder } from '../../src/model/load.js';
import type { Dataset, Fact } from '../../src/model/types.js';
import { BUNDLED_DATA } from '../../src/paths.js';
import { bundledDataset, gfmCells, runCli, temporaryFolder } from '../helpers.js';

/**
 * Every figure export, compare and progress write, in every text format, carries its quote
 * and its document, read back as a script or a reader reads them: CSV by a real parser, TSV
 * split at tabs, Markdown as GFM splits a row, JSON parsed. The figures of the folder below
 * have `|` in their texts and start like spreadsheet formulas (= + - @); a dataset cannot hold
 * a line break in them, so the same figures are also given one in memory.
 */

const FORMATS = ['csv', 'tsv', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];
const COMMANDS = ['export', 'compare', 'progress'] as const;
type Command = (typeof COMMANDS)[number];
const INDICATOR = 'high-tech-enterprises';

const SEED = [
  '-标题|甲乙',
  '一、目标',
  '=目标|高新技术企业数量达1800家。',
  '二、进展',
  '@实际|高新技术企业1729家。',
  '+基数|高新技术企业1500家。',
];

const FIGURE = (id: string, kind: string, year: number, section: string, metric: string, value: number, quote: string, link = '') => `
  - id: ${id}
    kind: ${kind}
    year: ${year}
    section: ${section}
    metric: { zh: "${metric}", en: "${metric}" }
    indicator: ${INDICATOR}
    measure: stock
    value: ${value}
    unit: 家
    qualifier: exact
    tags: [enterprises]${link}
    quote: "${quote}"`;

const DOCUMENT = `id: odd-2024
seed: odd.txt
title: { zh: "-标题|甲乙", en: "-A title|with a pipe" }
publisher: { zh: "+发布|机关", en: "=Publisher|x" }
date: 2024-01-02
place: nanning
kind: action-plan
script: simplified
sections:
  - { id: goals, title: { zh: "@目标|节", en: "@Goals|x" }, start: 一、目标 }
  - { id: progress, title: { zh: 进展, en: Progress }, start: 二、进展 }
facts:${FIGURE('odd-2025-hitech', 'target', 2025, 'goals', '+数量|高新技术企业', 1800, '=目标|高新技术企业数量达1800家')}${FIGURE(
  'odd-2024-hitech',
  'reported',
  2024,
  'progress',
  '@数量|高新技术企业',
  1729,
  '@实际|高新技术企业1729家',
  '\n    progress_of: odd-2025-hitech',
)}${FIGURE('odd-2023-hitech-base', 'reported', 2023, 'progress', '-基数|企业', 1500, '+基数|高新技术企业1500家', '\n    baseline_of: odd-2025-hitech')}
`;

/** A dataset folder of one document whose title, sections, metrics and quotes hold pipes and start like formulas. */
function oddFolder(): string {
  const dir = temporaryFolder();
  for (const list of ['places', 'categories', 'topics', 'indicators', 'synonyms'])
    cpSync(join(BUNDLED_DATA, `${list}.yaml`), join(dir, `${list}.yaml`));
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'odd.txt'), `${SEED.join('\n')}\n`);
  writeFileSync(join(dir, 'documents', 'odd-2024.yaml'), DOCUMENT);
  return dir;
}

function loaded(dir: string): Dataset {
  const result = loadDataset(oneFolder(dir, join(dir, 'seeds')));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.dataset;
}

/** The same dataset with a line break in every quote, metric and title, which only the files refuse. */
function withLineBreaks(dataset: Dataset): Dataset {
  const { places, categories, topics, synonyms, indicators } = dataset;
  const broken = (text: string) => text.replace('|', '|\r\n');
  const facts = dataset.facts.map((f): Fact => ({ ...f, quote: broken(f.quote), metric: { ...f.metric, zh: broken(f.metric.zh) } }));
  const documents = dataset.documents.map((d) => ({ ...d, title: { ...d.title, zh: broken(d.title.zh) } }));
  return indexDataset({ places, categories, topics, synonyms, indicators, documents, facts });
}

/** The figures a command writes: export and compare theirs, progress each target with its report and baseline. */
function figuresOf(dataset: Dataset, command: Command): Fact[] {
  if (command === 'export') return [...dataset.facts];
  if (command === 'compare') return [...dataset.factsByIndicator.get(INDICATOR)!];
  return targetsOf(dataset, undefined).flatMap((t) => {
    const p = progressOfTarget(dataset, t);
    return [t, ...(p.report ? [p.report] : []), ...(p.baseline ? [p.baseline] : [])];
  });
}

/** What a cell of text becomes in a format: a spreadsheet's text is never a formula; TSV and Markdown cells hold one line. */
function asWritten(format: Format, text: string): string {
  const text1 = format === 'csv' || format === 'tsv' ? (/^[=+\-@]/u.test(text) ? `'${text}` : text) : text;
  return format === 'tsv' || format === 'md' ? text1.replace(/[\t\r\n]+/gu, ' ') : text1;
}

interface Read {
  id: string;
  quote: string;
  document: string;
  document_title: string;
}

/** The rows of a CSV or TSV table by column name; every row as long as the header. */
function records(text: string, format: 'csv' | 'tsv'): Record<string, string>[] {
  if (format === 'csv') return parseCsv(text, { columns: true }) as Record<string, string>[];
  const [header, ...rows] = text
    .replace(/\n$/u, '')
    .split('\n')
    .map((l) => l.split('\t'));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

/** Each figure a CSV, TSV or JSON output names, with its quote and document as read back. */
function figuresRead(text: string, format: 'csv' | 'tsv' | 'json', command: Command): Read[] {
  const pick = (r: Record<string, unknown>, prefix = ''): Read[] =>
    r[`${prefix}id`] === '' || r[`${prefix}id`] === null || r[`${prefix}id`] === undefined
      ? []
      : [
          {
            id: r[`${prefix}id`] as string,
            quote: r[`${prefix}quote`] as string,
            document: r[`${prefix}document`] as string,
            document_title: r[`${prefix}document_title`] as string,
          },
        ];
  if (format !== 'json') {
    const rows = records(text, format);
    return rows.flatMap((r) => (command === 'progress' ? [...pick(r), ...pick(r, 'report_'), ...pick(r, 'baseline_')] : pick(r)));
  }
  const parsed = JSON.parse(text) as unknown;
  type Figure = Record<string, unknown>;
  if (command === 'export') return (parsed as { facts: Figure[] }).facts.flatMap((f) => pick(f));
  if (command === 'compare')
    return (parsed as { rows: { targets: Figure[]; reported: Figure[] }[] }).rows.flatMap((r) =>
      [...r.targets, ...r.reported].flatMap((f) => pick(f)),
    );
  return (parsed as { target: Figure; report: Figure | null; baseline: Figure | null }[]).flatMap((p) =>
    [p.target, p.report, p.baseline].flatMap((f) => (f === null ? [] : pick(f))),
  );
}

/** The Markdown table's rows as GFM splits them, each as long as the header, and what follows the table. */
function markdownRows(text: string): { rows: string[][]; after: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('| '));
  let last = first;
  while (lines[last + 1]?.startsWith('| ')) last++;
  const [header, , ...rows] = lines.slice(first, last + 1).map(gfmCells);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return { rows, after: lines.slice(last + 1).join('\n') };
}

/** Checks that the output carries every figure's quote and document, as the format writes them. */
function carriesEvery(dataset: Dataset, command: Command, format: Format, text: string): void {
  const figures = figuresOf(dataset, command);
  expect(figures.length).toBeGreaterThan(0);
  const title = (f: Fact) => dataset.documentById.get(f.document)!.title.zh;
  if (format !== 'md') {
    const read = figuresRead(text, format, command);
    for (const f of figures)
      expect(read, `${command} ${format} ${f.id}`).toContainEqual({
        id: f.id,
        quote: asWritten(format, f.quote),
        document: f.document,
        document_title: asWritten(format, title(f)),
      });
    return;
  }
  const { rows, after } = markdownRows(text);
  // A row's quote, and its source: the document's title as written, first.
  const quoted = command === 'progress' ? figures.filter((f) => f.kind === 'target') : figures;
  for (const f of quoted) {
    const row = rows.find((r) => r.includes(`“${asWritten('md', f.quote)}”`));
    expect(row, `${command} md ${f.id}`).toBeDefined();
    expect(row!.some((cell) => cell.startsWith(asWritten('md', title(f))))).toBe(true);
  }
  // Where a row's other figures (a target's report and baseline) are stated: the sources below the table.
  if (command !== 'export') for (const f of figures) expect(after).toContain(`《${asWritten('md', title(f))}》`);
}

describe('the quote and document of every figure, in every format', () => {
  // A folder of its own for each test: a test's folders are removed after it.
  const args = (dir: string, command: Command, format: Format) =>
    command === 'compare' ? ['compare', INDICATOR, '--format', format, '--data', dir] : [command, '--format', format, '--data', dir];

  it.each(COMMANDS.flatMap((c) => FORMATS.map((f) => [c, f] as const)))('%s --format %s, from the command line', (command, format) => {
    const dir = oddFolder();
    const { code, out, err } = runCli(args(dir, command, format));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    carriesEvery(loaded(dir), command, format, out);
  });

  it.each(FORMATS)('with line breaks in the quotes, metrics and titles, as %s', (format) => {
    const dataset = withLineBreaks(loaded(oddFolder()));
    const outputs: Record<Command, string> = {
      export: exportWhole(dataset, format),
      compare: (compareCommand(dataset, INDICATOR, format) as { output: string }).output,
      progress: progressCommand(dataset, { format }).output,
    };
    for (const command of COMMANDS) carriesEvery(dataset, command, format, outputs[command]);
  });

  it.each(FORMATS)('of the bundled data, as %s', (format) => {
    const dataset = bundledDataset();
    for (const command of COMMANDS) {
      const { code, out } = runCli(command === 'compare' ? ['compare', INDICATOR, '-f', format] : [command, '-f', format]);
      expect(code).toBe(0);
      carriesEvery(dataset, command, format, out);
    }
  });
});
