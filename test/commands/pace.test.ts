import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { pacedFolder } from '../pacedFolder.js';

/**
 * `progress` says a target's pace from its own data (test/pacedFolder.ts): 1,800 high-tech
 * enterprises by 2025 from 1,500 in 2023, with 1,729 in 2024, is on the straight line; 40
 * institutes by 2025 with no baseline has no line to be judged by.
 */

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
    expect(lines).toContain(
      '↗ Nanning 2025 高新技术企业数量: target 1,800 家 · reported 1,729 家 (2024) · 96.1% of the target · 71 家 to go · starting from 1,500 家 (2023) · behind · on track, due 2025: needed by 2024 on a straight line: 1,650 家  [paced-2025-hitech]',
    );
    expect(lines).toContain(
      '… Nanning 2025 新型研发机构数量: target 40 家 · reported 25 家 (2024) · 62.5% of the target · 15 家 to go · behind · pace unknown, due 2025: no baseline to draw the line from  [paced-2025-institutes]',
    );
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
