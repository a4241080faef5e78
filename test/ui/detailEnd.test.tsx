import { afterEach, describe, expect, it } from 'vitest';
import { explorer } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

const LEGEND = '≠ not comparable with the others';

describe('the end of a detail', () => {
  it('shows the comparison legend at 80×24 once the cursor reaches the last figure (Compare)', async () => {
    app = await explorer(80, 24);
    await app.press('4', 'j', 'j', 'j', 'l');
    // The chart comes first; the table, and its legend, below it.
    await app.waitFor('comparable figures as bars');
    expect(app.frame()).not.toContain(LEGEND);
    await app.press('G');
    await app.waitFor(LEGEND);
    // The focused figure is still in view above it.
    expect(app.frame()).toMatch(/›/u);
  });

  it('shows the comparison legend at 80×24 once the cursor reaches the last figure (Categories)', async () => {
    app = await explorer(80, 24);
    await app.press('3', 'j', 'l');
    await app.waitFor('figures by place and year');
    expect(app.frame()).not.toContain(LEGEND);
    await app.press('G');
    await app.waitFor(LEGEND);
    expect(app.frame()).toMatch(/›/u);
    expect(app.frame()).not.toMatch(/… \d+ more/u);
  });
});

describe('every line of a detail in reach', () => {
  it.each([
    [40, 10],
    [80, 24],
  ])('at %i×%i, ↓ shows every part of a long figure detail on the way to its end, and g goes back to its top', async (columns, rows) => {
    app = await explorer(columns, rows);
    // The plan's high-tech target: fields, a long context paragraph, then its links.
    await app.press('2', '/');
    await app.press('高新技术企业数量达1800');
    await app.waitFor('1,800');
    await app.press('\r');
    await app.waitFor(/… \d+ more/u);
    const seen = new Set<string>(app.lines());
    for (let i = 0; i < 80 && /… \d+ more/u.test(app.frame()); i++) {
      await app.press('j');
      for (const line of app.lines()) seen.add(line);
    }
    const all = [...seen].join('\n');
    expect(app.frame()).not.toMatch(/… \d+ more/u);
    // The fields, the whole context paragraph and the links were each on screen at some point.
    for (const part of ['indicator', 'quote', 'in context', '300项以上。', 'progress reported']) expect(all, part).toContain(part);
    await app.press('g');
    await app.waitFor(/… \d+ more/u);
    expect(app.frame()).toContain('高新技术企业数量');
  });
});
