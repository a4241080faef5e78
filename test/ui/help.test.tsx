import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, SCOPE_TITLES } from '../../src/ui/keys/table.js';
import { t, type Lang } from '../../src/ui/strings.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

const F1 = '\u001BOP';
const HOME = '\u001B[H';

/** The help's lines in view: below the tab bar and its title line, above the status bar. */
const body = () => app!.lines().slice(2, -2);
const title = () => app!.lines()[1]!;

/**
 * Every line of the open help, in order, read by scrolling it a line at a time to its end:
 * the first page, then the line each ↓ brings in. The title must say there is more until
 * the last line is in view.
 */
async function readHelp(lang: Lang = 'en'): Promise<string[]> {
  const lines = [...body()];
  while (title().includes(t('helpMore', lang))) {
    await app!.press(KEY.down);
    lines.push(body().at(-1)!);
  }
  return lines;
}

/** "key | description" for each binding shown, a description wrapped onto lines of its own joined again. */
function rowsOf(lines: string[]): string[] {
  const rows: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (/^ {10,}\S/u.test(line) && rows.length > 0) rows.push(`${rows.pop()!} ${text}`);
    else rows.push(text.split(/\s{2,}/u).join(' | '));
  }
  return rows;
}

/** Where a wrapped line broke (at a space, or between two Chinese characters) no longer matters. */
const unspaced = (text: string) => text.replace(/\s+/gu, '');

describe('the help', () => {
  it.each<[number, number, Lang]>([
    [60, 20, 'en'],
    [40, 10, 'en'],
    [40, 10, 'zh'],
  ])('at %i×%i (%s) scrolls to every key, none cut or dropped, saying when there is more', async (columns, rows, lang) => {
    app = await explorer(columns, rows, lang);
    await app.press('?');
    expect(title()).toMatch(/1–\d+\/\d+/u);
    const lines = await readHelp(lang);
    expect(title()).not.toContain(t('helpMore', lang));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
    const shown = rowsOf(lines).map(unspaced);
    for (const b of BINDINGS) {
      expect(shown, `${b.label} in ${SCOPE_TITLES[b.scopes[0]!].en}`).toContain(unspaced(`${b.label} | ${b.description[lang]}`));
    }
    // Home goes back to the top.
    await app.press(HOME);
    expect(body()[0]).toBe(lines[0]);
  });

  it('lists the keys of the screen it is opened from first, then those of every screen', async () => {
    app = await explorer(120, 40);
    const headings = () => body().filter((l) => /^ \S/u.test(l) && !l.includes('  '));
    await app.press('?');
    expect(headings().slice(0, 2)).toEqual([' Lists', ' On every screen']);
    await app.press('?', KEY.enter);
    expect(app.frame()).toContain('› Reader');
    await app.press(F1);
    expect(headings().slice(0, 2)).toEqual([' Reader', ' On every screen']);
    await app.press(F1);
    expect(app.frame()).not.toContain('type to filter');
    await app.press('/', 'a', 'b');
    await app.press(F1);
    expect(headings()[0]).toBe(' Search box');
    await app.press(KEY.escape);
    expect(app.frame()).toMatch(/^\/ ab▏/mu);
  });

  it('filters the keys by what is typed; Esc clears the filter, then closes', async () => {
    app = await explorer(80, 24);
    await app.press('?', 'f', 'i', 'g');
    expect(title()).toMatch(/^ Keys {2}\/ fig▏/u);
    const rows = rowsOf(body());
    expect(rows).toContain('n | next figure in the text');
    expect(rows).not.toContain('Tab | next pane');
    // q is typed, not a way out.
    await app.press('q');
    expect(title()).toContain('/ figq▏');
    expect(body().join('\n')).toContain('no key matches this');
    await app.press(KEY.backspace, KEY.escape);
    expect(title()).toContain('type to filter');
    expect(rowsOf(body())).toContain('Tab | next pane');
    await app.press(KEY.escape);
    expect(app.frame()).not.toContain('type to filter');
    expect(app.frame()).toMatch(/^date\s+place/mu);
  });
});
