import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ListPane } from '../../src/ui/components/ListPane.js';
import { seg } from '../../src/ui/text/lines.js';
import { selectedLines } from './frames.js';

function list(count: number, selected: number, height = 21) {
  const built: number[] = [];
  const row = (i: number) => {
    built.push(i);
    return [seg(`row ${i}`)];
  };
  const app = render(<ListPane header={[seg('header')]} count={count} row={row} selected={selected} width={30} height={height} focused />);
  const frame = app.lastFrame()!;
  app.unmount();
  const rows = stripVTControlCharacters(frame)
    .split('\n')
    .slice(1)
    .map((l) => l.trim());
  return { built, rows, selected: selectedLines(frame) };
}

describe('a long list', () => {
  it('builds only the rows in view, with the selection among them', () => {
    const { built, rows } = list(5000, 2500);
    expect(built.length).toBe(20);
    expect(rows).toHaveLength(20);
    expect(rows).toContain('row 2500');
  });

  it('highlights the selected row and nothing else', () => {
    for (const selected of [0, 1, 7, 2500, 4998, 4999]) expect(list(5000, selected).selected).toEqual([`row ${selected}`]);
  });

  it('scrolls to keep three rows below the selection, and fills the window at the ends', () => {
    expect(list(5000, 2500).rows).toEqual(Array.from({ length: 20 }, (_, i) => `row ${2484 + i}`));
    expect(list(5000, 10).rows[0]).toBe('row 0');
    expect(list(5000, 17).rows[0]).toBe('row 1');
    expect(list(5000, 4999).rows).toEqual(Array.from({ length: 20 }, (_, i) => `row ${4980 + i}`));
  });
});
