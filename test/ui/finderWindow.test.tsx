import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Finder } from '../../src/ui/modes/finder/view.js';
import type { FinderRow } from '../../src/ui/modes/finder/rows.js';
import { scrollTop } from '../../src/ui/components/layout.js';
import type { SearchHit } from '../../src/search/engine.js';

/** Many rows in three groups, as a figure with thousands of related ones gives. */
function rows(): FinderRow[] {
  const hit = (type: SearchHit['type'], i: number): SearchHit => ({ type, id: `${type}-${i}`, score: 0, label: `${type} ${i}` });
  const group = (type: SearchHit['type'], n: number) =>
    Array.from({ length: n }, (_, i) => (i === 0 ? { hit: hit(type, i), group: type } : { hit: hit(type, i) }));
  return [...group('fact', 700), ...group('document', 3), ...group('category', 400)];
}

/** What the finder's body shows, worked out from every line at once. */
function expected(all: readonly FinderRow[], cursor: number, room: number): string[] {
  const titles = { fact: 'figures', document: 'documents', category: 'categories', place: 'places' } as const;
  const lines: string[] = [];
  let selected = 0;
  all.forEach((row, i) => {
    if (row.group) lines.push(titles[row.group]);
    if (i === cursor) selected = lines.length;
    lines.push(i === cursor ? `› ${row.hit.label}` : `  ${row.hit.label}`);
  });
  const top = scrollTop(selected, room, lines.length);
  return lines.slice(top, top + room);
}

describe('the finder with thousands of rows', () => {
  it.each([0, 1, 350, 699, 700, 702, 703, 704, 1102])('shows the window around row %i, group titles in place', (cursor) => {
    const all = rows();
    const height = 20;
    const app = render(
      <Finder
        finder={{ kind: 'related', fact: 'f', cursor }}
        rows={all}
        title="t"
        lang="en"
        labelOf={(hit) => hit.label}
        width={60}
        height={height}
      />,
    );
    const body = stripVTControlCharacters(app.lastFrame()!)
      .split('\n')
      .slice(2)
      .map((l) => l.trimEnd());
    expect(body).toEqual(expected(all, cursor, height - 2));
    app.unmount();
  });
});
