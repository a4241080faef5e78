import { afterEach, describe, expect, it } from 'vitest';
import { lineOf } from '../../src/ui/state/navigation.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { initialState } from '../../src/ui/state.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** Opens the reader on the document with the most figures, and says which it is. */
async function openLongest() {
  const { dataset } = app!;
  const q = createQueries(dataset);
  const documents = q.items(initialState(dataset));
  const id = documents.reduce((a, b) => (dataset.documentById.get(b)!.facts.length > dataset.documentById.get(a)!.facts.length ? b : a));
  for (let i = 0; i < documents.indexOf(id); i++) await app!.press('j');
  await app!.press(KEY.enter);
  const facts = q.readerFacts(id);
  await app!.waitFor(`${facts.length} figures (n)`);
  return { q, id, facts };
}

/** The reader's first line in view, from its title ("line 40/210" is the last line in view). */
function topLine(rows: number): number {
  const [, last] = /line (\d+)\/\d+/u.exec(app!.frame())!;
  return Number(last) - rows + 1;
}

describe('n and N after scrolling the reader', () => {
  it('step from the view, not from the figure last visited', async () => {
    app = await explorer(80, 24);
    const { q, id, facts } = await openLongest();
    const rows = 19;
    const lines = q.readerLines(id, 80);
    await app.press('n');
    expect(app.frame()).toMatch(new RegExp(`^figure 1/${facts.length}`, 'mu'));
    await app.press(KEY.pageDown, KEY.pageDown, KEY.pageDown);
    const top = topLine(rows) - 1;
    const lineOfFact = (i: number) => lineOf(lines, facts[i]!.span[0]);
    const next = facts.findIndex((_, i) => lineOfFact(i) >= top);
    expect(next).toBeGreaterThan(1);
    await app.press('n');
    expect(app.frame()).toMatch(new RegExp(`^figure ${next + 1}/${facts.length}`, 'mu'));
    // The view stayed where it was scrolled to: the figure was already in it.
    expect(topLine(rows) - 1).toBe(top);
    expect(app.selected().length).toBeGreaterThan(0);

    await app.press(KEY.pageDown, KEY.pageDown);
    const below = topLine(rows) - 1;
    const previous = facts.findLastIndex((_, i) => lineOfFact(i) < below);
    await app.press('N');
    expect(app.frame()).toMatch(new RegExp(`^figure ${previous + 1}/${facts.length}`, 'mu'));
    // In view, n and N step one figure at a time again.
    await app.press('n');
    expect(app.frame()).toMatch(new RegExp(`^figure ${previous + 2}/${facts.length}`, 'mu'));
  });
});

describe('the reader resized', () => {
  it('keeps the current figure in view', async () => {
    app = await explorer(120, 40);
    const { q, id, facts } = await openLongest();
    for (let i = 0; i < 20; i++) await app.press('n');
    const figure = new RegExp(`^figure 20/${facts.length}`, 'mu');
    expect(app.frame()).toMatch(figure);
    // Scrolled up until the figure sits at the foot of the view.
    const line = lineOf(q.readerLines(id, 120), facts[19]!.span[0]);
    const rows = 35;
    const top = Math.max(0, line - rows + 1);
    while (topLine(rows) - 1 > top) await app.press('k');
    expect(line - top).toBeGreaterThan(rows - 5);
    const quote = () => app!.selected().join('');
    expect(quote()).not.toBe('');
    for (const [columns, rows] of [
      [80, 24],
      [200, 60],
      [100, 20],
    ] as const) {
      await app.resize(columns, rows, new RegExp(`line \\d+/`, 'u'));
      await app.waitFor(figure);
      expect(app.selected().join(''), `${columns} × ${rows}`).not.toBe('');
    }
  });
});

describe('the reader on a wide screen', () => {
  it('keeps the detail of the current figure beside the text from 160 columns', async () => {
    app = await explorer(200, 60);
    const { facts } = await openLongest();
    // Before the first figure the detail is the document's.
    expect(app.frame()).toMatch(/Detail/u);
    expect(app.frame()).toContain(`figures in this document (${facts.length})`);
    await app.press('n', 'n');
    const second = facts[1]!;
    await app.waitFor(second.metric.en!.slice(0, 30));
    // The text and the detail share the lines: the reader's title line ends where the detail's starts.
    const title = app.lines()[1]!;
    expect(title).toMatch(/^figure 2\//u);
    expect(title.trimEnd()).toMatch(/Detail$/u);
    await app.resize(120, 40, /line \d+\//u);
    await app.waitFor(/^figure 2\/\d+: .*line \d+\/\d+ {2}· /mu);
    expect(app.frame()).not.toMatch(/Detail/u);
  });
});
