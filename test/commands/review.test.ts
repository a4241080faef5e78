import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { readReview } from '../../src/review/session.js';
import { decide, undo } from '../../src/review/write.js';
import { runCli, temporaryFolder, workReportFolder } from '../helpers.js';

const cli = (...args: string[]) => runCli(args);

const factsOf = (path: string) =>
  parse(readFileSync(path, 'utf8')).facts as { id: string; status?: string; metric: { en?: string }; year: number }[];

describe('review DIR, for scripts', () => {
  it('lists the proposals least sure first, with progress, or as JSON', () => {
    const { dir } = workReportFolder();
    const { code, out } = cli('review', dir);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('0/17 reviewed; 17 to go, least sure first:');
    const confidences = lines.slice(1).map((l) => Number(l.split('  ')[1]));
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    const json = JSON.parse(cli('review', dir, '--json', '--order', 'text').out) as { id: string; document: string }[];
    expect(json.map((p) => p.id)).toEqual([...json.map((p) => p.id)].sort());
    expect(json[0]!.document).toBe('xian-work-report-2025');
  });

  it('accepts with edits, rejects with why, and the folder validates with the facts in it', () => {
    const { dir, path } = workReportFolder();
    expect(
      cli('review', dir, '--accept', 'xian-work-report-2025-p008', '--set', 'metric.en=little giants (cumulative)', '--set', 'year=2024'),
    ).toMatchObject({
      code: 0,
      out: '1/17 reviewed\n',
    });
    expect(cli('review', dir, '--reject', 'xian-work-report-2025-p011', '--why', 'a list, not a count')).toMatchObject({
      code: 0,
      out: '2/17 reviewed\n',
    });
    const facts = factsOf(path);
    expect(facts.find((f) => f.id === 'xian-work-report-2025-p008')).toMatchObject({
      metric: { en: 'little giants (cumulative)' },
      year: 2024,
    });
    expect(facts.find((f) => f.id === 'xian-work-report-2025-p008')).not.toHaveProperty('status');
    expect(facts.some((f) => f.id === 'xian-work-report-2025-p011')).toBe(false);
    expect(parse(readFileSync(path, 'utf8')).rejected).toEqual([
      { value: 5, unit: '家', quote: '我市有5家企业入选', metric: '我市企业入选', why: 'a list, not a count' },
    ]);
    const validated = cli('validate', dir);
    expect(validated.out).toMatch(/^ok: 1 documents, 1 facts/u);
    expect(validated.out).toContain('to review: 15 proposed figures');
  });

  it('refuses an acceptance that leaves a problem, and the file stays as it was', () => {
    const { dir, path } = workReportFolder();
    const before = readFileSync(path, 'utf8');
    // p011 has no English name yet: a fact needs one.
    const { code, err } = cli('review', dir, '--accept', 'xian-work-report-2025-p011');
    expect(code).toBe(1);
    expect(err).toMatch(/metric\.en: missing \(a fact needs its English name/u);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'documents'))).toEqual(['xian-work-report-2025.yaml']);
  });

  it('accepts all but the exceptions and those not ready to be facts, and says so', () => {
    const { dir, path } = workReportFolder();
    const proposed = () =>
      factsOf(path)
        .filter((f) => f.status === 'proposed')
        .map((f) => f.id);
    // Those without an English name cannot be facts yet: all at once leaves them, and one more named.
    const unnamed = factsOf(path)
      .filter((f) => f.metric.en === undefined || (f as { indicator?: string | null }).indicator === null)
      .map((f) => f.id);
    const kept = factsOf(path).find((f) => f.metric.en !== undefined)!.id;
    const { code, out } = cli('review', dir, '--accept-all', '--except', kept);
    expect(code).toBe(0);
    expect(out).toBe(
      `${17 - unnamed.length - 1}/17 reviewed; ${unnamed.length} left with no English name, topic, or note for no indicator yet (give them with --set)\n`,
    );
    expect(proposed().sort()).toEqual([...unnamed, kept].sort());
    expect(cli('review', dir, '--accept', 'nope')).toMatchObject({ code: 1, err: expect.stringMatching(/no proposal "nope"/u) });
    expect(cli('review', dir, '--set', 'colour=red', '--accept', unnamed[0]!)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--set takes FIELD=VALUE/u),
    });
    // Given its English name and a topic, one is accepted.
    expect(
      cli(
        'review',
        dir,
        '--accept',
        unnamed[0]!,
        '--set',
        'metric.en=firms on a list',
        '--set',
        'tags=enterprises',
        '--set',
        'note=A list of firms named, not a count of a kind.',
      ),
    ).toMatchObject({
      code: 0,
    });
  });
});

describe('review flags that would decide nothing', () => {
  it.each([
    ['--set with only --reject', ['--reject', 'ID', '--set', 'year=2024'], /^--set edits the proposals accepted with --accept ID/u],
    ['--set with only --accept-all', ['--accept-all', '--set', 'year=2024'], /^--set edits the proposals accepted with --accept ID/u],
    ['--why without --reject', ['--accept', 'ID', '--why', 'a list'], /^--why says why the proposals given with --reject ID are rejected/u],
    ['--except without --accept-all', ['--except', 'ID'], /^--except names proposals for --accept-all to leave/u],
    ['--except naming no proposal', ['--accept-all', '--except', 'ID,nope'], /^--except names "nope", which is no proposal in /u],
    ['--json with a decision', ['--json', '--accept', 'ID'], /^--json lists the proposals; a decision prints only the progress/u],
  ])('%s is a usage error saying what to do, and nothing is written', (_, flags, says) => {
    const { dir, path } = workReportFolder();
    const id = factsOf(path).find((f) => f.metric.en !== undefined)!.id;
    const before = readFileSync(path, 'utf8');
    const { code, out, err } = cli('review', dir, ...flags.map((f) => f.replace('ID', id)));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.replace(/^policy-explorer: /u, '')).toMatch(says);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('on a terminal too: the screen is not opened with a flag it would ignore', () => {
    const { dir } = workReportFolder();
    let err = '';
    // No settings file: the screen speaks English unless --lang says otherwise.
    const env = { XDG_CONFIG_HOME: temporaryFolder() };
    const io = { out: () => {}, err: (t: string) => (err += t), stdin: { isTTY: true }, stdout: { isTTY: true }, env };
    expect(run(['review', dir, '--why', 'a list'], io)).toBe(2);
    expect(err).toMatch(/--why says why/u);
    expect(run(['review', dir], io)).toEqual({ review: { dir, order: 'confidence', lang: 'en' } });
    expect(run(['review', dir, '--lang', 'zh'], io)).toEqual({ review: { dir, order: 'confidence', lang: 'zh' } });
  });
});

describe('the review session', () => {
  it('never writes over a file changed on disk since it was read, and undo restores the bytes', () => {
    const { dir, path } = workReportFolder();
    const review = readReview(dir);
    const file = review.documents[0]!.file;
    const id = review.proposals.find((p) => p.fact.metric.en !== undefined)!.fact.id;
    // A hand edit after the review read the file.
    const edited = `${file.text}# a note added by hand\n`;
    writeFileSync(path, edited);
    expect(decide(dir, file, { type: 'accept', id })).toEqual({
      conflict: 'documents/xian-work-report-2025.yaml changed on disk since it was read: nothing was written, and it is read again',
    });
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const fresh = readReview(dir).documents[0]!.file;
    const outcome = decide(dir, fresh, { type: 'accept', id });
    if (!('written' in outcome)) throw new Error(JSON.stringify(outcome));
    expect(readFileSync(path, 'utf8')).not.toBe(edited);
    expect('written' in undo(dir, outcome)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    // Nothing but the document is left in its folder: no temporary file.
    expect(readdirSync(join(dir, 'documents'))).toEqual(['xian-work-report-2025.yaml']);
    expect(existsSync(join(dir, 'documents', 'xian-work-report-2025.yaml'))).toBe(true);
  });
});
