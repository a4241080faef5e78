import { afterEach, describe, expect, it } from 'vitest';
import { explorer, KEY } from './drive.js';
import { testJobs } from './jobs.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('Ctrl-Z in the explorer', () => {
  it('suspends from a list and from a text box, where it is not typed', async () => {
    const jobs = testJobs();
    app = await explorer(120, 40, 'en', undefined, { jobs });
    await app.sendQuietly('\u001A');
    await app.until(() => jobs.suspended === 1, 'Ctrl-Z to suspend from the list');
    await app.press('/', 'a');
    await app.sendQuietly('\u001A');
    await app.until(() => jobs.suspended === 2, 'Ctrl-Z to suspend from the search box');
    await app.press('b');
    expect(app.frame()).toContain('/ ab▏');
  });

  it('suspends when the palette runs the command by name', async () => {
    const jobs = testJobs();
    app = await explorer(120, 40, 'en', undefined, { jobs });
    await app.press(':', ...'suspend');
    await app.waitFor(': suspend▏');
    await app.press(KEY.enter);
    await app.until(() => jobs.suspended === 1, 'the palette’s suspend to suspend');
  });

  it('is drawn again after fg without a key, and reads keys as before', async () => {
    const jobs = testJobs();
    app = await explorer(120, 40, 'en', undefined, { jobs });
    await app.press('2');
    const drawn = app.drawn();
    jobs.resume();
    // The test renderer (Ink's debug mode) records the write but not the frame in it: a real terminal shows it (test/e2e).
    await app.until(() => app!.drawn() > drawn, 'the screen to be drawn again after fg');
    await app.press('3');
    expect(app.frame()).toMatch(/^Categories › /mu);
  });
});
