import { afterEach, describe, expect, it } from 'vitest';
import { explorer } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** How many figures the status bar says are shown. */
const shown = (frame: string) => Number(/^(\d+)\/\d+ figures/mu.exec(frame)?.[1]);

describe('the year filter', () => {
  it('y steps only through years with figures under the other filters, then back to all', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('t', 'kind: target', 3);
    const years: string[] = [];
    for (let i = 0; i < 10; i++) {
      await app.press('y');
      const year = /year: (\d{4})/u.exec(app.frame())?.[1];
      if (!year) break;
      years.push(year);
      expect(shown(app.frame()), `year ${year}`).toBeGreaterThan(0);
    }
    // Back to every year, having seen each year that has targets, in order.
    expect(app.frame()).not.toMatch(/year: \d{4}/u);
    const targetYears = [...new Set(app.dataset.facts.filter((f) => f.kind === 'target').map((f) => f.year))].sort();
    expect(years).toEqual(targetYears.map(String));
  });
});
