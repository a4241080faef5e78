import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffLines, unifiedDiff } from '../../src/review/preview.js';
import { runCli, workReportFolder } from '../helpers.js';

const cli = (...args: string[]) => runCli(args);

type Written = { id: string; status?: string; confidence?: number; tags: string[]; metric: { en?: string }; indicator?: string | null };
const factsOf = (path: string) => parse(readFileSync(path, 'utf8')).facts as Written[];

describe('review DIR --accept-all --min-confidence C', () => {
  it('accepts the ready proposals of confidence C or more, and leaves and counts those below', () => {
    const { dir, path } = workReportFolder();
    const before = factsOf(path);
    const sure = before.filter((f) => f.confidence! >= 0.8);
    const below = before.filter((f) => f.confidence! < 0.8);
    const kept = sure.find((f) => f.metric.en !== undefined && f.tags.length > 0)!.id;
    const { code, out } = cli('review', dir, '--accept-all', '--min-confidence', '0.8', '--except', kept);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`; ${below.length} left below confidence 0.8\\n$`, 'u'));
    const after = new Map(factsOf(path).map((f) => [f.id, f]));
    for (const f of below) expect(after.get(f.id)?.status).toBe('proposed');
    expect(after.get(kept)?.status).toBe('proposed');
    const accepted = sure.filter((f) => f.id !== kept && after.get(f.id)?.status === undefined);
    expect(accepted.length).toBeGreaterThan(0);
    expect(out.startsWith(`${accepted.length}/17 reviewed`)).toBe(true);
  });

  it('says so when no proposal is sure enough, and writes nothing', () => {
    const { dir, path } = workReportFolder();
    const before = readFileSync(path, 'utf8');
    expect(cli('review', dir, '--accept-all', '--min-confidence', '1')).toMatchObject({
      code: 0,
      out: '0/17 reviewed; 17 left below confidence 1\n',
    });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('review DIR --dry-run', () => {
  it('prints the diff a decision would write, writes nothing, and the diff is what the decision then writes', () => {
    const { dir, path } = workReportFolder();
    const before = readFileSync(path, 'utf8');
    const id = factsOf(path).find((f) => f.metric.en !== undefined && f.tags.length > 0)!.id;
    const dry = cli('review', dir, '--accept', id, '--reject', 'xian-work-report-2025-p011', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.err).toMatch(/--dry-run: nothing written; 1 document would change/u);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(dry.out).toMatch(
      /^--- a\/documents\/xian-work-report-2025\.yaml\n\+\+\+ b\/documents\/xian-work-report-2025\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/u,
    );
    expect(dry.out).toContain('-    status: proposed');
    expect(dry.out).toContain('+rejected:');
    // Only the changed lines and their context: far shorter than the file.
    expect(dry.out.split('\n').length).toBeLessThan(before.split('\n').length / 4);
    expect(cli('review', dir, '--accept', id, '--reject', 'xian-work-report-2025-p011').code).toBe(0);
    expect(dry.out).toBe(unifiedDiff('documents/xian-work-report-2025.yaml', diffLines(before, readFileSync(path, 'utf8'))));
  });

  it('says why a decision cannot be made, exit 1, and writes nothing', () => {
    const { dir, path } = workReportFolder();
    const before = readFileSync(path, 'utf8');
    const { code, out, err } = cli(
      'review',
      dir,
      '--accept',
      'xian-work-report-2025-p001',
      '--accept',
      'xian-work-report-2025-p001',
      '--dry-run',
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/"xian-work-report-2025-p001" is not a proposal: it was accepted already/u);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('review flags for the folder that would decide nothing, or cannot be read', () => {
  it.each([
    [
      'a confidence over 1',
      ['--accept-all', '--min-confidence', '1.5'],
      /^--min-confidence takes a number from 0 to 1, such as 0.8 \(not "1.5"\)/u,
    ],
    ['a negative confidence', ['--accept-all', '--min-confidence=-0.2'], /^--min-confidence takes a number from 0 to 1/u],
    ['a confidence that is no number', ['--accept-all', '--min-confidence', 'high'], /^--min-confidence takes a number from 0 to 1/u],
    ['--min-confidence without --accept-all', ['--min-confidence', '0.8'], /^--min-confidence says which proposals --accept-all takes/u],
    ['--dry-run without a decision', ['--dry-run'], /^--dry-run shows what a decision would write: add --accept/u],
  ])('%s is a usage error, exit 2, and nothing is written', (_, flags, says) => {
    const { dir, path } = workReportFolder();
    const before = readFileSync(path, 'utf8');
    const { code, out, err } = cli('review', dir, ...flags);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.replace(/^policy-explorer: /u, '')).toMatch(says);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
