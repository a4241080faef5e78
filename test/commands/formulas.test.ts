import { exportWhole } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { citeFact } from '../../src/cite/citation.js';
import { AS_WRITTEN } from '../../src/cite/words.js';
import { compareCommand } from '../../src/commands/compare.js';

import { indexDataset } from '../../src/model/dataset.js';
import type { Dataset, Fact } from '../../src/model/types.js';
import { copyText } from '../../src/ui/copy/text.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { bundledDataset, csvFields, DatasetCopy, runCli } from '../helpers.js';

const FORMULA = '=HYPERLINK("http://x","y")';
/** The formula as a spreadsheet must take it: text, after a single quote. */
const AS_TEXT = `'${FORMULA}`;
const FACT = 'nanning-2024-hitech-count';
const INDICATOR = 'high-tech-enterprises';

/** A copy of the data in which a figure's metric is a spreadsheet formula (removed after the test). */
function plantedFolder(): string {
  const copy = new DatasetCopy();
  copy.replace('documents/nanning-press-2024.yaml', 'metric: { zh: 高新技术企业数量,', `metric: { zh: '${FORMULA}',`);
  return copy.dir;
}

/** The record of a fact in a CSV (CRLF) or TSV (LF) table, by column name. */
function recordOf(table: string, id: string, format: 'csv' | 'tsv'): Record<string, string> {
  const records =
    format === 'csv'
      ? table.trimEnd().split('\r\n').map(csvFields)
      : table
          .trimEnd()
          .split('\n')
          .map((l) => l.split('\t'));
  const [header, ...rows] = records;
  const row = rows.find((r) => r[header!.indexOf('id')] === id);
  if (!row) throw new Error(`no record of ${id} in:\n${table}`);
  return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
}

function succeeded(args: string[]): string {
  const { code, out, err } = runCli(args);
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return out;
}

describe('a metric that is a spreadsheet formula, from the command line', () => {
  it('export writes it as text in CSV, and as it is in JSON', () => {
    const dir = plantedFolder();
    const csv = recordOf(succeeded(['export', '--format', 'csv', '--data', dir]), FACT, 'csv');
    expect(csv).toMatchObject({ metric_zh: AS_TEXT, value: '1729' });
    const json = JSON.parse(succeeded(['export', '--format', 'json', '--data', dir])) as { facts: { id: string; metric_zh: string }[] };
    expect(json.facts.find((f) => f.id === FACT)!.metric_zh).toBe(FORMULA);
  });

  it('compare writes it as text in CSV and TSV, and as it is in JSON', () => {
    const dir = plantedFolder();
    for (const format of ['csv', 'tsv'] as const)
      expect(recordOf(succeeded(['compare', INDICATOR, '--format', format, '--data', dir]), FACT, format)).toMatchObject({
        metric_zh: AS_TEXT,
        value: '1729',
      });
    const json = JSON.parse(succeeded(['compare', INDICATOR, '--format', 'json', '--data', dir])) as {
      rows: { reported: { id: string; metric_zh: string }[] }[];
    };
    expect(json.rows.flatMap((r) => r.reported).find((f) => f.id === FACT)!.metric_zh).toBe(FORMULA);
  });

  it('show writes it as text in a fact’s CSV and an indicator’s CSV and TSV, and as it is in JSON', () => {
    const dir = plantedFolder();
    expect(recordOf(succeeded(['show', FACT, '--format', 'csv', '--data', dir]), FACT, 'csv')).toMatchObject({
      metric_zh: AS_TEXT,
      value: '1729',
    });
    for (const format of ['csv', 'tsv'] as const)
      expect(recordOf(succeeded(['show', INDICATOR, '--format', format, '--data', dir]), FACT, format).metric_zh).toBe(AS_TEXT);
    expect((JSON.parse(succeeded(['show', FACT, '--format', 'json', '--data', dir])) as { metric_zh: string }).metric_zh).toBe(FORMULA);
  });
});

describe('a negative figure whose metric is a formula, in every CSV and TSV writer', () => {
  const bundled = bundledDataset();
  const { places, categories, topics, synonyms, indicators, documents } = bundled;
  const facts = bundled.facts.map((f): Fact => (f.id === FACT ? { ...f, value: -3.5, metric: { ...f.metric, zh: FORMULA } } : f));
  const dataset: Dataset = indexDataset({ places, categories, topics, synonyms, indicators, documents, facts });
  const fact = dataset.factById.get(FACT)!;
  // A negative number stays a number; the text beside it does not run.
  const expected = { metric_zh: AS_TEXT, value: '-3.5' };

  it('export and compare', () => {
    expect(recordOf(exportWhole(dataset, 'csv'), FACT, 'csv')).toMatchObject(expected);
    for (const format of ['csv', 'tsv'] as const) {
      const compared = compareCommand(dataset, INDICATOR, format) as { output: string };
      expect(recordOf(compared.output, FACT, format)).toMatchObject(expected);
    }
  });

  it('a fact’s CSV citation', () => {
    expect(recordOf(citeFact(dataset, fact, 'csv'), FACT, 'csv')).toMatchObject(expected);
  });

  it('the explorer’s copies: a fact as a CSV row and a list as a CSV or TSV table', () => {
    const q = createQueries(dataset);
    expect(recordOf(copyText({ target: { kind: 'fact', id: FACT }, format: 'csv' }, q, AS_WRITTEN), FACT, 'csv')).toMatchObject(expected);
    const list = { kind: 'list', ids: [FACT, 'nanning-2023-hitech-count'] } as const;
    expect(recordOf(copyText({ target: list, format: 'table-csv' }, q, AS_WRITTEN), FACT, 'csv')).toMatchObject(expected);
    expect(recordOf(copyText({ target: list, format: 'table-tsv' }, q, AS_WRITTEN), FACT, 'tsv')).toMatchObject(expected);
  });
});
