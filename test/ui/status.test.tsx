import { afterEach, describe, expect, it } from 'vitest';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('the status bar', () => {
  it('shows a copy report above the key hints, which keep their place, until the next key', async () => {
    app = await explorer(80, 24);
    await app.press('2', 'j');
    const hints = app.lines().at(-1)!;
    expect(hints).toContain('? keys  ↓ select');
    await app.pressFor('c', 'copied 1 fact via test clipboard');
    expect(app.lines().at(-2)).toMatch(/^copied 1 fact via test clipboard {3}Figures › Guangxi 2022/u);
    expect(app.lines().at(-1)).toBe(hints);
    await app.press('j');
    expect(app.frame()).not.toContain('copied');
    expect(app.lines().at(-2)).toMatch(/^Figures › Guangxi 2022/u);
    expect(app.lines().at(-1)).toBe(hints);
  });

  it('lets a message go by itself after a while', async () => {
    app = await explorer(80, 24, 'en', undefined, { messageTimes: { message: 20, notice: 20 } });
    await app.press('2');
    await app.pressFor('c', 'copied 1 fact');
    await app.waitFor(/^(?![\s\S]*copied)[\s\S]*Figures › Guangxi/u);
  });
});

describe('a sense of place', () => {
  it('says which row of how many is selected, at every width', async () => {
    app = await explorer(120, 40);
    await app.press('2', 'j');
    const total = app.dataset.facts.length;
    // Above the list, ending at its right edge (67 columns of 120).
    const tabs = app.lines()[0]!;
    expect(tabs.trimEnd()).toMatch(new RegExp(`2 of ${total}$`, 'u'));
    expect(tabs.trimEnd().length).toBe(67);
    await app.press('G');
    expect(app.lines()[0]).toContain(`${total} of ${total}`);
    await app.press('1', 'j');
    expect(app.lines()[0]).toContain(`2 of ${app.dataset.documents.length}`);
    await app.resize(40, 10, `2 of ${app.dataset.documents.length}`);
    expect(app.lines()[0]).toMatch(new RegExp(`^ 1 Documents {2}.* 2 {2}.*2 of ${app.dataset.documents.length}`, 'u'));
    expect(app.lines()[0]!.length).toBeLessThanOrEqual(40);
  });

  it('shows where the keys go: the detail title inverse and the list row only dimmed while the detail has them', async () => {
    app = await explorer(120, 40);
    await app.press('2', 'j');
    const row = /^Guangxi\s+“桂惠貸—科創貸”投放額度\s+169\.68 億元/u;
    expect(app.selected()).toHaveLength(1);
    expect(app.selected()[0]).toMatch(row);
    await app.press(KEY.enter);
    expect(app.selected()).toEqual(['Detail']);
    expect(
      app.dimmed().some((text) => row.test(text)),
      app.dimmed().join('\n'),
    ).toBe(true);
    await app.press(KEY.escape);
    expect(app.selected()[0]).toMatch(row);
    expect(app.selected()).not.toContain('Detail');
  });
});
