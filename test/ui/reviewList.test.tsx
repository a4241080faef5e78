import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { readReview, readyToAccept } from '../../src/review/session.js';
import { displayWidth } from '../../src/ui/text/text.js';
import { runCli, workReportFolder } from '../helpers.js';
import { drive, driveReview, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => app?.unmount());

/** Xi'an's work report (17 proposals) and Suzhou's bureau summary in one folder, and the review screen over it. */
async function reviewing(columns = 80, rows = 24) {
  const { dir, path } = workReportFolder();
  const summary = join(PACKAGE_ROOT, 'test', 'fixtures', 'suzhou-bureau-summary.txt');
  expect(runCli(['ingest', summary, '--into', dir]).code).toBe(0);
  const review = readReview(dir, 'confidence');
  app = await driveReview(review, columns, rows);
  await app.waitFor(`0/${review.proposals.length} reviewed`);
  return { dir, path, review };
}

type Written = { id: string; status?: string; confidence?: number };
const factsOf = (path: string) => (parse(readFileSync(path, 'utf8')) as { facts: Written[] }).facts;
const fits = (width: number) => app!.lines().every((l) => displayWidth(l) <= width);

describe("the review's list of the folder's figures", () => {
  it('lists every proposal with its state, confidence and document in 80 columns, and Enter goes to the one chosen', async () => {
    const { review } = await reviewing();
    await app!.press('L');
    await app!.waitFor(`${review.proposals.length} shown`);
    expect(app!.frame()).toMatch(/id +state +conf document/u);
    expect(fits(80)).toBe(true);
    // The cursor's row is drawn inverse: the least sure proposal first, as the review orders them.
    const first = review.proposals[0]!.fact;
    expect(app!.selected().join('\n')).toMatch(new RegExp(`p\\d{3} +proposed +${first.confidence!.toFixed(2)}`, 'u'));
    await app!.press('j', 'j');
    const third = review.proposals[2]!;
    await app!.press(KEY.enter);
    await app!.waitFor(`proposal 3 of ${review.proposals.length}`);
    expect(app!.frame()).toContain(third.fact.quote);
  });

  it('filters by state, minimum confidence and document; a bad minimum is refused with why', async () => {
    const { review } = await reviewing(100, 30);
    // A skipped proposal is listed as skipped.
    await app!.press('s');
    await app!.press('L');
    await app!.pressUntil('s', 'state: skipped');
    await app!.waitFor('1 shown');
    expect(app!.frame()).toMatch(/skipped +0\.65/u);
    await app!.pressUntil('s', 'state: all');
    await app!.press('c', '1', '.', '5', KEY.enter);
    await app!.waitFor('a confidence is a number from 0 to 1');
    await app!.press(KEY.ctrlU, '0', '.', '9', KEY.enter);
    const sure = review.proposals.filter((p) => p.fact.confidence! >= 0.9).length;
    await app!.waitFor(`${sure} shown · state: all · conf ≥ 0.9`);
    expect(app!.frame()).not.toMatch(/ 0\.[5-8]\d /u);
    // f keeps to the document of the row under the cursor, the first.
    const document = review.proposals.find((p) => p.fact.confidence! >= 0.9)!.document;
    const mine = review.proposals.filter((p) => p.fact.confidence! >= 0.9 && p.document === document).length;
    await app!.press('f');
    await app!.waitFor(`${mine} shown · state: all · conf ≥ 0.9 · ${document.slice(0, 10)}`);
    expect(mine).toBeLessThan(sure);
    expect(fits(100)).toBe(true);
  });

  it('accepts all shown at or above the minimum but the marked, after a y/n saying how many', async () => {
    const { review } = await reviewing(80, 24);
    await app!.press('L', 'c', '0', '.', '9', KEY.enter);
    const sure = review.proposals.filter((p) => p.fact.confidence! >= 0.9);
    await app!.waitFor(`${sure.length} shown`);
    // The first row marked: the cursor moves on.
    await app!.press(' ');
    await app!.waitFor('1 marked');
    const marked = review.proposals.find((p) => p.fact.confidence! >= 0.9)!.fact.id;
    // d shows what accepting them would write, in each file, and writes nothing.
    await app!.press('d');
    await app!.waitFor('reviewed · preview');
    const previewed = app!.frame().replace(/\s+/gu, ' ');
    expect(previewed).toMatch(/accepting \d+ shown would change 2 files \(not written yet\)/u);
    expect(previewed).toMatch(/─── documents\/\S+\.yaml @@ -\d+,\d+ \+\d+,\d+ @@/u);
    await app!.press(KEY.escape);
    await app!.waitFor('1 marked');
    await app!.press('A');
    // The question wraps at 80 columns: read as one line.
    const asked = () => app!.frame().replace(/\s+/gu, ' ');
    const question = /Accept (\d+) proposals shown of confidence 0\.9 or more, in \d documents?, leaving the 1 marked\? y\/n/u;
    await app!.until(() => question.test(asked()), 'the question');
    const count = Number(question.exec(asked())![1]);
    await app!.press('n');
    await app!.waitFor(`${sure.length} shown`);
    for (const d of review.documents) expect(readFileSync(d.file.path, 'utf8')).toBe(d.file.text);
    await app!.press('A');
    await app!.waitFor('y/n');
    await app!.press('y');
    await app!.waitFor(`${count}/${review.proposals.length} reviewed`);
    const after = readReview(review.dir);
    expect(after.proposals).toHaveLength(review.proposals.length - count);
    expect(after.proposals.some((p) => p.fact.id === marked)).toBe(true);
    expect(
      after.proposals.every(
        (p) => p.fact.confidence! < 0.9 || p.fact.id === marked || p.fact.metric.en === undefined || p.fact.tags.length === 0,
      ),
    ).toBe(true);
    const markedFile = review.proposals.find((p) => p.fact.id === marked)!.file;
    expect(factsOf(markedFile).find((f) => f.id === marked)?.status).toBe('proposed');
    // The accepted are listed as accepted, with no confidence: outside any minimum, so it is cleared first.
    await app!.press('c', KEY.ctrlU, KEY.enter);
    await app!.waitFor('conf ≥ any');
    await app!.pressUntil('s', 'state: accepted');
    await app!.waitFor(`${count} shown`);
    expect(app!.frame()).toMatch(/accepted +—/u);
  });
});

describe('the preview of a decision', () => {
  it('shows the lines accepting writes, numbered, writes nothing, and Esc closes it', async () => {
    const { review } = await reviewing();
    const first = review.proposals[0]!;
    const path = first.file;
    const before = readFileSync(path, 'utf8');
    await app!.press('d');
    await app!.waitFor('reviewed · preview');
    expect(app!.frame().replace(/\s+/gu, ' ')).toContain(
      `accepting ${first.fact.id} would change documents/${first.document}.yaml (not written yet)`,
    );
    const lines = before.split('\n');
    const line = lines.indexOf('    status: proposed', lines.indexOf(`  - id: ${first.fact.id}`)) + 1;
    expect(line).toBeGreaterThan(1);
    expect(app!.frame()).toMatch(new RegExp(`${line} +- +status: proposed`, 'u'));
    expect(app!.frame()).toMatch(/- +confidence: 0\.65/u);
    expect(app!.frame()).toMatch(/@@ -\d+,\d+ \+\d+,\d+ @@/u);
    expect(fits(80)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(before);
    await app!.press(KEY.escape);
    await app!.waitFor(`proposal 1 of ${review.proposals.length}`);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('says when accepting as it is would be refused, for a proposal not ready to be a fact', async () => {
    const { review } = await reviewing(80, 30);
    const at = review.proposals.findIndex((p) => p.fact.id === 'xian-work-report-2025-p012');
    expect(readyToAccept(review.proposals[at]!)).toBe(false);
    for (let i = 0; i < at; i++) await app!.press('j');
    await app!.waitFor(`proposal ${at + 1} of`);
    await app!.press('d');
    await app!.waitFor('reviewed · preview');
    expect(app!.frame().replace(/\s+/gu, ' ')).toContain('accepting xian-work-report-2025-p012 would change');
    expect(app!.frame().replace(/\s+/gu, ' ')).toContain('as it is, it would be refused: a fact needs an English name, a topic');
    expect(fits(80)).toBe(true);
  });
});
