import { afterEach, describe, expect, it } from 'vitest';
import { explorer } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** How many figures the status bar says are shown. */
const shown = (frame: string) => Number(/^(\d+)\/\d+ figures/mu.exec(frame)?.[1]);

describe('empty states', () => {
  it('an empty list hints no keys that act on an item', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Yangzhou', 10);
    for (let i = 0; i < 20 && shown(app.frame()) !== 0; i++) await app.press('e');
    expect(shown(app.frame())).toBe(0);
    const hints = app.lines().at(-1)!;
    expect(hints).toContain('? keys');
    expect(hints).toContain('/ search');
    for (const hint of ['↓ select', 'Enter open', '→ detail', 'c copy']) expect(hints).not.toContain(hint);
  });

  it('a search that finds nothing hints no keys that act on a result', async () => {
    app = await explorer(120, 40);
    await app.press('/', 'qqqxxzz');
    await app.waitFor('nothing found');
    const hints = app.lines().at(-1)!;
    expect(hints).toContain('Esc close');
    for (const hint of ['↓ select', 'Enter jump', 'Ctrl-Y copy']) expect(hints).not.toContain(hint);
    await app.press('\u0015', '瞪羚');
    await app.waitFor('Ctrl-Y copy');
    expect(app.lines().at(-1)).toContain('↓ select');
  });
});
