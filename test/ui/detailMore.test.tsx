import { afterEach, describe, expect, it } from 'vitest';
import { createQueries } from '../../src/ui/state/selectors.js';
import { initialState } from '../../src/ui/state.js';
import { fromColumn } from './frames.js';
import { explorer } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe("a document's figures in its detail", () => {
  it('say how many more follow when cut, and scroll with the keys', async () => {
    app = await explorer(120, 40);
    const { dataset } = app;
    const documents = createQueries(dataset).items(initialState(dataset));
    const id = documents.reduce((a, b) => (dataset.documentById.get(b)!.facts.length > dataset.documentById.get(a)!.facts.length ? b : a));
    const count = dataset.documentById.get(id)!.facts.length;
    for (let i = 0; i < documents.indexOf(id); i++) await app.press('j');
    await app.waitFor(`figures in this document (${count})`);

    // The detail is the right-hand pane: its rows under the heading, up to the status bar.
    const detailRows = () => {
      const lines = app!.lines().map((l) => fromColumn(l, 68));
      const heading = lines.findIndex((l) => l.includes(`figures in this document (${count})`));
      return lines.slice(heading + 1, -2).filter((l) => l.trim() !== '');
    };
    const more = () => /… (\d+) more/u.exec(app!.frame())?.[1];
    const shown = detailRows().length - 1;
    expect(shown).toBeLessThan(count);
    expect(Number(more())).toBe(count - shown);

    // → gives the detail the keys: the cursor walks down the figures and the window follows it.
    await app.press('l');
    for (let i = 0; i < shown + 3; i++) await app.press('j');
    expect(app.frame()).toMatch(/›/u);
    expect(Number(more())).toBeLessThan(count - shown);
    await app.press('G');
    expect(more()).toBeUndefined();
    const start = initialState(dataset);
    const last = createQueries(dataset)
      .links({ ...start, selected: { ...start.selected, documents: id } })
      .at(-1)!;
    expect(app.frame()).toMatch(/›/u);
    expect(app.selected().join('')).toContain(String(last.year));
    await app.press('g');
    expect(Number(more())).toBe(count - shown);
  });
});
