import { afterEach, describe, expect, it } from 'vitest';
import { explorer } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

const LEGEND = '≠ not comparable with the others';

describe('the end of a detail', () => {
  it('shows the comparison legend at 80×24 once the cursor reaches the last figure (Compare)', async () => {
    app = await explorer(80, 24);
    await app.press('4', 'j', 'j', 'j', 'l');
    await app.waitFor('figures by place and year');
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
