import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filterFacts, NO_FILTER } from '../../src/model/queries.js';
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

run('saving the view in a real terminal', () => {
  it('at 80×24, w then Enter writes the filtered list to a file in the current folder', async () => {
    folder = mkdtempSync(join(tmpdir(), 'pe-e2e-save-'));
    tmux = new Tmux();
    tmux.start(`sh -c "cd ${folder} && exec ${CLI}"`, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('2');
    await tmux.waitFor((s) => /^\s*place\s+metric/mu.test(s));
    // p steps through the places: Guangxi first, then Nanning.
    for (let i = 0; i < 10 && !tmux.screen().includes('place: Nanning'); i++) {
      const before = tmux.screen();
      tmux.keys('p');
      await tmux.waitFor((s) => s !== before);
    }
    expect(tmux.screen()).toContain('place: Nanning');
    tmux.keys('w');
    await tmux.waitFor((s) => /policy-explorer-figures-\d{4}-\d{2}-\d{2}\.csv/u.test(s));
    tmux.keys('Enter');
    const shown = filterFacts(bundledDataset(), { ...NO_FILTER, places: ['nanning'] }, 'place');
    await tmux.waitFor((s) => s.includes(`saved ${shown.length} figures`));

    const [name, ...others] = readdirSync(folder);
    expect(others).toEqual([]);
    expect(name).toMatch(/^policy-explorer-figures-\d{4}-\d{2}-\d{2}\.csv$/u);
    const text = readFileSync(join(folder, name!), 'utf8');
    expect(text.startsWith('\uFEFFid,document,')).toBe(true);
    const ids = text
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[0]);
    expect(ids).toEqual(shown.map((f) => f.id));
  });
});
