import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { Lines } from '../../src/ui/components/Lines.js';
import { PASTE_END, PASTE_START } from '../../src/platform/keys.js';
import { seg } from '../../src/ui/text/lines.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('keys and pastes the explorer cannot use', () => {
  it('ignores keys Ink cannot name (Ctrl+F1, a cursor report) and goes on', async () => {
    app = await explorer(120, 40);
    await app.sendQuietly('\u001B[1;5P', '\u001B[1;6Q', '\u001B[6n', '\u001BO5x');
    await app.press('2');
    expect(app.frame()).toMatch(/^Figures › /mu);
  });

  it('takes a paste outside the search box as nothing, so its letters run no commands', async () => {
    app = await explorer(120, 40);
    await app.sendQuietly('2qLx'.repeat(20));
    await app.press('3');
    expect(app.frame()).toMatch(/^Categories › /mu);
    expect(app.frame()).toContain('1 Documents');
  });

  it('opens the search box for a paste that starts with /, with the rest as the query', async () => {
    app = await explorer(120, 40);
    await app.press(`/${'瞪羚企业'.repeat(10)}`);
    expect(app.frame()).toContain(`/ ${'瞪羚企业'.repeat(5)}`);
  });

  it('takes a paste the terminal marked outside the search box as nothing, however short', async () => {
    app = await explorer(120, 40);
    await app.sendQuietly(`${PASTE_START}2qLx${PASTE_END}`);
    await app.press('3');
    expect(app.frame()).toMatch(/^Categories › /mu);
    expect(app.frame()).toContain('1 Documents');
  });

  it('opens the search box for a marked paste that starts with /, with the rest as the query, its line break not Enter', async () => {
    app = await explorer(120, 40);
    await app.press(`${PASTE_START}/高新\r${PASTE_END}`);
    expect(app.frame()).toContain('/ 高新 ▏');
  });

  it('types a marked paste whose end never comes once the terminal has gone quiet, and reads keys again', async () => {
    app = await explorer(120, 40);
    await app.press('/');
    await app.sendQuietly(`${PASTE_START}高新`);
    await app.waitFor('/ 高新▏');
    await app.press(KEY.escape);
    await app.press('3');
    expect(app.frame()).toMatch(/^Categories › /mu);
  });

  it('caps the query at 1,000 characters and says so, showing its end, where the typing is', async () => {
    app = await explorer(120, 40);
    await app.press('/');
    await app.pressFor(`${'高'.repeat(70_000)}`, 'search takes up to 1,000 characters');
    // 999 characters look like 1,000 in the box: the Backspace shows with the next key.
    await app.sendQuietly(KEY.backspace);
    await app.press('新');
    expect(app.frame()).toMatch(/^\/ 高+…高+新▏/mu);
    await app.press(KEY.ctrlU);
    expect(app.frame()).toContain('/ ▏');
  });
});

describe('keys typed ahead, arriving as one string', () => {
  it('acts on Enter, Tab and Backspace among them', async () => {
    app = await explorer(120, 40);
    await app.press('2j\r');
    expect(app.frame()).toMatch(/› Detail/u);
    await app.press('\u001B');
    await app.press('/gazx\u007F\u0017elle');
    expect(app.frame()).toContain('/ elle▏');
    await app.press('\u0015gazelle\r');
    expect(app.frame()).toMatch(/^Categories › gazelle enterprises › Detail/mu);
  });

  it('stop at q: nothing after it runs', async () => {
    app = await explorer(120, 40);
    // A copy would start as its key is handled, before anything is drawn.
    await app.sendQuietly('qc');
    expect(app.copied).toEqual([]);
  });
});

describe('when copying fails', () => {
  it('says the text could not be saved either, and how to print it', async () => {
    app = await explorer(120, 40, 'en', () => Promise.reject(new Error("EACCES: permission denied, mkdtemp '/ro/policy-explorer-'")));
    await app.press('2');
    await app.pressFor('c', 'could not copy or save it (EACCES');
    expect(app.frame()).toMatch(/policy-explorer show \S+ prints it/u);
  });

  it('shows where the text was saved with the file name whole, even at 80 columns', async () => {
    const file = '/home/an-analyst-with-a-long-name/.local/state/policy-explorer/copied-2026-11-22T03-33-10-123Z-a1b2c3.txt';
    app = await explorer(80, 24, 'en', async () => ({ via: [], file, problems: ['clipboard is off'] }));
    await app.press('2');
    await app.pressFor('c', 'copied-2026-11-22T03-33-10-123Z-a1b2c3.txt');
    expect(app.frame()).toContain('could not copy (clipboard');
  });
});

describe('data with control characters', () => {
  it('is drawn with visible stand-ins, never as raw escapes', () => {
    const frame = render(<Lines lines={[[seg('a\u001B]0;PWNED\u0007b\u202Ec\u009Bd')]]} width={30} />);
    const text = frame.lastFrame()!;
    frame.unmount();
    expect(stripVTControlCharacters(text).trim()).toBe('a␛]0;PWNED␇b\uFFFDc\uFFFDd');
    expect(text).not.toMatch(/\u001B\]|\u0007|\u202E|\u009B/u);
  });
});
