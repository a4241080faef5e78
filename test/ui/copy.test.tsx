import { afterEach, describe, expect, it } from 'vitest';
import { citeDocument, citeFact } from '../../src/cite/citation.js';
import { exportDocument } from '../../src/cite/exportShape.js';
import { compareCommand } from '../../src/commands/compare.js';
import { NO_FILTER } from '../../src/model/queries.js';
import { inScript } from '../../src/model/script.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { initialState } from '../../src/ui/state.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('copying from the explorer', () => {
  it('c copies the selected fact with its citation and says where it went', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.pressUntil('e', 'category: high-tech', 10);
    await app.press('j');
    expect(app.selected()[0]).toMatch(/^Nanning\s+高新技術企業數量\s+1,729 家 2024/u);
    await app.pressFor('c', 'copied 1 fact via test clipboard');
    const fact = app.dataset.factById.get('nanning-2024-hitech-count')!;
    expect(app.copied).toEqual([citeFact(app.dataset, fact, 'sentence')]);
  });

  it('C offers the formats and copies the one chosen', async () => {
    app = await explorer(120, 40);
    await app.press('2', 'C');
    expect(app.frame()).toContain('copy 1 fact');
    for (const lang of ['in English', 'in Chinese'])
      for (const format of ['sentence (what and where from)', 'reference-list entry', 'Markdown (quote + source)'])
        expect(app.frame()).toContain(`${format} · ${lang}`);
    for (const label of ['JSON (as exported)', 'CSV row']) expect(app.frame()).toContain(label);
    const first = createQueries(app.dataset).facts(NO_FILTER, 'place')[0]!;
    await app.press(...Array<string>(6).fill(KEY.down));
    expect(app.selected()).toEqual(['JSON (as exported)']);
    await app.pressFor(KEY.enter, 'copied 1 fact');
    expect(app.copied).toEqual([citeFact(app.dataset, first, 'json')]);
    expect(app.frame()).not.toContain('JSON (as exported)');
  });

  it('C copies a citation in the other language; in 简 the quote stays as the source writes it', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.pressUntil('e', 'category: high-tech', 10);
    await app.press('j', 's', 'C', KEY.down, KEY.down, KEY.down);
    expect(app.selected()).toEqual(['sentence (what and where from) · in Chinese']);
    await app.pressFor(KEY.enter, 'copied 1 fact via test clipboard');
    const fact = app.dataset.factById.get('nanning-2024-hitech-count')!;
    expect(app.copied).toEqual([
      citeFact(app.dataset, fact, 'sentence', { lang: 'zh', script: 'simplified', zh: (t) => inScript(t, 'simplified') }),
    ]);
    expect(app.copied[0]).toContain('原文“高新技術企業1729家”（简体：“高新技术企业1729家”）');
  });

  it('copies a category comparison as a table, and a document citation', async () => {
    app = await explorer(120, 40);
    await app.press('3', 'j', 'C', KEY.down);
    await app.pressFor(KEY.enter, 'copied the comparison table');
    expect(app.copied[0]).toBe((compareCommand(app.dataset, 'high-tech', 'tsv') as { output: string }).output);
    await app.press('1');
    await app.pressFor('c', 'copied 1 document');
    expect(app.copied[1]).toBe(citeDocument(app.dataset.documents[0]!, 'sentence'));
  });

  it('copies the selected search result with Ctrl-Y', async () => {
    app = await explorer(120, 40);
    await app.press('/', '1729');
    await app.pressFor(KEY.ctrlY, 'copied 1 fact');
    expect(app.copied).toEqual([citeFact(app.dataset, app.dataset.factById.get('nanning-2024-hitech-count')!, 'sentence')]);
  });

  it('C on a document offers a Markdown reference, not a quote, and copies its JSON as export writes it', async () => {
    app = await explorer(120, 40);
    // The last document has sections, a number and a note on its date.
    await app.press('G', 'C');
    expect(app.frame()).toContain('copy 1 document');
    expect(app.frame()).not.toContain('quote + source');
    expect(app.frame()).toContain('Markdown reference (title, publisher, date, sections) · in English');
    const id = createQueries(app.dataset).items(initialState(app.dataset)).at(-1)!;
    const doc = app.dataset.documentById.get(id)!;
    await app.press(KEY.down, KEY.down);
    await app.pressFor(KEY.enter, 'copied 1 document');
    expect(app.copied[0]).toContain(`- Publisher: ${doc.publisher.en}`);
    expect(app.copied[0]).toContain(`- ${doc.sections[0]!.title.en}`);
    expect(app.copied[0]).toContain(`- Date note: ${doc.date_note}`);
    await app.press('C', ...Array<string>(6).fill(KEY.down));
    expect(app.selected()).toEqual(['JSON (as exported)']);
    await app.pressFor(KEY.enter, 'copied 1 document');
    const exported = exportDocument(app.dataset.documentById.get(id)!);
    expect(JSON.parse(app.copied[1]!)).toEqual(JSON.parse(JSON.stringify(exported)));
  });
});
