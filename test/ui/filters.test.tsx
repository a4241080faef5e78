import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../src/model/filter.js';
import { filterFacts } from '../../src/model/queries.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** How many figures the status bar says are shown. */
const shown = (frame: string) => Number(/^(\d+)\/\d+ figures/mu.exec(frame)?.[1]);
/** The status bar's line of the count, the filters and the hints. */
const statusLine = () => app!.lines().at(-1)!;

describe('filters like a spreadsheet', () => {
  it('filters the list to both of two places picked at once', async () => {
    app = await explorer(80, 24);
    await app.press('2', '@');
    await app.waitFor('Filter by place');
    await app.press('yangzhou', ' ', KEY.ctrlU, 'liangqing', ' ');
    await app.waitFor('2 picked');
    await app.press(KEY.enter);
    await app.waitFor('places: Yangzhou, Liangqing');
    const expected = filterFacts(app.dataset, { ...NO_FILTER, places: ['yangzhou', 'liangqing'] }, 'place');
    expect(shown(app.frame())).toBe(expected.length);
    expect(new Set(expected.map((f) => f.place))).toEqual(new Set(['yangzhou', 'liangqing']));
    // The picker opens again with both picked.
    await app.press('@');
    await app.waitFor('2 picked');
  });

  it('takes a year range typed, and says in either language what is wrong with one', async () => {
    app = await explorer(80, 24);
    await app.press('2', 'Y');
    await app.waitFor('Filter by years');
    await app.press('2024-2022', KEY.enter);
    await app.waitFor('the range runs backwards: 2024 is after 2022');
    await app.press(KEY.ctrlU, '2022-2024', KEY.enter);
    await app.waitFor(/figures {2}2022–2024/u);
    const expected = filterFacts(app.dataset, { ...NO_FILTER, years: { from: 2022, to: 2024 } }, 'place');
    expect(shown(app.frame())).toBe(expected.length);
    await app.press('L', 'Y', KEY.ctrlU, '二〇二二', KEY.enter);
    await app.waitFor('“二〇二二”不是年份');
  });

  it('keeps the figures of value ≥ N in each unit as written, or in the unit typed', async () => {
    app = await explorer(80, 24);
    await app.press('2', '>');
    await app.waitFor('Filter: value at least');
    await app.press('1,000', KEY.enter);
    await app.waitFor('value ≥ 1,000');
    const all = filterFacts(app.dataset, { ...NO_FILTER, values: { min: 1000, max: null, unit: null } }, 'place');
    expect(shown(app.frame())).toBe(all.length);
    await app.press('>', KEY.ctrlU, '1000 家', KEY.enter);
    await app.waitFor('value ≥ 1,000 (家)');
    const inJia = filterFacts(app.dataset, { ...NO_FILTER, values: { min: 1000, max: null, unit: '家' } }, 'place');
    expect(shown(app.frame())).toBe(inJia.length);
    await app.press('>', KEY.ctrlU, '1000 furlongs', KEY.enter);
    await app.waitFor('no figure is in “furlongs”');
  });

  it('keeps the timeline open through t and p, its figures filtered in place', async () => {
    app = await explorer(100, 30);
    await app.press('2', 'T');
    await app.waitFor('› Timeline');
    await app.press('t');
    await app.waitFor('kind: target');
    expect(app.frame()).toContain('› Timeline');
    await app.press('p');
    await app.waitFor('place: Guangxi');
    expect(app.frame()).toContain('› Timeline');
    expect(app.frame()).toContain('kind: target');
    // Back to the list, which keeps what was chosen in the timeline.
    await app.press(KEY.escape);
    await app.waitFor(/^\s*place\s+metric/mu);
    expect(app.frame()).toContain('place: Guangxi (and within) · kind: target');
  });

  it('opens a search result within the filters when it is in them, else clears them and says so', async () => {
    app = await explorer(100, 30);
    await app.press('2', '@', 'nanning', KEY.enter);
    await app.waitFor('place: Nanning (and within)');
    await app.press('/', '1729');
    await app.waitFor('1729');
    await app.press(KEY.enter);
    await app.waitFor('› Detail');
    expect(app.frame()).toContain('place: Nanning (and within)');
    expect(app.frame()).not.toContain('filters cleared');
    await app.press(KEY.escape, 'p', 'p', 'p');
    await app.waitFor('place: Yangzhou');
    await app.press('/', '1729', KEY.enter);
    await app.waitFor('filters cleared to show the figure');
    expect(app.frame()).toContain('filters: none');
  });

  it('says the filters in the status bar within 80 columns, and how many it leaves unsaid', async () => {
    app = await explorer(80, 24);
    await app.press('2', '@', 'yangzhou', ' ', KEY.ctrlU, 'liangqing', ' ', KEY.enter);
    await app.press('Y', '2022-2024', KEY.enter, '>', '1000', KEY.enter);
    await app.waitFor('value ≥ 1,000');
    expect(statusLine()).toMatch(/^\d+\/\d+ figures {2}places: Yangzhou, Liangqing · 2022–2024 · value ≥ 1,000/u);
    await app.press('t', 'I', ' ', KEY.enter);
    await app.waitFor(/… \+\d/u);
    for (const line of app.lines()) expect(line.length).toBeLessThanOrEqual(80);
    expect(statusLine()).toMatch(/ {2}places: Yangzhou, Liangqing · kind: target · 2022–2024 … \+2/u);
  });
});
