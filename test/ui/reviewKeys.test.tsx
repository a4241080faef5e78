import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PASTE_END, PASTE_START } from '../../src/platform/keys.js';
import { readReview } from '../../src/review/session.js';
import { workReportFolder } from '../helpers.js';
import { drive, driveReview, KEY } from './drive.js';
import { testJobs } from './jobs.js';

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => app?.unmount());

/** The review of the work report's 17 proposals, driven through stdin, with job control of the test's own. */
async function reviewing() {
  const { dir, path } = workReportFolder();
  const review = readReview(dir, 'confidence');
  const jobs = testJobs();
  app = await driveReview(review, 120, 32, jobs);
  await app.waitFor('0/17 reviewed  ·  proposal 1 of 17');
  return { path, before: readFileSync(path, 'utf8'), jobs };
}

/** A sentence that would decide, skip, edit and quit, were its letters keys. */
const SENTENCE = 'accept all of these: A y, reject x, skip s, undo u, then quit q';

describe('keys the review cannot use', () => {
  it('ignores keys Ink cannot name (Ctrl+F1, a cursor report and its answer) and goes on', async () => {
    await reviewing();
    await app!.sendQuietly('\u001B[1;5P', '\u001B[6n', '\u001B[12;40R');
    await app!.press('j');
    expect(app!.frame()).toContain('proposal 2 of 17');
  });

  it('takes a pasted sentence as nothing: no letter of it decides', async () => {
    const { path, before } = await reviewing();
    await app!.sendQuietly(SENTENCE);
    await app!.press('j');
    expect(app!.frame()).toContain('0/17 reviewed  ·  proposal 2 of 17');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('takes a paste the terminal marked as nothing, however short', async () => {
    const { path, before } = await reviewing();
    await app!.sendQuietly(`${PASTE_START}ay${PASTE_END}`, `${PASTE_START}x${PASTE_END}`);
    await app!.press('j');
    expect(app!.frame()).toContain('0/17 reviewed  ·  proposal 2 of 17');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('types a paste into the field being edited, and nowhere else', async () => {
    const { path, before } = await reviewing();
    await app!.press('e', 'j', 'j', 'j', KEY.enter);
    await app!.waitFor('2024▏');
    await app!.press(KEY.ctrlU, `${PASTE_START}2023${PASTE_END}`);
    await app!.waitFor('2023▏');
    await app!.press(KEY.escape);
    await app!.sendQuietly(SENTENCE);
    await app!.press(KEY.escape);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('decides nothing with the keys after q in the same read', async () => {
    const { path, before } = await reviewing();
    await app!.pressToExit('qa');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('Ctrl-Z in the review', () => {
  it('suspends, and after fg the whole screen is drawn again without a key', async () => {
    const { jobs } = await reviewing();
    await app!.press('j');
    await app!.sendQuietly('\u001A');
    await app!.until(() => jobs.suspended === 1, 'Ctrl-Z to suspend');
    const drawn = app!.drawn();
    jobs.resume();
    // The test renderer (Ink's debug mode) records the write but not the frame in it: a real terminal shows it (test/e2e).
    await app!.until(() => app!.drawn() > drawn, 'the screen to be drawn again after fg');
    // The keys are read as before.
    await app!.press('j');
    expect(app!.frame()).toContain('proposal 3 of 17');
  });
});
