import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA } from '../../src/paths.js';
import { runCli, temporaryFolder } from '../helpers.js';

/**
 * `progress` says a target's pace from its own data: a plan for 1,800 high-tech enterprises
 * by 2025, starting from 1,500 in 2023, with 1,729 reported in 2024, is on the straight line
 * (1,650 by 2024) whatever today's date is; one for 40 research institutes by 2025, with no
 * baseline, has no line to be judged by.
 */

const SEED = [
  '一、目标',
  '到2025年，高新技术企业数量达1800家，新型研发机构达40家。',
  '二、进展',
  '2023年高新技术企业1500家。2024年高新技术企业1729家，新型研发机构25家。',
];

const FIGURE = (id: string, kind: string, year: number, section: string, value: number, quote: string, more = '') => `
  - id: ${id}
    kind: ${kind}
    year: ${year}
    section: ${section}
    metric: { zh: "${quote.replace(/[0-9]+家$/u, '')}", en: "${id}" }
    indicator: ${id.includes('hitech') ? 'high-tech-enterprises' : 'innovation-platforms'}
    measure: stock
    value: ${value}
    unit: 家
    qualifier: exact
    tags: [enterprises]${more}
    quote: "${quote}"`;

const DOCUMENT = `id: paced-2023
seed: paced.txt
title: { zh: 高新技术企业培育方案, en: A plan for high-tech enterprises }
publisher: { zh: 市科技局, en: City S&T bureau }
date: 2024-12-01
place: nanning
kind: action-plan
script: simplified
sections:
  - { id: goals, title: { zh: 目标, en: Goals }, start: 一、目标 }
  - { id: progress, title: { zh: 进展, en: Progress }, start: 二、进展 }
facts:${[
  FIGURE('paced-2025-hitech', 'target', 2025, 'goals', 1800, '高新技术企业数量达1800家'),
  FIGURE('paced-2023-hitech-base', 'reported', 2023, 'progress', 1500, '高新技术企业1500家', '\n    baseline_of: paced-2025-hitech'),
  FIGURE('paced-2024-hitech', 'reported', 2024, 'progress', 1729, '高新技术企业1729家', '\n    progress_of: paced-2025-hitech'),
  FIGURE('paced-2025-institutes', 'target', 2025, 'goals', 40, '新型研发机构达40家'),
  FIGURE('paced-2024-institutes', 'reported', 2024, 'progress', 25, '新型研发机构25家', '\n    progress_of: paced-2025-institutes'),
].join('')}
`;

/** A dataset folder of the one document above, with the bundled lists. */
function pacedFolder(): string {
  const dir = temporaryFolder();
  for (const list of ['places', 'categories', 'topics', 'indicators', 'synonyms'])
    cpSync(join(BUNDLED_DATA, `${list}.yaml`), join(dir, `${list}.yaml`));
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'paced.txt'), `${SEED.join('\n')}\n`);
  writeFileSync(join(dir, 'documents', 'paced-2023.yaml'), DOCUMENT);
  return dir;
}

describe('progress --json', () => {
  it('gives a pace for a target with a baseline and a report before its due year, the status unchanged', () => {
    const { code, out, err } = runCli(['--data', pacedFolder(), 'progress', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as {
      target: { id: string };
      status: string;
      pace: string;
      pace_reason: string | null;
      expected: number | null;
    }[];
    expect(rows.find((r) => r.target.id === 'paced-2025-hitech')).toMatchObject({
      status: 'behind',
      pace: 'on-track',
      pace_reason: null,
      expected: 1650,
    });
    expect(rows.find((r) => r.target.id === 'paced-2025-institutes')).toMatchObject({
      status: 'behind',
      pace: 'unknown',
      pace_reason: 'no baseline to draw the line from',
      expected: null,
    });
  });

  it('says the pace and the line in the lines, the tables and the export', () => {
    const dir = pacedFolder();
    const lines = runCli(['--data', dir, 'progress']).out;
    expect(lines).toContain('· behind · ↗ on track, due 2025: needed by 2024 on a straight line: 1,650 家  [paced-2025-hitech]');
    expect(lines).toContain('· behind · … pace unknown, due 2025: no baseline to draw the line from  [paced-2025-institutes]');
    expect(runCli(['--data', dir, 'progress', '-f', 'md']).out).toContain(
      '| 71 家 to go | ↗ on track, due 2025: needed by 2024 on a straight line: 1,650 家 |',
    );
    const exported = JSON.parse(runCli(['--data', dir, 'export']).out) as { facts: { id: string; progress_pace: string | null }[] };
    expect(exported.facts.map((f) => [f.id, f.progress_pace])).toEqual([
      ['paced-2025-hitech', 'on-track'],
      ['paced-2023-hitech-base', null],
      ['paced-2024-hitech', null],
      ['paced-2025-institutes', 'unknown'],
      ['paced-2024-institutes', null],
    ]);
  });
});
