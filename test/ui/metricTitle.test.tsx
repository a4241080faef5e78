import { afterEach, describe, expect, it } from 'vitest';
import { SPLIT_COLUMNS } from '../../src/ui/components/layout.js';
import { fromColumn } from './frames.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** The English name of one of the longest metrics (123 characters), ending in what it counts. */
const METRIC_EN =
  'tech-based small and micro enterprises supported by the innovation-driven development financing guarantee fund (cumulative)';

describe("a figure's detail title", () => {
  it.each([
    [80, 24],
    [120, 40],
  ])('wraps the English metric name whole at %i×%i, down to its last word', async (columns, rows) => {
    app = await explorer(columns, rows);
    await app.press('/', '融资担保基金支持科创型');
    await app.waitFor(/\d+ results?/u);
    await app.press(KEY.enter);
    await app.waitFor('Figures › Guangxi 2022');
    // The detail's own column: the list beside it may still cut the name.
    const left = columns < SPLIT_COLUMNS ? 0 : Math.round(columns * 0.56) + 1;
    // Every word of the name is on screen, in order, over as many lines as it takes.
    const text = app
      .lines()
      .map((l) => fromColumn(l, left).trim())
      .join(' ');
    expect(text).toContain('(cumulative)');
    expect(text.replace(/\s+/gu, ' ')).toContain(METRIC_EN);
  });
});
