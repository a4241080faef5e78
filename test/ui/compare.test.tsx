import { afterEach, describe, expect, it } from 'vitest';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('comparing figures across places', () => {
  it('the Compare pane sets every place’s figures of an indicator on one screen', async () => {
    app = await explorer(160, 48);
    await app.press('4');
    await app.pressUntil('j', 'R&D intensity', 30);
    expect(app.frame()).toMatch(/^Compare › /mu);
    for (const text of ['Nanning', '1.94%', 'Yangzhou', '2.48%']) expect(app.frame()).toContain(text);
  });

  it('a target says in words how far along it is, and what it starts from', async () => {
    app = await explorer(160, 48);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.pressUntil('j', 'Figures › Nanning 2023 高新技术企业数量', 40);
    expect(app.selected()[0]).toMatch(/^✗ Nanning/u);
    expect(app.frame()).toMatch(/progress\s+✗ missed · due 2023 · 1,729 家 \(2024\) · 96\.1% of the/u);
    await app.pressUntil('p', 'place: Yangzhou', 10);
    await app.pressUntil('j', 'Figures › Yangzhou 2024 高新技術企業', 40);
    expect(app.frame()).toMatch(/starts from\s+> 2,000 家 \(2023\)/u);
  });

  it('filters by year, and lists what falls due and what was reported year by year', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('y', 'year: 2024', 20);
    await app.press('T');
    expect(app.frame()).toMatch(/^Figures › .*› Timeline/mu);
    expect(app.frame()).toMatch(/^2024 {3}\d+ due · \d+ reported/mu);
    expect(app.frame()).not.toMatch(/^2023 /mu);
    await app.press(KEY.escape);
    expect(app.frame()).not.toContain('Timeline');
  });

  it('copies the filtered list as a Markdown table, one row a figure, with its source and quote', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Yangzhou', 10);
    const shown = Number(/(\d+)\/\d+ figures/u.exec(app.frame())![1]);
    await app.press('C');
    expect(app.frame()).toContain(`copy a table of ${shown} figures`);
    await app.pressUntil('j', '› Markdown table', 10);
    await app.pressFor(KEY.enter, 'copied a table of');
    // The table, then, where a year is inferred, the legend of its mark.
    const [block, legend] = app.copied[0]!.trim().split('\n\n');
    const table = block!.split('\n');
    if (table.some((row) => /\| \d{4}\* \|/u.test(row))) expect(legend).toContain('year inferred');
    expect(table[0]).toBe('| place | indicator | metric | value | year | kind | status | progress | source | quote |');
    expect(table).toHaveLength(shown + 2);
    expect(table.slice(2).every((row) => row.startsWith('| 扬州市 (321000) |') && row.includes('揚州全市科技創新工作會議'))).toBe(true);
  });
});
