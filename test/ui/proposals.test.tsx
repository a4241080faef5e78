import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/model/load.js';
import { BUNDLED_DATA, BUNDLED_SEEDS } from '../../src/paths.js';
import type { Clipboard } from '../../src/platform/clipboard.js';
import { App } from '../../src/ui/App.js';
import { ThemeContext } from '../../src/ui/components/theme.js';
import { run } from '../../src/cli.js';
import { bundledDataset, csvFields, PROPOSAL, userFolder } from '../helpers.js';
import { drive, explorer } from './drive.js';

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => app?.unmount());

/** The explorer over the bundled data and a folder of one's own with one proposal, proposals included. */
async function withProposal(columns = 120, rows = 40) {
  const dir = userFolder();
  const loaded = loadDataset({
    folders: [
      { dataDir: BUNDLED_DATA, seedsDir: BUNDLED_SEEDS },
      { dataDir: dir, seedsDir: `${dir}/seeds` },
    ],
    includeProposed: true,
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 2)));
  const copied: string[] = [];
  const clipboard: Clipboard = { copy: async (text) => (copied.push(text), { via: ['test clipboard'], problems: [] }) };
  app = await drive(
    (size) => (
      <ThemeContext.Provider value={{ color: false }}>
        <App dataset={loaded.dataset} size={size} clipboard={clipboard} messageTimes={{ message: 3_600_000, notice: 3_600_000 }} />
      </ThemeContext.Provider>
    ),
    columns,
    rows,
  );
  return { copied };
}

describe('proposals in the explorer', () => {
  it('are marked in the list, said so in the detail, filtered with P, and cited as drafts', async () => {
    const { copied } = await withProposal();
    await app!.press('2', 'P');
    await app!.waitFor('status: proposed');
    expect(app!.frame()).toMatch(/1\/\d+ figures/u);
    expect(app!.frame()).toMatch(/◇ Nanning {2,}市级以上创业孵化平台/u);
    expect(app!.frame()).toContain('proposed · not reviewed · confidence 0.60');
    expect(app!.frame()).toContain('· metric inherited from previous clause');
    await app!.press('c');
    await app!.waitFor('copied');
    expect(copied[0]).toContain('target for 2023, proposed and not yet reviewed');
    // P again: the accepted facts only, then all.
    await app!.press('P');
    await app!.waitFor('status: accepted');
    expect(app!.frame()).not.toContain('◇');
    await app!.press('P');
    await app!.waitFor('filters: none');
  });

  it('without proposals in the dataset, P says how to see them', async () => {
    const plain = await explorer(120, 40);
    app = plain;
    await app.press('2', 'P');
    await app.waitFor('no proposals here: start with --include-proposed to see them');
  });
});

describe('proposals in comparisons', () => {
  it('are marked ◇ in the table, with a legend, and have a status column', () => {
    const dir = userFolder({ proposal: PROPOSAL.replace('indicator: null', 'indicator: incubators') });
    let out = '';
    const io = { out: (t: string) => (out += t), err: () => {}, stdin: { isTTY: false }, stdout: { isTTY: false } };
    run(['compare', 'incubators', '--data', 'bundled', '--data', dir, '--include-proposed', '--no-cache'], io);
    expect(out).toMatch(/\| 市级以上创业孵化平台 \| ≥ 135 家 \| \d{4}\*? \| \w+ \| ◇ proposed 0\.\d+ \|/u);
    expect(out).toContain('◇ proposed: read by ingest and not yet reviewed.');
    out = '';
    run(['compare', 'incubators', '--format', 'csv', '--data', 'bundled', '--data', dir, '--include-proposed', '--no-cache'], io);
    const [header, ...rows] = out.trim().split('\r\n').map(csvFields);
    const row = rows.find((r) => r.includes('mine-plan-p001'))!;
    expect(row[header!.indexOf('status')]).toBe('proposed');
  });
});

describe('R in Documents', () => {
  it('hands the document to the review when its folder is the user’s, and says there is nothing to review otherwise', async () => {
    const asked: string[] = [];
    let mine = false;
    app = await drive(
      (size) => (
        <ThemeContext.Provider value={{ color: false }}>
          <App
            dataset={bundledDataset()}
            size={size}
            messageTimes={{ message: 3_600_000, notice: 3_600_000 }}
            onReview={(document) => (asked.push(document), mine)}
          />
        </ThemeContext.Provider>
      ),
      120,
      32,
    );
    await app.press('R');
    await app.waitFor('nothing to review: this is no document of a folder of your own');
    expect(asked).toEqual(['nanning-press-2024']);
    mine = true;
    await app.press('j');
    // Taken over, the explorer ends: there is no frame to wait on, only the hand-over.
    await app.sendQuietly('R');
    await expect.poll(() => asked).toEqual(['nanning-press-2024', 'liangqing-news-2022']);
  });
});
