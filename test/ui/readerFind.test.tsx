import { afterEach, describe, expect, it } from 'vitest';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('finding in the reader', () => {
  it('finds a phrase in either script and in pinyin, steps through the matches and clears them', async () => {
    app = await explorer(120, 40);
    // The second document, 良慶區's news, is written in traditional characters.
    await app.press('j', KEY.enter);
    const figures = app.dataset.documentById.get('liangqing-news-2022')!.facts.length;
    await app.waitFor(`${figures} figures (n)`);

    await app.press('f');
    expect(app.frame()).toMatch(/^find ▏ {3}type in either script or pinyin/mu);
    await app.press('飞地孵化器');
    expect(app.frame()).toMatch(/^find 飞地孵化器▏ {3}match 1\/1 /mu);
    // The current match is drawn inverse, as written in the text.
    expect(app.selected()).toContain('飛地孵化器');

    await app.press(KEY.ctrlU, '孵化');
    expect(app.frame()).toMatch(/^find 孵化▏ {3}match 1\/3 /mu);
    await app.press(KEY.down);
    expect(app.frame()).toMatch(/match 2\/3 /u);
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/^match 2\/3 \(n\) {2}· {2}line /mu);
    await app.press('n');
    expect(app.frame()).toMatch(/^match 3\/3 \(n\)/mu);
    await app.press('N');
    expect(app.frame()).toMatch(/^match 2\/3 \(n\)/mu);

    await app.press('f', KEY.ctrlU, 'feidi');
    expect(app.frame()).toMatch(/^find feidi▏ {3}match 1\/1 /mu);
    expect(app.selected()).toContain('飛地');
    await app.press(KEY.backspace, KEY.ctrlU, 'zzzz');
    expect(app.frame()).toMatch(/^find zzzz▏ {3}no match /mu);

    await app.press(KEY.escape);
    expect(app.frame()).toContain(`${figures} figures (n)`);
    expect(app.frame()).toMatch(/› Reader/u);
    expect(app.selected()).toEqual([]);
    // With the matches cleared, n steps the figures again.
    await app.press('n');
    expect(app.frame()).toMatch(new RegExp(`^figure 1/${figures}: `, 'mu'));
  });
});
