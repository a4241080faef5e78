import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers.js';
import { linkFolder } from '../review/linkFolder.js';

const cli = (...args: string[]) => runCli(args);
const factOf = (path: string, id: string) =>
  (parse(readFileSync(path, 'utf8')).facts as { id: string; progress_of?: string; baseline_of?: string }[]).find((f) => f.id === id)!;

describe('review DIR --links and --link', () => {
  it('lists the figures that may report on a target or start it, with why, and the targets of a reported figure', () => {
    const { dir } = linkFolder();
    const { code, out } = cli('review', dir, '--links', 'plan-2025-target');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      'plan-2025-target  target 2025  1,500 家  plan  高新技术企业总数: 3 figures that may report on it or be its baseline, those that can be linked first:',
    );
    expect(lines[1]).toBe('summary-p001  reported 2025  1,460 家  summary  高新技术企业总数');
    expect(lines[2]).toMatch(
      /^ {4}summary-p001 reports on plan-2025-target \(progress_of\): same indicator high-tech-enterprises; same place nanning; same unit 家/u,
    );
    expect(lines[3]).toBe('plan-2023-count  reported 2023  1,320 家  plan  高新技术企业总数');
    expect(lines[4]).toMatch(/is the baseline of plan-2025-target \(baseline_of\).*2023, up to the target's base year 2023/u);
    expect(cli('review', dir, '--links', 'summary-p001').out).toMatch(
      /: 1 target it may report on or start, those that can be linked first:\nplan-2025-target {2}target 2025/u,
    );
    expect(cli('review', dir, '--links', 'plan-p001').out).toMatch(/\nno figures that may report on it or be its baseline in /u);
    const json = JSON.parse(cli('review', dir, '--links', 'summary-p001', '--json').out) as { target: string; key: string }[];
    expect(json).toEqual([
      expect.objectContaining({ figure: 'summary-p001', target: 'plan-2025-target', key: 'progress_of', document: 'plan', refusal: null }),
    ]);
  });

  it('writes progress_of or baseline_of by the years, on a proposal or an accepted fact, and progress then reads it', () => {
    const { dir, plan, summary } = linkFolder();
    const before = cli('progress', '--data', dir, '--include-proposed').out;
    expect(before).toContain('target 1,500 家 · no-report · due 2025  [plan-2025-target]');
    expect(cli('review', dir, '--link', 'summary-p001=plan-2025-target')).toMatchObject({
      code: 0,
      out: 'summary-p001 reports on plan-2025-target (progress_of)\n',
    });
    expect(cli('review', dir, '--link', 'plan-2023-count=plan-2025-target')).toMatchObject({
      code: 0,
      out: 'plan-2023-count is the baseline of plan-2025-target (baseline_of)\n',
    });
    expect(factOf(summary, 'summary-p001').progress_of).toBe('plan-2025-target');
    expect(factOf(plan, 'plan-2023-count').baseline_of).toBe('plan-2025-target');
    const after = cli('progress', '--data', dir, '--include-proposed').out;
    expect(after).toContain(
      'reported 1,460 家 (2025) · 97.3% of the target · 40 家 to go · starting from 1,320 家 (2023) · behind · missed, due 2025  [plan-2025-target]',
    );
    // Once more is nothing to write.
    const again = readFileSync(summary, 'utf8');
    expect(cli('review', dir, '--link', 'summary-p001=plan-2025-target').out).toBe(
      'summary-p001 reports on plan-2025-target (progress_of) already: nothing written\n',
    );
    expect(readFileSync(summary, 'utf8')).toBe(again);
  });

  it('refuses with exit 2 and writes nothing where the rules refuse the link', () => {
    const { dir, plan, summary } = linkFolder();
    const files = () => [readFileSync(plan, 'utf8'), readFileSync(summary, 'utf8')];
    const before = files();
    const refused = (spec: string) => {
      const { code, err, out } = cli('review', dir, '--link', spec);
      expect(code).toBe(2);
      expect(out).toBe('');
      return err;
    };
    expect(refused('plan-2025-target=summary-p001')).toContain(
      '--link takes the reported figure first: "plan-2025-target" is the target, so write --link summary-p001=plan-2025-target',
    );
    expect(refused('plan-2023-count=plan-p001')).toContain('"plan-p001" measures no indicator: give it one');
    expect(refused('plan-2023-count=summary-p001')).toContain('"summary-p001" is not a target');
    expect(refused('nobody=plan-2025-target')).toContain('--link names "nobody", which is no figure in');
    expect(refused('summary-p001')).toContain('--link takes FIGURE=TARGET');
    expect(cli('review', dir, '--links', 'nobody').code).toBe(2);
    expect(cli('review', dir, '--link', 'summary-p001=plan-2025-target', '--accept', 'summary-p001').code).toBe(2);
    expect(files()).toEqual(before);
  });
});
