import { readFileSync } from 'node:fs';
import { PASTE_END, PASTE_START } from '../../src/platform/keys.js';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { readReview } from '../../src/review/session.js';
import { runCli, temporaryFolder } from '../helpers.js';
import { driveReview, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof driveReview>> | undefined;
afterEach(() => app?.unmount());

const PAGE = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');

/** The work report ingested as a zone's (西安高新区, which ingest proposes as a new place), and its review screen. */
async function reviewingZone() {
  const dir = temporaryFolder();
  expect(runCli(['ingest', PAGE, '--into', dir, '--place', '西安高新区', '--place-id', 'xian-hitech']).code).toBe(0);
  app = await driveReview(readReview(dir, 'confidence'), 120, 32);
  await app.waitFor('0/17 reviewed');
  return { path: join(dir, 'places.yaml') };
}

const placeOf = (path: string, id: string) => (parse(readFileSync(path, 'utf8')) as { id: string }[]).find((p) => p.id === id);

describe('the place form of the review', () => {
  it('shows that the document names a proposed place, and p opens it prefilled from the gazetteer', async () => {
    await reviewingZone();
    expect(app!.frame()).toContain('xian-hitech 西安高新区 is a proposed place: p finishes it');
    await app!.press('p');
    await app!.waitFor('Proposed place xian-hitech');
    const frame = app!.frame();
    expect(frame).toMatch(/name\.en {7}Xi'an High-tech Zone {2}· {2}filled/u);
    expect(frame).toMatch(/parent {8}xian {2}· {2}filled/u);
    expect(frame).toContain('its parent 西安市 is not in places.yaml: finishing adds shaanxi, xian from the gazetteer');
    await app!.press(KEY.escape);
    await app!.waitFor('is a proposed place: p finishes it');
  });

  it('edits a field as text, refuses what the field cannot be with the command line message, and f finishes the place', async () => {
    const { path } = await reviewingZone();
    await app!.press('p', 'j', 'j', 'j', 'j', 'j', KEY.enter);
    await app!.waitFor("Xi'an High-tech Zone▏");
    // Typed a key at a time, then pasted: both go into the field.
    await app!.press(KEY.ctrlU, '西', '安');
    await app!.press(KEY.enter);
    await app!.waitFor('short.en: the short English name is written in English');
    await app!.press(KEY.ctrlU, `${PASTE_START}Xi’an Hi-tech Zone${PASTE_END}`, KEY.enter);
    await app!.waitFor(/short\.en {6}Xi’an Hi-tech Zone/u);
    expect(placeOf(path, 'xian-hitech')).toHaveProperty('status', 'proposed');
    await app!.press('f');
    await app!.waitFor('finished the place xian-hitech');
    expect(placeOf(path, 'xian-hitech')).toEqual({
      id: 'xian-hitech',
      level: 'development-zone',
      parent: 'xian',
      name: { zh_hans: '西安高新区', zh_hant: '西安高新區', en: "Xi'an High-tech Zone" },
      short: { zh_hans: '西安高新区', zh_hant: '西安高新區', en: 'Xi’an Hi-tech Zone' },
      aliases: [],
    });
    expect(placeOf(path, 'xian')).toMatchObject({ code: '610100', parent: 'shaanxi' });
    // Finished, the place is no longer offered.
    expect(app!.frame()).not.toContain('is a proposed place');
  });

  it("keeps the form open and says the dataset's refusal when finishing would leave a problem", async () => {
    const { path } = await reviewingZone();
    const before = readFileSync(path, 'utf8');
    await app!.press('p', 'j', 'j', 'j', 'j', 'j', 'j', 'j', KEY.enter);
    await app!.waitFor('xian▏');
    await app!.press(KEY.ctrlU, 'nowhere', KEY.enter);
    await app!.waitFor(/parent {8}nowhere/u);
    await app!.press('f');
    await app!.waitFor(/not written: places\.yaml:\d+:\d+: parent: no place "nowhere"/u);
    expect(app!.frame()).toContain('Proposed place xian-hitech');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
