import { afterEach, describe, expect, it } from 'vitest';
import { highlights } from '../../src/ui/modes/finder/rows.js';
import { appendQuery, editQuery, MAX_QUERY } from '../../src/ui/text/query.js';
import { buildSearchIndex } from '../../src/search/build.js';
import { bundledDataset } from '../helpers.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('the search overlay', () => {
  it('says how far the index has come while it is built, keeps what was typed, and shows results once it is ready', async () => {
    const index = buildSearchIndex(bundledDataset());
    let ready = false;
    const source = () => (ready ? index : null);
    app = await explorer(120, 40, 'en', undefined, { search: { index: source, progress: { done: 40, total: 160 } } });
    await app.press('/', '瞪', '羚');
    expect(app.frame()).toContain('/ 瞪羚▏');
    expect(app.frame()).toContain('preparing search… 25%');
    expect(app.frame()).not.toContain('nothing found');
    ready = true;
    await app.searchReady({ index: source, progress: null }, 'categories');
    expect(app.frame()).toMatch(/\/ 瞪羚▏ {3}\d+ results/u);
    expect(app.frame()).not.toContain('preparing search');
  });

  it('searches on every keystroke, grouped by kind, and jumps', async () => {
    app = await explorer(120, 40);
    await app.press('/');
    expect(app.frame()).toContain('type in either script');
    await app.press('瞪', '羚');
    expect(app.frame()).toMatch(/\/ 瞪羚▏ {3}\d+ results/u);
    expect(app.frame()).toContain('categories');
    expect(app.frame()).toContain('figures');
    const lines = app.lines();
    expect(lines.findIndex((l) => l.includes('categories'))).toBeLessThan(lines.findIndex((l) => l.trim() === 'figures'));
    await app.press(KEY.down, KEY.enter);
    expect(app.frame()).toMatch(/^Figures › \S+ \d{4} .*瞪羚.* › Detail/mu);
  });

  it('takes pinyin, pasted text, Backspace, Ctrl-W and Ctrl-U', async () => {
    app = await explorer(120, 40);
    await app.press('/', 'yangzhou gaoxin');
    expect(app.frame()).toContain('/ yangzhou gaoxin▏');
    expect(app.frame()).toContain('Yangzhou · 高新技術企業');
    await app.press('\u0017');
    expect(app.frame()).toContain('/ yangzhou ▏');
    await app.press(KEY.backspace, KEY.backspace);
    expect(app.frame()).toContain('/ yangzho▏');
    await app.press('\u0015', '揚州');
    expect(app.frame()).toContain('/ 揚州▏');
    expect(app.frame()).toContain('places');
  });

  it('says which places the data has no figures of, and which words each result did not match', async () => {
    app = await explorer(140, 40);
    await app.press('/', 'Harbin gazelle');
    expect(app.frame()).toContain('no figures for 哈尔滨 Harbin in this data');
    const results = app.lines().filter((l) => /瞪羚|gazelle/iu.test(l) && !l.includes('/ Harbin'));
    expect(results.length).toBeGreaterThan(0);
    for (const line of results) expect(line).toContain('no match for harbin');
    await app.press('\u0015', 'nanning gazelle');
    expect(app.frame()).not.toContain('no figures for');
    // A result that matches both words says nothing missed; those below it that match one say which.
    expect(app.lines().some((l) => l.includes('Nanning · ') && l.includes('瞪羚') && !l.includes('no match'))).toBe(true);
    await app.press('\u0015', '杭州');
    expect(app.frame()).toContain('no figures for 杭州 Hangzhou in this data');
    expect(app.frame()).toContain('nothing found');
  });

  it('says why an indirect match matched', async () => {
    app = await explorer(140, 40);
    await app.press('/', '科小 扬州');
    expect(app.frame()).toMatch(/Yangzhou · 備案科技型中小企業.*科小 → /u);
  });

  it('Esc closes it and returns where you were; q in the box is text', async () => {
    app = await explorer(120, 40);
    await app.press('2', 'j', 'j', '/', 'q');
    expect(app.frame()).toContain('/ q▏');
    await app.press(KEY.escape);
    expect(app.frame()).toMatch(/^Figures ›/mu);
    expect(app.frame()).not.toContain('/ q▏');
  });

  it('r lists related figures across places, each a jump, and Esc walks back', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.pressUntil('e', 'category: high-tech', 10);
    await app.press('r');
    expect(app.frame()).toContain('related to Nanning 2023 高新技术企业数量');
    for (const place of ['Guangxi', 'Yangzhou', 'Liangqing']) expect(app.frame()).toContain(`${place} · 高新技術企業`);
    await app.press(KEY.enter);
    expect(app.frame()).not.toMatch(/^Figures › Nanning 2023/mu);
    await app.press(KEY.escape);
    expect(app.frame()).toMatch(/^Figures › Nanning 2023 高新技术企业数量/mu);
  });
});

describe('query editing', () => {
  it('deletes words and wide characters whole', () => {
    expect(editQuery('扬州 高新技术', 'word')).toBe('扬州 ');
    expect(editQuery('扬州 ', 'word')).toBe('');
    expect(editQuery('扬州', 'backspace')).toBe('扬');
    expect(editQuery('abc', 'clear')).toBe('');
  });
  it('deletes the last grapheme of a long query, whole', () => {
    const long = '高'.repeat(70_000);
    expect(editQuery(`${long}e\u0301`, 'backspace')).toBe(long);
    expect(editQuery(`${long}👍🏽`, 'backspace')).toBe(long);
    expect(editQuery(`abc def  `, 'word')).toBe('abc ');
  });
  it('caps the query, never inside a surrogate pair, and says when it cut', () => {
    expect(appendQuery('', 'abc')).toEqual({ query: 'abc', cut: false });
    const cut = appendQuery('a'.repeat(MAX_QUERY - 1), '😀x');
    expect(cut).toEqual({ query: 'a'.repeat(MAX_QUERY - 1), cut: true });
    expect(appendQuery('', 'a\u001B[2Jb\u202Ec').query).toBe('a [2Jb c');
  });
  it('highlights the words of the query in either script', () => {
    expect(highlights('Yangzhou · 高新技術企業總數', '高新技术 yangzhou')).toEqual([
      [0, 8],
      [11, 15],
    ]);
  });
});
