import { afterEach, describe, expect, it } from 'vitest';
import { explorer } from './drive.js';

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
    app = await explorer(80, 24, 'en', undefined, { message: 20, notice: 20 });
    await app.press('2');
    await app.pressFor('c', 'copied 1 fact');
    await app.waitFor(/^(?![\s\S]*copied)[\s\S]*Figures › Guangxi/u);
  });
});
