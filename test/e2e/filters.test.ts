import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../src/model/filter.js';
import { filterFacts } from '../../src/model/queries.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { bundledDataset } from '../helpers.js';
import { Tmux } from './tmux.js';

const CLI = `node ${join(PACKAGE_ROOT, 'dist', 'cli.js')}`;
// CI installs tmux (.ci/run); elsewhere the test says it was skipped rather than pass unseen.
const run = Tmux.available() || process.env.CI ? describe : describe.skip;

let tmux: Tmux | undefined;
let folder: string | undefined;
afterEach(() => {
  tmux?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

run('filters in a real terminal', () => {
  it('at 80×24, two places picked at once filter the list, the timeline keeps them, and w saves them as sorted', async () => {
    folder = mkdtempSync(join(tmpdir(), 'pe-e2e-filters-'));
    tmux = new Tmux();
    tmux.start(`sh -c "cd ${folder} && exec ${CLI}"`, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('2', '@');
    await tmux.waitFor((s) => s.includes('Filter by place'));
    // Each key waits for the screen: letters and a Space read in one go would be typed as text.
    tmux.literal('yangzhou');
    await tmux.waitFor((s) => s.includes('/ yangzhou▏'));
    tmux.keys('Space');
    await tmux.waitFor((s) => s.includes('1 picked'));
    tmux.keys('C-u');
    await tmux.waitFor((s) => !s.includes('/ yangzhou'));
    tmux.literal('liangqing');
    await tmux.waitFor((s) => s.includes('/ liangqing▏'));
    tmux.keys('Space');
    await tmux.waitFor((s) => s.includes('2 picked'));
    tmux.keys('Enter');
    await tmux.waitFor((s) => s.includes('places: Yangzhou, Liangqing'));
    const both = { ...NO_FILTER, places: ['yangzhou', 'liangqing'] };
    const shown = filterFacts(bundledDataset(), both, 'place');
    expect(tmux.screen()).toContain(`${shown.length}/`);
    // Every row shows one of the two places.
    const rows = tmux
      .screen()
      .split('\n')
      .filter((l) => /\d{4}\*?\s+(target|reported)/u.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/Yangzhou|Liangqing/u);

    tmux.keys('T');
    await tmux.waitFor((s) => /^ Timeline/mu.test(s));
    tmux.keys('t');
    await tmux.waitFor((s) => s.includes('kind: target'));
    expect(tmux.screen()).toMatch(/^ Timeline/mu);
    expect(tmux.screen()).toContain('places: Yangzhou, Liangqing');
    tmux.keys('t');
    await tmux.waitFor((s) => s.includes('kind: reported'));
    tmux.keys('t', 'Escape');
    await tmux.waitFor((s) => !/^ Timeline/mu.test(s));

    // Sorted by value, descending, from the palette; the save writes that list in that order.
    tmux.keys(':');
    await tmux.waitFor((s) => s.includes('Commands'));
    tmux.literal('sort by');
    await tmux.waitFor((s) => s.includes('sort by▏'));
    tmux.keys('Enter');
    await tmux.waitFor((s) => s.includes('Sort the figures by'));
    tmux.literal('value descending');
    await tmux.waitFor((s) => s.includes('value descending▏'));
    tmux.keys('Enter');
    await tmux.waitFor((s) => s.includes('order: value'));
    tmux.keys('w');
    await tmux.waitFor((s) => /policy-explorer-figures-\d{4}-\d{2}-\d{2}\.csv/u.test(s));
    tmux.keys('Enter');
    await tmux.waitFor((s) => s.includes(`saved ${shown.length} figures`));
    const [name] = readdirSync(folder);
    const ids = readFileSync(join(folder, name!), 'utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[0]);
    expect(ids).toEqual(filterFacts(bundledDataset(), both, '-value').map((f) => f.id));
  }, 60_000);
});
