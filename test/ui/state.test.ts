import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/ui/keys/table.js';
import { helpView } from '../../src/ui/modes/help/content.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { lineOf } from '../../src/ui/state/navigation.js';
import { inputMode } from '../../src/ui/state/mode.js';
import { initialState, reduce, update } from '../../src/ui/state.js';
import type { Action, UiState } from '../../src/ui/state/types.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();
const q = createQueries(dataset);

function run(state: UiState, ...commands: Command[]): UiState {
  return commands.reduce((s, command) => update(s, { type: 'command', command }, q).state, state);
}

const viewport = (rows: number, readerWidth: number, drawn = true): Action => ({ type: 'viewport', rows, readerWidth, drawn });

describe('the explorer state', () => {
  it('cycles the place filter through the places that have figures, and keeps sub-places', () => {
    let s = initialState(dataset);
    const seen: (string | null)[] = [];
    for (let i = 0; i < q.placeCycle.length; i++) {
      s = run(s, 'cyclePlace');
      seen.push(s.filter.places[0] ?? null);
    }
    expect(seen.at(-1)).toBeNull();
    expect(new Set(seen)).toEqual(new Set([null, 'guangxi', 'nanning', 'yangzhou', 'nanning-hitech-zone', 'liangqing']));
    const nanning = { ...s, filter: { ...s.filter, places: ['nanning'] } };
    const places = new Set(q.facts(nanning.filter, nanning.order).map((f) => f.place));
    expect(places).toEqual(new Set(['nanning', 'liangqing', 'nanning-hitech-zone']));
  });

  it('cycles the sort key keeping the direction, and O reverses the list in view', () => {
    let s = run(initialState(dataset), 'paneFigures');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) seen.push((s = run(s, 'cycleOrder')).order);
    expect(seen).toEqual(['year', 'kind', 'document', 'value', 'metric', 'place']);
    const ascending = q.items(run(s, 'cycleOrder'));
    s = run(s, 'cycleOrder', 'reverseOrder');
    expect(s.order).toBe('-year');
    expect(q.items(s)).toEqual([...ascending].reverse());
    expect(run(s, 'cycleOrder').order).toBe('-kind');
    expect(run(s, 'reverseOrder').order).toBe('year');
  });

  it('pages by the rows in view and stops at the ends', () => {
    let s = reduce(run(initialState(dataset), 'paneFigures'), viewport(10, 80), q);
    s = run(s, 'pageDown');
    expect(q.items(s).indexOf(q.current(s)!)).toBe(9);
    s = run(s, 'last', 'down');
    expect(q.current(s)).toBe(q.items(s).at(-1));
    s = run(s, 'first', 'up');
    expect(q.current(s)).toBe(q.items(s)[0]);
  });

  it('jumps, clearing filters that would hide the figure, and walks back through every jump', () => {
    let s = run(initialState(dataset), 'paneFigures', 'cycleKind');
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
    let s = reduce(initialState(dataset), viewport(5, 40), q);
    s = run(s, 'last', 'open');
    expect(s.screen).toMatchObject({ kind: 'reader', document: 'guangxi-reply-2023', fact: -1 });
    s = run(s, 'nextFact', 'nextFact', 'nextFact');
    const third = [...dataset.documentById.get('guangxi-reply-2023')!.facts]
      .map((id) => dataset.factById.get(id)!)
      .sort((a, b) => a.span[0] - b.span[0])[2]!;
    s = run(s, 'open');
    expect(q.current(s)).toBe(third.id);
    expect(s.screen.kind).toBe('detail');
  });

  it('keeps the reader’s place in the text when the width changes', () => {
    let s = reduce(initialState(dataset), viewport(10, 80), q);
    s = run(s, 'down', 'down', 'down', 'open', 'pageDown', 'pageDown');
    const anchorText = (st: UiState) => {
      const screen = st.screen as { document: string; anchor: number };
      return dataset.documentById.get(screen.document)!.text.slice(screen.anchor, screen.anchor + 10);
    };
    const before = anchorText(s);
    s = reduce(s, viewport(30, 150), q);
    expect(anchorText(s)).toBe(before);
  });

  it('keeps a detail left for another pane in the history', () => {
    let s = reduce(initialState(dataset), { type: 'jump', fact: 'nanning-2024-hitech-count' }, q);
    s = run(s, 'paneDocuments', 'back');
    expect(s.pane).toBe('figures');
    expect(s.screen.kind).toBe('detail');
  });

  it('scrolls the help within its length and ignores screen commands while it is open', () => {
    const s = run(reduce(initialState(dataset), viewport(10, 80), q), 'help', 'paneCategories', 'down', 'down');
    expect(s.overlay).toEqual({ kind: 'help', top: 2, query: '', over: null });
    expect(s.pane).toBe('documents');
    expect(run(s, 'up', 'up', 'up').overlay).toEqual({ kind: 'help', top: 0, query: '', over: null });
    const bottom = run(s, ...Array<Command>(100).fill('pageDown'));
    // At 80 columns the help is one column: the last page starts `rows` lines before the end.
    const length = helpView('list', 'en', '', 80, 10).lines.length;
    expect(bottom.overlay).toEqual({ kind: 'help', top: length - 10, query: '', over: null });
    expect(reduce(bottom, viewport(30, 80), q).overlay).toEqual({ kind: 'help', top: length - 30, query: '', over: null });
    expect(run(s, 'close').overlay).toBeNull();
  });

  it('filters the help by what is typed in it: Esc clears the filter, then closes', () => {
    const s = reduce(run(reduce(initialState(dataset), viewport(10, 80), q), 'help', 'down'), { type: 'type', text: 'qu' }, q);
    expect(s.overlay).toEqual({ kind: 'help', top: 0, query: 'qu', over: null });
    expect(run(s, 'deleteChar').overlay).toEqual({ kind: 'help', top: 0, query: 'q', over: null });
    expect(run(s, 'close').overlay).toEqual({ kind: 'help', top: 0, query: '', over: null });
    expect(run(s, 'close', 'close').overlay).toBeNull();
    expect(run(s, 'help').overlay).toBeNull();
    expect(run(s, 'deleteChar', 'deleteChar', 'deleteChar').overlay).toBeNull();
  });
});

describe('steps and their effects', () => {
  const at = (...commands: Command[]) => run(reduce(initialState(dataset), viewport(20, 100), q), ...commands);

  it('copies the item in focus in its first format, in the interface language and display script', () => {
    const s = run(at('paneFigures', 'down'), 'toggleLang', 'toggleScript');
    expect(update(s, { type: 'command', command: 'copy' }, q).effects).toEqual([
      {
        type: 'copy',
        choice: { target: { kind: 'fact', id: q.items(s)[1] }, format: 'sentence', lang: 'zh' },
        lang: 'zh',
        script: 'simplified',
      },
    ]);
  });

  it('copies in the format chosen, and closes the chooser', () => {
    const s = run(at('paneCategories', 'down', 'copyAs'), 'down');
    const step = update(s, { type: 'command', command: 'choose' }, q);
    expect(step.effects).toEqual([
      { type: 'copy', choice: { target: { kind: 'category', id: q.items(s)[1] }, format: 'table-tsv' }, lang: 'en', script: 'original' },
    ]);
    expect(step.state.overlay).toBeNull();
  });

  it('says there is nothing to copy rather than copying nothing', () => {
    const s = run(at('paneFigures', 'cyclePlace'), 'search');
    const step = update(reduce(s, { type: 'type', text: 'qqqqzzzz' }, q), { type: 'command', command: 'copy' }, q);
    expect(step.effects).toEqual([]);
    expect(step.state.notice).toBe('nothing here to copy');
  });

  it('quits on q, and on Ctrl-C as an interrupt, from any overlay', () => {
    expect(update(at(), { type: 'command', command: 'quit' }, q).effects).toEqual([{ type: 'quit', interrupted: false }]);
    expect(update(at('help'), { type: 'command', command: 'quit' }, q).effects).toEqual([{ type: 'quit', interrupted: false }]);
    expect(update(at('search'), { type: 'command', command: 'interrupt' }, q).effects).toEqual([{ type: 'quit', interrupted: true }]);
  });

  it('changes nothing while the terminal is too small, but still quits', () => {
    const small = reduce(at(), viewport(1, 10, false), q);
    for (const command of ['paneFigures', 'down', 'open', 'help', 'search', 'copy', 'toggleLang'] as Command[]) {
      expect(update(small, { type: 'command', command }, q)).toEqual({ state: small, effects: [] });
    }
    expect(update(small, { type: 'command', command: 'quit' }, q).effects).toEqual([{ type: 'quit', interrupted: false }]);
  });

  it('edits the search query: characters, words, all', () => {
    let s = reduce(at('search'), { type: 'type', text: '扬州 高新' }, q);
    s = run(s, 'deleteChar');
    expect(s.overlay).toMatchObject({ query: '扬州 高' });
    s = run(s, 'deleteWord');
    expect(s.overlay).toMatchObject({ query: '扬州 ' });
    s = reduce(s, { type: 'type', text: 'x\ny\u001B' }, q);
    expect(s.overlay).toMatchObject({ query: '扬州 x y ' });
    s = run(s, 'clearQuery');
    expect(s.overlay).toMatchObject({ query: '' });
  });
});

describe('finding in the reader', () => {
  const reading = (downs: number, rows = 20) =>
    run(reduce(initialState(dataset), viewport(rows, 60), q), ...(Array(downs).fill('down') as Command[]), 'open');
  const type = (s: UiState, text: string) => reduce(s, { type: 'type', text }, q);
  const findOf = (s: UiState) => (s.screen.kind === 'reader' ? s.screen.find : undefined);

  it('types into the box, steps the matches, keeps them on Enter and clears them on Esc', () => {
    let s = run(reading(1), 'find');
    expect(s.screen).toMatchObject({ document: 'liangqing-news-2022' });
    expect(inputMode(s)).toBe('find');
    s = type(s, '孵化');
    expect(q.matchesIn('liangqing-news-2022', '孵化')).toHaveLength(3);
    expect(findOf(s)).toMatchObject({ query: '孵化', open: true, match: 0 });
    s = run(s, 'nextMatch', 'keepFind');
    expect(findOf(s)).toMatchObject({ open: false, match: 1 });
    expect(inputMode(s)).toBe('found');
    // Typing reaches no box once it is closed.
    expect(type(s, 'x')).toBe(s);
    s = run(s, 'nextMatch', 'nextMatch');
    expect(findOf(s)?.match).toBe(0);
    s = run(s, 'prevMatch');
    expect(findOf(s)?.match).toBe(2);
    s = run(s, 'find', 'deleteChar');
    expect(findOf(s)).toMatchObject({ query: '孵', open: true });
    s = run(s, 'clearFind');
    expect(findOf(s)).toBeUndefined();
    expect(inputMode(s)).toBe('reader');
  });

  it('keeps nothing when nothing was found, and edits the query as the search box does', () => {
    let s = type(run(reading(1), 'find'), '扬州 xyz');
    expect(findOf(s)).toMatchObject({ match: -1 });
    s = run(s, 'deleteWord');
    expect(findOf(s)).toMatchObject({ query: '扬州 ' });
    s = run(s, 'clearQuery', 'keepFind');
    expect(findOf(s)).toBeUndefined();
  });

  it('scrolls to the current match', () => {
    let s = run(reading(3, 5), 'find');
    expect(s.screen).toMatchObject({ document: 'nanning-plan-2021', anchor: 0 });
    s = type(s, '飛地孵化器');
    const [match] = q.matchesIn('nanning-plan-2021', '飛地孵化器');
    const lines = q.readerLines('nanning-plan-2021', 60);
    const top = lineOf(lines, (s.screen as { anchor: number }).anchor);
    expect(lineOf(lines, match!.start) - top).toBeGreaterThanOrEqual(0);
    expect(lineOf(lines, match!.start) - top).toBeLessThan(5);
  });
});
