import { describe, expect, it } from 'vitest';
import { NO_FILTER, type FactFilter } from '../../src/model/queries.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { initialState } from '../../src/ui/state.js';
import { PANES, type UiState } from '../../src/ui/state/types.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();

function figures(filter: FactFilter = NO_FILTER, selected: string | null = null): UiState {
  const s = initialState(dataset);
  return { ...s, pane: 'figures', filter, selected: { ...s.selected, figures: selected } };
}

describe('the derived lists', () => {
  it('are worked out once per filter and order, and again when either changes', () => {
    const q = createQueries(dataset);
    const all = q.items(figures());
    expect(q.items(figures())).toBe(all);
    // An equal filter that is another object (as Back restores) reuses the list.
    expect(q.items(figures({ ...NO_FILTER }))).toBe(all);
    const targets = q.items(figures({ ...NO_FILTER, kind: 'target' }));
    expect(targets).not.toBe(all);
    expect(targets).toEqual(all.filter((id) => dataset.factById.get(id)!.kind === 'target'));
    expect(q.items({ ...figures(), order: 'year' })).toEqual(
      [...all].sort((a, b) => dataset.factById.get(a)!.year - dataset.factById.get(b)!.year || all.indexOf(a) - all.indexOf(b)),
    );
    expect(q.items(figures())).toEqual(all);
  });

  it('say where the selected item stands, or fall back to the first when it is filtered away', () => {
    const q = createQueries(dataset);
    const all = q.items(figures());
    for (const [i, id] of all.entries()) {
      expect(q.current(figures(NO_FILTER, id))).toBe(id);
      expect(q.position(figures(NO_FILTER, id))).toBe(i);
    }
    const reported = all.find((id) => dataset.factById.get(id)!.kind === 'reported')!;
    const onlyTargets = figures({ ...NO_FILTER, kind: 'target' }, reported);
    expect(q.current(onlyTargets)).toBe(q.items(onlyTargets)[0]);
    expect(q.position(onlyTargets)).toBe(0);
    expect(q.position(figures({ ...NO_FILTER, years: { from: 1900, to: 1900 } }, reported))).toBe(-1);
    expect(q.current(figures({ ...NO_FILTER, years: { from: 1900, to: 1900 } }, reported))).toBeNull();
  });

  it('place the current item of every pane', () => {
    const q = createQueries(dataset);
    for (const pane of PANES) {
      const s = { ...initialState(dataset), pane };
      const items = q.items(s);
      const last = { ...s, selected: { ...s.selected, [pane]: items.at(-1)! } };
      expect(q.position(last), pane).toBe(items.length - 1);
      expect(q.list(s).position('no-such-item')).toBe(-1);
    }
  });

  it('list the timeline year by year, targets due before the figures reported, each in list order', () => {
    const q = createQueries(dataset);
    const s = figures();
    const all = q.facts(NO_FILTER, 'place');
    const years = [...new Set(all.map((f) => f.year))].sort((a, b) => a - b);
    const expected = years.flatMap((y) => [
      ...all.filter((f) => f.year === y && f.kind === 'target'),
      ...all.filter((f) => f.year === y && f.kind === 'reported'),
    ]);
    expect(q.timelineFacts(s)).toEqual(expected);
    expect(q.timelineFacts(s)).toBe(q.timelineFacts(s));
    expect(q.timelineFacts(figures({ ...NO_FILTER, kind: 'reported' }))).toEqual(expected.filter((f) => f.kind === 'reported'));
  });

  it('give a figure the same surroundings after many others were shown', () => {
    const q = createQueries(dataset);
    const first = dataset.facts[0]!.id;
    const before = q.around(first);
    for (const f of dataset.facts) q.around(f.id);
    const after = q.around(first);
    expect(after.figures.map((f) => f.id)).toEqual(before.figures.map((f) => f.id));
    expect(q.around(first)).toBe(after);
  });
});
