import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/ui/keys.js';
import { createQueries } from '../../src/ui/selectors.js';
import { initialState, reduce, type UiState } from '../../src/ui/state.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();
const q = createQueries(dataset);

function run(state: UiState, ...commands: Command[]): UiState {
  return commands.reduce((s, command) => reduce(s, { type: 'command', command }, q), state);
}

describe('the explorer state', () => {
  it('cycles the place filter through the places that have figures, and keeps sub-places', () => {
    let s = initialState(dataset);
    const seen: (string | null)[] = [];
    for (let i = 0; i < q.placeCycle.length; i++) {
      s = run(s, 'cyclePlace');
      seen.push(s.filter.place);
    }
    expect(seen.at(-1)).toBeNull();
    expect(new Set(seen)).toEqual(new Set([null, 'guangxi', 'nanning', 'yangzhou', 'nanning-hitech-zone', 'liangqing']));
    const nanning = { ...s, filter: { ...s.filter, place: 'nanning' } };
    const places = new Set(q.facts(nanning.filter, nanning.order).map((f) => f.place));
    expect(places).toEqual(new Set(['nanning', 'liangqing', 'nanning-hitech-zone']));
  });

  it('pages by the rows in view and stops at the ends', () => {
    let s = reduce(run(initialState(dataset), 'paneTargets'), { type: 'viewport', rows: 10, readerWidth: 80 }, q);
    s = run(s, 'pageDown');
    expect(q.items(s).indexOf(q.current(s)!)).toBe(9);
    s = run(s, 'last', 'down');
    expect(q.current(s)).toBe(q.items(s).at(-1));
    s = run(s, 'first', 'up');
    expect(q.current(s)).toBe(q.items(s)[0]);
  });

  it('jumps, clearing filters that would hide the figure, and walks back through every jump', () => {
    let s = run(initialState(dataset), 'paneTargets', 'cycleKind');
    expect(s.filter.kind).toBe('target');
    s = reduce(s, { type: 'jump', fact: 'nanning-2024-hitech-count' }, q);
    expect(s.filter.kind).toBe('all');
    expect(s.message).toBe('filtersCleared');
    s = reduce(s, { type: 'jump', fact: 'guangxi-2022-hitech-count' }, q);
    expect(q.current(s)).toBe('guangxi-2022-hitech-count');
    s = run(s, 'back');
    expect(q.current(s)).toBe('nanning-2024-hitech-count');
    s = run(s, 'back');
    expect(s.filter.kind).toBe('target');
    expect(s.history).toHaveLength(0);
  });

  it('moves through the figures of a document in the reader and opens one', () => {
    let s = reduce(initialState(dataset), { type: 'viewport', rows: 5, readerWidth: 40 }, q);
    s = run(s, 'last', 'open');
    expect(s.screen).toMatchObject({ kind: 'reader', document: 'guangxi-reply-2023', fact: -1 });
    s = run(s, 'nextFact', 'nextFact', 'nextFact');
    const third = [...dataset.documentById.get('guangxi-reply-2023')!.facts].map((id) => dataset.factById.get(id)!).sort((a, b) => a.span[0] - b.span[0])[2]!;
    s = run(s, 'open');
    expect(q.current(s)).toBe(third.id);
    expect(s.screen.kind).toBe('detail');
  });

  it('keeps the reader’s place in the text when the width changes', () => {
    let s = reduce(initialState(dataset), { type: 'viewport', rows: 10, readerWidth: 80 }, q);
    s = run(s, 'down', 'down', 'down', 'open', 'pageDown', 'pageDown');
    const anchorText = (st: UiState) => {
      const screen = st.screen as { document: string; anchor: number };
      return dataset.documentById.get(screen.document)!.text.slice(screen.anchor, screen.anchor + 10);
    };
    const before = anchorText(s);
    s = reduce(s, { type: 'viewport', rows: 30, readerWidth: 150 }, q);
    expect(anchorText(s)).toBe(before);
  });

  it('keeps a detail left for another pane in the history', () => {
    let s = reduce(initialState(dataset), { type: 'jump', fact: 'nanning-2024-hitech-count' }, q);
    s = run(s, 'paneDocuments', 'back');
    expect(s.pane).toBe('targets');
    expect(s.screen.kind).toBe('detail');
  });

  it('ignores other keys while the help is open', () => {
    const s = run(initialState(dataset), 'help', 'paneCategories', 'down');
    expect(s.help).toBe(true);
    expect(s.pane).toBe('documents');
    expect(run(s, 'back').help).toBe(false);
  });
});
