import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/ui/keys/words.js';
import { initialState, reduce, update } from '../../src/ui/state.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import type { UiState } from '../../src/ui/state/types.js';
import { bundledDataset } from '../helpers.js';
import { explorer, KEY } from './drive.js';

const dataset = bundledDataset();
const q = createQueries(dataset);

const run = (state: UiState, ...commands: Command[]) =>
  commands.reduce((s, command) => update(s, { type: 'command', command }, q).state, state);
const type = (state: UiState, text: string) => reduce(state, { type: 'type', text }, q);

describe('the place filter chosen from a list', () => {
  it('offers the places p cycles through, the one in force picked and under the cursor', () => {
    const s = run(initialState(dataset), 'cyclePlace', 'cyclePlace', 'pickPlace');
    expect(s.overlay).toMatchObject({ kind: 'picker', for: 'place', several: true, picked: s.filter.places, query: '' });
    const picker = s.overlay?.kind === 'picker' ? s.overlay : null;
    expect(picker?.choices.map((c) => c.id)).toEqual(q.placeCycle.filter((p) => p !== null));
    expect(picker?.choices[picker.cursor]?.id).toBe(s.filter.places[0]);
  });

  it('applies the place found in either script as the place filter, and shows the figures', () => {
    const s = run(type(run(initialState(dataset), 'pickPlace'), '揚州'), 'choose');
    expect(s.overlay).toBeNull();
    expect(s.filter.places).toEqual(['yangzhou']);
    expect(s.pane).toBe('figures');
    expect(s.screen).toEqual({ kind: 'list' });
    expect(new Set(q.items(s).map((id) => dataset.factById.get(id)!.place))).toEqual(new Set(['yangzhou']));
  });

  it('takes the places picked with Space, several at once, and changes nothing on Esc', () => {
    const start = run(initialState(dataset), 'pickPlace');
    expect(run(start, 'toggle', 'down', 'toggle', 'first', 'choose').filter.places).toEqual([q.placeCycle[1], q.placeCycle[2]]);
    // Those in force unpicked, Enter clears the filter.
    const two = run(start, 'toggle', 'down', 'toggle', 'choose');
    expect(run(two, 'pickPlace', 'toggle', 'down', 'toggle', 'choose').filter.places).toEqual([]);
    const cancelled = run(type(start, 'nanning'), 'toggle', 'close');
    expect(cancelled.overlay).toBeNull();
    expect(cancelled.filter).toBe(start.filter);
    expect(cancelled.pane).toBe('documents');
  });
});

describe('the place picker in the explorer', () => {
  let app: Awaited<ReturnType<typeof explorer>> | undefined;
  afterEach(() => app?.unmount());

  it('opens from the palette, filters by what is typed, and applies with Enter, where p still cycles', async () => {
    app = await explorer(100, 24);
    await app.press(':', 'chosen by name');
    await app.waitFor(': chosen by name▏');
    expect(app.selected()[0]).toMatch(/^› filter: place…, several chosen by name from a list +@$/u);
    await app.press(KEY.enter);
    expect(app.lines()[1]).toMatch(/^ Filter by place {2}type to filter, Space picks, Enter applies +1\/\d+/u);
    expect(app.frame()).toContain('↓ select  Space pick  Enter apply  Esc cancel');
    await app.press('揚州');
    expect(app.lines()[1]).toContain('/ 揚州▏');
    await app.press(' ');
    expect(app.selected()).toEqual(['› [x] Yangzhou']);
    await app.press(KEY.enter);
    expect(app.frame()).toMatch(/^Figures ›/mu);
    expect(app.frame()).toContain('place: Yangzhou');
    await app.press('p');
    expect(app.frame()).not.toContain('place: Yangzhou');
  });
});
