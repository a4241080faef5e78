import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { readReview } from '../../src/review/session.js';
import { displayWidth } from '../../src/ui/text/text.js';
import { temporaryFolder } from '../helpers.js';
import { drive, driveReview, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => app?.unmount());

const PAGE = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');

/** A folder with the work report ingested (17 proposals), and its review screen. */
async function reviewing(columns = 120, rows = 32) {
  const dir = temporaryFolder();
  const quiet = { out: () => {}, err: () => {}, stdin: { isTTY: false }, stdout: { isTTY: false } };
  expect(run(['ingest', PAGE, '--into', dir, '--place', '西安市', '--place-id', 'xian'], quiet)).toBe(0);
  const review = readReview(dir, 'confidence');
  app = await driveReview(review, columns, rows);
  await app.waitFor('0/17 reviewed');
  const path = join(dir, 'documents', 'xian-work-report-2025.yaml');
  const fact = review.proposals[0]!.fact;
  return { dir, path, first: fact.id, shown: `${fact.value} ${fact.unit}`, quoted: `${fact.value}${fact.unit}` };
}

const yamlOf = (path: string) =>
  parse(readFileSync(path, 'utf8')) as { facts: { id: string; status?: string; year: number }[]; rejected?: unknown[] };

describe('the review screen', () => {
  it('shows the proposal, why it is not surer, the clean text and the raw text it was read from', async () => {
    const { shown, quoted } = await reviewing();
    const frame = app!.frame();
    expect(frame).toMatch(/proposal 1 of 17 {2}· {2}least sure first/u);
    expect(shown).toBe('0.1 个百分点');
    expect(frame).toContain(`${shown}   reported 2024 (year inferred)`);
    expect(frame).toContain('confidence 0.65: metric inherited from previous clause');
    expect(frame).toContain('clean text');
    expect(frame).toMatch(/raw text, seeds line \d+/u);
    // The quote is marked in the clean text.
    expect(app!.selected().join('\n')).toContain(quoted);
  });

  it('wraps why a proposal is not surer to a second line at 80 columns, before it is cut', async () => {
    await reviewing(80, 24);
    const lines = app!.frame().split('\n');
    const at = lines.findIndex((l) => l.startsWith('confidence 0.65: metric inherited from previous clause'));
    expect(at).toBeGreaterThan(0);
    expect(`${lines[at]} ${lines[at + 1]}`).toMatch(/year inferred: the year the text last named/u);
  });

  it('accepts with a, rejects with x, and u takes the last back to the byte', async () => {
    const { path, first, shown } = await reviewing();
    const before = readFileSync(path, 'utf8');
    await app!.press('a');
    await app!.waitFor('1/17 reviewed');
    expect(yamlOf(path).facts.find((f) => f.id === first)).not.toHaveProperty('status');
    const accepted = readFileSync(path, 'utf8');
    await app!.press('x');
    await app!.waitFor('2/17 reviewed');
    expect(yamlOf(path).rejected).toHaveLength(1);
    await app!.press('u');
    await app!.waitFor('1/17 reviewed');
    expect(readFileSync(path, 'utf8')).toBe(accepted);
    await app!.press('u');
    await app!.waitFor('0/17 reviewed');
    expect(readFileSync(path, 'utf8')).toBe(before);
    // The proposal undone is the one shown again.
    expect(app!.frame()).toContain(shown);
  });

  it('edits a field in place, then accepts all of the document but the one skipped', async () => {
    const { path, first } = await reviewing();
    await app!.press('e', 'j', 'j', 'j', KEY.enter);
    await app!.waitFor('2024▏');
    await app!.press(KEY.ctrlU, '2', '0', '2', '3', KEY.enter);
    await app!.waitFor('edited');
    expect(yamlOf(path).facts.find((f) => f.id === first)).toMatchObject({ year: 2023, status: 'proposed' });
    await app!.press(KEY.escape, 's');
    await app!.waitFor('proposal 2 of 17');
    await app!.press('A');
    await app!.waitFor(
      /Accept \d+ proposals of xian-work-report-2025, leaving the 1 skipped and \d+ with no English name, topic or note yet/u,
    );
    const ready = Number(/Accept (\d+) proposals/u.exec(app!.frame())![1]);
    await app!.press('y');
    await app!.waitFor('accepted all of xian-work-report-2025');
    const left = yamlOf(path).facts.filter((f) => f.status === 'proposed');
    expect(left).toHaveLength(17 - ready);
    // The one skipped stays a proposal.
    expect(left.some((f) => f.id === first)).toBe(true);
  });

  it('steps a measure with Enter, takes an indicator and topics by name, and refuses what review --set refuses, in its words', async () => {
    const { path, first } = await reviewing();
    const fact = () => yamlOf(path).facts.find((f) => f.id === first) as unknown as Record<string, unknown>;
    const measure = fact().measure as string;
    // The fields in the order review --set names them: metric.zh, metric.en, kind, year, qualifier, value, unit, indicator, measure.
    await app!.press('e', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', KEY.enter);
    await app!.waitFor('edited');
    expect(fact().measure).not.toBe(measure);
    await app!.press('k', KEY.enter, KEY.ctrlU, ...'R&D intensity', KEY.enter);
    await app!.waitFor(/indicator {4}rnd-intensity/u);
    expect(fact().indicator).toBe('rnd-intensity');
    await app!.press('j', 'j', 'j', KEY.enter, KEY.ctrlU, ...'rnd, astrology', KEY.enter);
    await app!.waitFor('tags: no topic is named "astrology" in this folder');
    await app!.press(KEY.ctrlU, ...'研发投入', KEY.enter);
    await app!.waitFor(/tags {9}rnd/u);
    expect(fact().tags).toEqual(['rnd']);
  });

  it('never writes over a file changed on disk since it was read, and reads it again', async () => {
    const { path } = await reviewing();
    writeFileSync(path, `${readFileSync(path, 'utf8')}# a hand edit\n`);
    const edited = readFileSync(path, 'utf8');
    await app!.press('a');
    await app!.waitFor('changed on disk since it was read');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    // Read again, the next decision is made on the file as it is now.
    await app!.press('a');
    await app!.waitFor('1/17 reviewed');
    expect(readFileSync(path, 'utf8')).toContain('# a hand edit');
  });

  it.each([
    [40, 10],
    [80, 24],
  ])('fits %i×%i', async (columns, rows) => {
    await reviewing(columns, rows);
    for (const line of app!.lines()) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    expect(app!.lines().length).toBeLessThanOrEqual(rows);
  });
});
