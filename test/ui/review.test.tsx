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

  it('chooses a measure, an indicator and topics from lists filtered in either script or pinyin, and refuses what review --set refuses, in its words', async () => {
    const { path, first } = await reviewing();
    const fact = () => yamlOf(path).facts.find((f) => f.id === first) as unknown as Record<string, unknown>;
    expect(fact().measure).not.toBe('share');
    // The fields in the order review --set names them: metric.zh, metric.en, kind, year, qualifier, value, unit, indicator, measure.
    await app!.press('e', ...'jjjjjjjj', KEY.enter);
    await app!.waitFor(/measure {2}type to filter/u);
    // 占比 is how the Chinese interface names a share.
    await app!.press(...'占比', KEY.enter);
    await app!.waitFor('edited');
    expect(fact().measure).toBe('share');
    expect(fact().indicator).toBe('rnd-intensity');
    await app!.press('k', KEY.enter, ...'gaoxin');
    await app!.waitFor('high-tech enterprises · 高新技术企业');
    await app!.press(KEY.enter);
    await app!.waitFor(/indicator {4}high-tech-enterprises/u);
    expect(fact().indicator).toBe('high-tech-enterprises');
    // Topics are several, those the proposal has picked already: Space picks one more, Enter keeps them all.
    expect(fact().tags).toEqual(['rnd']);
    await app!.press('j', 'j', 'j', 'j', KEY.enter, ...'enterprises', ' ', KEY.enter);
    await app!.waitFor(/tags {9}rnd, enterprises/u);
    expect(fact().tags).toEqual(['rnd', 'enterprises']);
    // A typed field refuses as the command line does, in the same words.
    await app!.press(...'kkkkkkkk', KEY.enter, KEY.ctrlU, ...'20x4', KEY.enter);
    await app!.waitFor('year: a year is four digits, such as 2024');
  });

  it('proposes a new indicator named in the list, asking for its other name and what it counts; u takes back each write', async () => {
    const { dir, path, first } = await reviewing();
    const indicators = join(dir, 'indicators.yaml');
    const before = readFileSync(indicators, 'utf8');
    await app!.press('e', ...'jjjjjjj', KEY.enter, ...'独角兽估值总额');
    await app!.waitFor('+ propose the new indicator “独角兽估值总额”');
    // The new indicator is the one row no indicator answers to; with others above, it is the last.
    await app!.sendQuietly(KEY.pageDown);
    await app!.press(KEY.enter);
    await app!.waitFor('English name of 独角兽估值总额');
    await app!.press(...'Unicorn valuation', KEY.enter);
    await app!.waitFor('what 独角兽估值总额 counts');
    await app!.press(...'The summed valuation of unicorn firms', KEY.enter);
    await app!.waitFor('proposed the indicator unicorn-valuation');
    const listed = (parse(readFileSync(indicators, 'utf8')) as { id: string; status?: string; name: Record<string, string> }[]).at(-1)!;
    expect(listed).toMatchObject({
      id: 'unicorn-valuation',
      status: 'proposed',
      name: { zh_hans: '独角兽估值总额', en: 'Unicorn valuation' },
    });
    expect(readFileSync(indicators, 'utf8').startsWith(before)).toBe(true);
    expect(yamlOf(path).facts.find((f) => f.id === first)).toMatchObject({ indicator: 'unicorn-valuation' });
    await app!.press(KEY.escape, 'u');
    await app!.waitFor('undone');
    expect(yamlOf(path).facts.find((f) => f.id === first)).not.toMatchObject({ indicator: 'unicorn-valuation' });
    // The second undo's message is the first's: the file shows it.
    await app!.sendQuietly('u');
    await app!.until(() => readFileSync(indicators, 'utf8') === before, 'indicators.yaml to be as it was');
  });

  it("chooses a figure's place from the folder's and the gazetteer's, adding a division the folder lacks from the gazetteer", async () => {
    const { dir, path, first } = await reviewing();
    const places = join(dir, 'places.yaml');
    const before = readFileSync(places, 'utf8');
    expect(before).not.toContain('610400');
    // The fields in the order review --set names them: … indicator, measure, category, place.
    await app!.press('e', ...'jjjjjjjjjj', KEY.enter, ...'xianyang');
    await app!.waitFor('咸阳市 · Xianyang · 陕西省 · GB/T 2260 610400');
    await app!.press(KEY.enter);
    await app!.waitFor('added the place xianyang from the gazetteer');
    expect(yamlOf(path).facts.find((f) => f.id === first)).toMatchObject({ place: 'xianyang' });
    const added = (parse(readFileSync(places, 'utf8')) as { id: string; code?: string; status?: string }[]).find(
      (p) => p.id === 'xianyang',
    );
    // From the gazetteer whole: no proposal, with its code.
    expect(added).toMatchObject({ code: '610400' });
    expect(added).not.toHaveProperty('status');
    expect(readFileSync(places, 'utf8').startsWith(before.trimEnd())).toBe(true);
    // The folder's own place is offered by its names, first.
    await app!.press(KEY.enter, KEY.ctrlU, ...'西安');
    await app!.waitFor(/› \( \) .*西安市/u);
    await app!.press(KEY.escape, KEY.escape, 'u');
    await app!.waitFor('undone');
    expect(yamlOf(path).facts.find((f) => f.id === first)).not.toHaveProperty('place');
    await app!.sendQuietly('u');
    await app!.until(() => readFileSync(places, 'utf8') === before, 'places.yaml to be as it was');
  });

  it("speaks Chinese when the interface does: its words, the fields' Chinese names and the values of a list", async () => {
    const dir = temporaryFolder();
    const quiet = { out: () => {}, err: () => {}, stdin: { isTTY: false }, stdout: { isTTY: false } };
    expect(run(['ingest', PAGE, '--into', dir, '--place', '西安市', '--place-id', 'xian'], quiet)).toBe(0);
    app = await driveReview(readReview(dir, 'confidence'), 120, 32, null, 'zh');
    await app.waitFor('已审核 0/17');
    expect(app.frame()).toContain('置信度由低到高');
    expect(app.frame()).toContain('清理后的文本');
    // A fixed value is the file's word, with its Chinese word before it.
    expect(app.frame()).toContain('口径 measure 增长 growth');
    await app.press('e', ...'jjjjjjjj');
    await app.waitFor('口径 measure');
    await app.press(KEY.enter);
    await app.waitFor('占比 · share');
    // The overlays too: the folder's list and the diff a decision writes.
    await app.press(KEY.escape, KEY.escape, 'L');
    await app.waitFor('状态：全部 · 置信度 ≥ 不限 · 全部文件');
    await app.press(KEY.escape, 'd');
    await app.waitFor('（尚未写入）：');
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
