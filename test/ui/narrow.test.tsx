import { afterEach, describe, expect, it } from 'vitest';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';

describe('a narrow terminal', () => {
  it('reaches a document’s detail below 100 columns, and its text from there', async () => {
    app = await explorer(80, 24);
    await app.press('j');
    // Enter reads the document; the hints say how to see its detail instead.
    expect(app.lines().at(-1)).toContain('→ detail');
    await app.press(RIGHT);
    expect(app.frame()).toMatch(/^publisher\s+Nanning Daily/mu);
    expect(app.frame()).toMatch(/^date\s+2022-03-01/mu);
    expect(app.frame()).not.toMatch(/^date\s+place/mu);
    expect(app.selected()).toEqual(['Detail']);
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/^\d+ figures \(n\) {2}· {2}line /mu);
    expect(app.frame()).toContain('› Reader');
    await app.press(KEY.escape);
    expect(app.frame()).toMatch(/^publisher\s+Nanning Daily/mu);
    await app.press(LEFT);
    expect(app.frame()).toMatch(/^date\s+place/mu);
    expect(app.selected()[0]).toMatch(/^2022-03-01\s+Liangqing/u);
    await app.press('l');
    expect(app.frame()).toMatch(/^publisher\s+Nanning Daily/mu);
    await app.press('h');
    expect(app.frame()).not.toContain('publisher');
  });

  it('moves the keys into a document’s detail beside the list, to step to its figures', async () => {
    app = await explorer(120, 40);
    await app.press(RIGHT);
    expect(app.selected()).toEqual(['Detail']);
    await app.press(KEY.down);
    expect(app.selected().at(-1)).toMatch(/^› /u);
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/^Figures › /mu);
  });

  it('keeps the reader’s position whole at 80 columns, cutting the figure’s words instead', async () => {
    app = await explorer(80, 24);
    await app.press(KEY.enter, 'n', 'n', 'n');
    const header = app.lines()[1]!;
    expect(header).toMatch(/^figure 3\/\d+: .+… {2}· {2}line \d+\/\d+/u);
    expect(header.length).toBeLessThanOrEqual(80);
    await app.resize(40, 10, 'figure 3/');
    expect(app.lines()[1]).toMatch(/^figure 3\/\d+: .* {2}· {2}line \d+\/\d+/u);
  });
});
