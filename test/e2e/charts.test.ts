import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { Tmux } from './tmux.js';

const CLI = `node ${join(PACKAGE_ROOT, 'dist', 'cli.js')}`;
// CI installs tmux (.ci/run); elsewhere the test says it was skipped rather than pass unseen.
const run = Tmux.available() || process.env.CI ? describe : describe.skip;

let tmux: Tmux | undefined;
afterEach(() => tmux?.kill());

run('charts in a real terminal at 80×24', () => {
  it('the Compare pane draws R&D intensity as bars, the numbers beside them, the table below', async () => {
    tmux = new Tmux();
    tmux.start(CLI, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('4');
    await tmux.waitFor((s) => s.includes('1 of 17'));
    tmux.keys('Enter');
    const screen = await tmux.waitFor((s) => s.includes('figures by place and year'));
    expect(screen).toMatch(/^Nanning\s+2023\s+░{30,}\s+1\.94%$/mu);
    expect(screen).toMatch(/^Yangzhou\s+2023\*\s+█{50,}\s2\.48%$/mu);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('EXITED:0'));
  });

  it('POLICY_EXPLORER_ASCII=1 draws the progress screen with # and |', async () => {
    tmux = new Tmux();
    tmux.start(`env POLICY_EXPLORER_ASCII=1 ${CLI}`, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('2', '%');
    const screen = await tmux.waitFor((s) => s.includes('96.1%'));
    expect(screen).toMatch(/^ {4}#{30,} ?\| +96\.1% 1,729 家 \(2024\) of 1,800 家/mu);
    expect(screen).not.toMatch(/[█▌┊]/u);
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('EXITED:0'));
  });
});
