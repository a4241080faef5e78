import { afterEach, describe, expect, it } from 'vitest';
import { layout, scrollTop } from '../../src/ui/components/layout.js';
import { factWidths } from '../../src/ui/modes/list/rows.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { initialState } from '../../src/ui/state.js';
import { displayWidth } from '../../src/ui/text/text.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** Columns [from, to) of a screen line, counted as the terminal counts them. */
function cells(line: string, from: number, to: number): string {
  let at = 0;
  let out = '';
  for (const c of line) {
    if (at >= from && at < to) out += c;
    at += displayWidth(c);
  }
  return out.trim();
}

/**
 * The Figures list as drawn, each visible row's metric cell beside the metric it stands for:
 * the rows in view follow from the selection the tab bar reports and the list's window.
 */
function metricCells(frame: string, listWidth: number, listRows: number) {
  const { dataset } = app!;
  const lines = frame.split('\n');
  const [, n, total] = /(\d+) of (\d+)/u.exec(lines[0]!)!.map(Number);
  const items = createQueries(dataset).items({ ...initialState(dataset), pane: 'figures' });
  const top = scrollTop(n! - 1, listRows, total!);
  const w = factWidths(listWidth, 'en');
  const from = w.status + 1 + w.place + 1;
  return items.slice(top, top + listRows).map((id, i) => ({
    metric: dataset.factById.get(id)!.metric.zh,
    cell: cells(lines[2 + i]!, from, from + w.metricZh),
  }));
}

function expectDistinct(rows: { metric: string; cell: string }[]) {
  const byCell = new Map<string, Set<string>>();
  for (const { metric, cell } of rows) byCell.set(cell, (byCell.get(cell) ?? new Set()).add(metric));
  const clashes = [...byCell].filter(([, metrics]) => metrics.size > 1).map(([cell, metrics]) => `${cell} ← ${[...metrics].join(' | ')}`);
  expect(clashes).toEqual([]);
}

describe('the Figures list at 120 × 40', () => {
  const split = layout(120, 40);
  if (split.mode !== 'split') throw new Error('120 × 40 should be split');
  const rows = split.list.height - 1;

  it('never draws two different metrics as the same cell, page after page', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    for (let page = 0; page < 5; page++) {
      const shown = metricCells(app.frame(), split.list.width, rows);
      expect(shown.length).toBeGreaterThan(0);
      expectDistinct(shown);
      if (page === 0) expect(shown.map((r) => r.cell)).toContain('“桂惠貸—科創貸”投放額度');
      await app.press(KEY.pageDown);
    }
  });

  it('folds the detail away with z, for the list to take the width, and keeps it folded while moving', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    expect(app.lines()[1]).toContain('Detail');
    await app.press('z');
    expect(app.lines()[1]).not.toContain('Detail');
    // The document column shows once the list is wide.
    expect(app.lines()[1]).toMatch(/document\s*$/u);
    expectDistinct(metricCells(app.frame(), 120, rows));
    await app.press('j', 'j', KEY.pageDown);
    expect(app.lines()[1]).not.toContain('Detail');
    expectDistinct(metricCells(app.frame(), 120, rows));
    // The detail still opens on its own, as on a narrow screen, and Back returns to the wide list.
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Detail');
    await app.press(KEY.escape);
    expect(app.lines()[1]).not.toContain('Detail');
    await app.press('z');
    expect(app.lines()[1]).toContain('Detail');
  });

  it('lists z in the help', async () => {
    app = await explorer(120, 40);
    await app.press('?', 'h', 'i', 'd', 'e');
    expect(app.frame()).toMatch(/z\s+hide \/ show the detail beside the list/u);
  });
});
