import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, type Command } from '../../src/ui/keys/table.js';
import { t, type Lang } from '../../src/ui/strings.js';
import { displayWidth } from '../../src/ui/text/text.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

const CTRL_P = '\u0010';
const CTRL_N = '\u000E';

/** The palette's title line, just below the tab bar. */
const title = () => app!.lines()[1]!;
/** The palette's row under the cursor: the one drawn inverse. */
const chosen = () => app!.selected().join('\n');

/** Types text into the palette and waits for the title to show it. */
async function type(text: string) {
  await app!.press(text);
  await app!.waitFor(`: ${text}▏`);
}

/** How many rows the palette opened from `scopes` should offer, counted from the table: one per command, with the left-out ones out. */
function offered(...scopes: string[]): number {
  const leftOut: Command[] = ['deleteChar', 'deleteWord', 'clearQuery', 'palette', 'up', 'down'];
  const commands = BINDINGS.filter((b) => b.scopes.some((s) => scopes.includes(s)) && !leftOut.includes(b.command)).map((b) => b.command);
  return new Set(commands).size;
}

describe('the command palette', () => {
  it.each<[string, string[], string]>([
    ['the list, with :', [], ':'],
    ['the list, with Ctrl-P', [], CTRL_P],
    ['the detail, with :', ['2', KEY.enter], ':'],
    ['the reader, with Ctrl-P', [KEY.enter], CTRL_P],
    ['the timeline, with :', ['T'], ':'],
    ['the related figures, with Ctrl-P', ['2', 'r'], CTRL_P],
  ])('opens from %s, every command in table order, the first chosen', async (_, before, key) => {
    app = await explorer(80, 24);
    await app.press(...before);
    await app.press(key);
    expect(title()).toContain(t('palette', 'en'));
    expect(title()).toContain(t('paletteFilter', 'en'));
    expect(chosen()).toMatch(/› next pane +Tab/u);
    expect(app.frame()).toMatch(/^ {3}previous pane +Shift-Tab/mu);
    expect(app.frame()).toContain('↓ select  Enter run  Esc close');
  });

  it('offers only the commands live underneath: the reader’s in the reader, none of them in the list', async () => {
    app = await explorer(80, 24);
    await app.press(':');
    expect(title()).toMatch(new RegExp(` 1/${offered('list', 'global')}\\s*$`, 'u'));
    await type('find in the document');
    expect(app.frame()).not.toContain('find in the document (');
    await app.press(KEY.escape);
    await app.press(KEY.enter, ':');
    expect(title()).toMatch(new RegExp(` 1/${offered('reader', 'global')}\\s*$`, 'u'));
    await type('find in the document');
    expect(chosen()).toMatch(/› find in the document .* f$/u);
  });

  it('after a find, offers n as the next match and leaves out the next figure its key no longer reaches', async () => {
    app = await explorer(80, 24);
    await app.press(KEY.enter, ':');
    await type('next');
    expect(app.frame()).toMatch(/next figure in the text +n$/mu);
    await app.press(KEY.escape, 'f', '南宁', KEY.enter, ':');
    await type('next');
    expect(app.frame()).toMatch(/next match, in place of the next figure +n$/mu);
    expect(app.frame()).not.toMatch(/next figure in the text +n$/mu);
  });

  it.each<[Lang, string, RegExp]>([
    ['en', 'sort order: place', /› sort order: place, year.* o$/u],
    ['en', 'sort by', /› sort by…: any column, ascending or descending/u],
    ['en', 'columns', /› columns…: the columns the Figures list shows/u],
    ['en', 'value', /› filter: value ≥…, typed, in one unit or any +>$/u],
    ['en', 'year', /› filter: year +y$/u],
    ['en', 'copy', /› copy with citation +c$/u],
    ['zh', '复制', /› 复制（附出处） +c$/u],
    ['zh', 'language', /› 界面语言：中文或英文 +L$/u],
  ])('in the %s interface, typing %s puts the command it names first', async (lang, query, row) => {
    app = await explorer(80, 24, lang);
    await app.press(':');
    await type(query);
    expect(chosen()).toMatch(row);
    expect(title()).toMatch(/ 1\/\d+\s*$/u);
  });

  it('says so when no command matches, and Backspace edits the filter', async () => {
    app = await explorer(80, 24);
    await app.press(':');
    await type('qqqqzzzz');
    expect(app.frame()).toContain(t('paletteNoMatch', 'en'));
    expect(title()).toMatch(/ 0\/0\s*$/u);
    // Enter with nothing to run leaves the palette open.
    await app.sendQuietly(KEY.enter);
    await app.press(KEY.ctrlU);
    expect(chosen()).toMatch(/› next pane/u);
  });

  it('moves with ↓ and Ctrl-N, back with ↑ and Ctrl-P', async () => {
    app = await explorer(80, 24);
    await app.press(':', KEY.down);
    expect(chosen()).toMatch(/› previous pane/u);
    await app.press(CTRL_N);
    expect(chosen()).toMatch(/› Documents pane/u);
    await app.press(CTRL_P, KEY.up);
    expect(chosen()).toMatch(/› next pane/u);
  });

  it('runs the chosen command with Enter as its key would: next pane, the language, a copy', async () => {
    app = await explorer(80, 24);
    expect(app.frame()).toMatch(/^Documents ›/mu);
    await app.press(':');
    await type('next pane');
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/^Figures ›/mu);
    expect(title()).not.toContain(t('palette', 'en'));

    await app.press(CTRL_P);
    await type('language');
    await app.press(KEY.enter);
    await app.waitFor(/^数据 ›/mu);

    // A command with an effect: the input hook runs it as it runs a key's.
    await app.press('1', ':');
    await type('copy with');
    await app.pressFor(KEY.enter, 'test clipboard');
    expect(app.copied).toHaveLength(1);
  });

  it('closes with Esc, and with Backspace when nothing is typed, running nothing', async () => {
    app = await explorer(80, 24);
    await app.press(':');
    await type('next pane');
    await app.press(KEY.escape);
    expect(title()).not.toContain(t('palette', 'en'));
    expect(app.frame()).toMatch(/^Documents ›/mu);
    await app.press(':', KEY.backspace);
    expect(title()).not.toContain(t('palette', 'en'));
    expect(app.frame()).toMatch(/^Documents ›/mu);
    expect(app.copied).toHaveLength(0);
  });

  it('keeps only the first 60 characters of a paste, as no command’s words are longer', async () => {
    app = await explorer(80, 24);
    await app.press(':');
    await app.press('sort'.padEnd(4000, 'x'));
    await app.waitFor(t('paletteNoMatch', 'en'));
    expect(title()).toContain(`: sort${'x'.repeat(56)}▏`);
    await app.press(KEY.escape);
    expect(title()).not.toContain(t('palette', 'en'));
  });

  it.each<Lang>(['en', 'zh'])('at 40×10 (%s) draws every line within the width, the chosen row always in view', async (lang) => {
    app = await explorer(40, 10, lang);
    await app.press(':');
    const total = Number(/ 1\/(\d+)\s*$/u.exec(title())![1]);
    for (let i = 1; i < total; i++) {
      for (const line of app.lines()) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      expect(app.selected()).toHaveLength(1);
      await app.press(KEY.down);
    }
    expect(title()).toMatch(new RegExp(` ${total}/${total}\\s*$`, 'u'));
    expect(chosen()).toMatch(/› /u);
  });
});
