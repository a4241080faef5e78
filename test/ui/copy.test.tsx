import { afterEach, describe, expect, it } from 'vitest';
import { citeComparison, citeDocument, citeFact } from '../../src/cite/citation.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('copying from the explorer', () => {
  it('c copies the selected fact with its citation and says where it went', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.pressUntil('e', 'category: high-tech', 10);
    await app.press('j', 'c');
    const fact = app.dataset.factById.get('nanning-2024-hitech-count')!;
    expect(app.copied).toEqual([citeFact(app.dataset, fact, 'text')]);
    expect(app.frame()).toContain('copied 1 fact via test clipboard');
  });

  it('C offers the formats and copies the one chosen', async () => {
    app = await explorer(120, 40);
    await app.press('2', 'C');
    expect(app.frame()).toContain('copy 1 fact');
    for (const label of ['plain citation', 'Markdown (quote + source)', 'JSON (as exported)', 'CSV row']) expect(app.frame()).toContain(label);
    await app.press(KEY.down, KEY.down, KEY.enter);
    expect(JSON.parse(app.copied[0]!)).toMatchObject({ id: app.dataset.facts.length ? expect.any(String) : '', quote: expect.any(String) });
    expect(app.frame()).not.toContain('JSON (as exported)');
  });

  it('copies a category comparison as a table, and a document citation', async () => {
    app = await explorer(120, 40);
    await app.press('3', 'j', 'C', KEY.down, KEY.enter);
    expect(app.copied[0]).toBe(citeComparison(app.dataset, 'high-tech', 'tsv'));
    await app.press('1', 'c');
    expect(app.copied[1]).toBe(citeDocument(app.dataset.documents[0]!, 'text'));
  });

  it('copies the selected search result with Ctrl-Y', async () => {
    app = await explorer(120, 40);
    await app.press('/', '1729', '\u0019');
    expect(app.copied).toEqual([citeFact(app.dataset, app.dataset.factById.get('nanning-2024-hitech-count')!, 'text')]);
  });
});
