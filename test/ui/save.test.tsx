import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factsTable } from '../../src/cite/table.js';
import { filterFacts, NO_FILTER } from '../../src/model/queries.js';
import { explorer, KEY } from './drive.js';

/** The save key (`w`), its box, and the palette's way to it. */

let app: Awaited<ReturnType<typeof explorer>> | undefined;
let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'pe-save-'))));
afterEach(() => {
  app?.unmount();
  app = undefined;
  chmodSync(folder, 0o700);
  rmSync(folder, { recursive: true, force: true });
});

const NAME = 'policy-explorer-figures-2026-12-07.csv';
const files = () => ({ folder, today: () => new Date(2026, 11, 7, 12) });

/** The Figures pane filtered to Nanning and sorted by value, as a person would leave it. */
async function nanningByValue(lang: 'en' | 'zh' = 'en') {
  app = await explorer(120, 40, lang, undefined, { files: files() });
  await app.press('2');
  await app.pressUntil('p', lang === 'en' ? 'place: Nanning' : '地区：南宁', 10);
  await app.pressUntil('o', lang === 'en' ? 'order: value' : '排序：数值', 10);
  const shown = filterFacts(app.dataset, { ...NO_FILTER, places: ['nanning'] }, 'value');
  return { app, shown };
}

describe('saving the view to a file', () => {
  it('w writes the filtered list, in the order shown, to the suggested file in the current folder', async () => {
    const { app, shown } = await nanningByValue();
    await app.press('w');
    await app.waitFor(NAME);
    await app.pressFor(KEY.enter, `saved ${shown.length} figures to ${NAME}`);
    const text = readFileSync(join(folder, NAME), 'utf8');
    // A byte-order mark, so that Excel reads the Chinese; then the table as the list shows it.
    expect(text.split('\r\n')).toEqual(`\uFEFF${factsTable(app.dataset, shown, 'csv')}`.split('\r\n'));
    const ids = text
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[0]);
    expect(ids).toEqual(shown.map((f) => f.id));
    expect(app.frame()).not.toContain('Save 6');
  });

  it('asks before replacing a file: n leaves it as it was, y replaces it whole', async () => {
    const { app, shown } = await nanningByValue();
    const path = join(folder, NAME);
    writeFileSync(path, 'mine\n');
    const before = statSync(path).mtimeMs;
    await app.press('w');
    await app.pressFor(KEY.enter, 'already exists: replace it? y/n');
    // q is no answer: the question stays, and the explorer with it.
    await app.sendQuietly('q');
    await app.pressFor('n', NAME);
    expect(app.frame()).not.toContain('replace it?');
    expect(readFileSync(path, 'utf8')).toBe('mine\n');
    expect(statSync(path).mtimeMs).toBe(before);
    await app.pressFor(KEY.enter, 'replace it? y/n');
    await app.pressFor('y', `saved ${shown.length} figures`);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${factsTable(app.dataset, shown, 'csv')}`);
  });

  it('follows the extension, and says so of one it does not know, keeping the box', async () => {
    const { app, shown } = await nanningByValue();
    await app.press('w', KEY.ctrlU);
    await app.sendQuietly(...'list.txt');
    await app.pressFor(KEY.enter, 'no format for “.txt”');
    expect(app.frame()).toContain('list.txt');
    await app.press(KEY.backspace, KEY.backspace, KEY.backspace);
    await app.sendQuietly('md');
    await app.pressFor(KEY.enter, 'saved');
    expect(readFileSync(join(folder, 'list.md'), 'utf8')).toBe(factsTable(app.dataset, shown, 'md'));
  });

  it('says why a file could not be written, and stays up', async () => {
    const { app } = await nanningByValue();
    chmodSync(folder, 0o500);
    // root writes anywhere: the folder's mode stops only others.
    const stopped = process.getuid?.() !== 0;
    await app.press('w');
    await app.pressFor(KEY.enter, stopped ? `not saved to ${NAME}: the folder or file is read-only` : 'saved');
  });

  it('saves the timeline with w, and the search results with Ctrl-S, where letters are the query', async () => {
    app = await explorer(120, 40, 'en', undefined, { files: files() });
    await app.press('2', 'T', 'w');
    await app.waitFor('policy-explorer-timeline-2026-12-07.csv');
    await app.pressFor(KEY.enter, /saved \d+ figures to policy-explorer-timeline/u);
    await app.press(KEY.escape, '/');
    await app.sendQuietly(...'1729');
    await app.waitFor('1 result');
    await app.press('\u0013');
    await app.waitFor('policy-explorer-search-2026-12-07.csv');
    await app.pressFor(KEY.enter, 'saved 1 figure to policy-explorer-search-2026-12-07.csv');
    expect(readFileSync(join(folder, 'policy-explorer-search-2026-12-07.csv'), 'utf8')).toContain('nanning-2024-hitech-count,');
  });

  it('saves a comparison from the Compare pane, and says so in Chinese', async () => {
    app = await explorer(120, 40, 'zh', undefined, { files: files() });
    await app.press('4', 'w');
    const id = app.dataset.indicators[0]!.id;
    const name = `policy-explorer-compare-${id}-2026-12-07.csv`;
    await app.waitFor(name);
    await app.pressFor(KEY.enter, `已将`);
    expect(readFileSync(join(folder, name), 'utf8')).toMatch(/^\uFEFFid,document,/u);
  });

  it('the chooser goes to its first and last choice with g and G, and the last saves the table', async () => {
    app = await explorer(120, 40, 'en', undefined, { files: files() });
    await app.press('2', 'C', 'G');
    expect(app.selected()).toEqual(['save to a file…']);
    await app.press('g');
    expect(app.selected()).toEqual(['sentence (what and where from) · in English']);
    await app.press('G', KEY.enter);
    await app.waitFor(NAME);
    await app.pressFor(KEY.enter, `saved ${app.dataset.facts.length} figures`);
  });

  for (const [lang, word] of [
    ['en', 'csv'],
    ['en', 'save'],
    ['en', 'export'],
    ['en', 'xlsx'],
    ['zh', '导出'],
    ['zh', '保存'],
    ['zh', '表格'],
  ] as const) {
    it(`the palette finds the save and the copy as… by “${word}”; running the save opens the box`, async () => {
      app = await explorer(120, 40, lang, undefined, { files: files() });
      await app.press('2', ':');
      await app.sendQuietly(...word);
      await app.waitFor(`: ${word}▏`);
      expect(app.frame()).toContain(lang === 'en' ? 'save the view to a file' : '将当前视图保存到文件');
      // The chooser copies tables and leads to the save box; it writes no spreadsheet itself.
      if (word !== 'xlsx') expect(app.frame()).toMatch(lang === 'en' ? /copy as…/u : /选择格式后复制/u);
      await app.pressUntil(KEY.down, lang === 'en' ? '› save the view' : '› 将当前视图', 5);
      await app.press(KEY.enter);
      await app.waitFor(NAME);
    });
  }
});
