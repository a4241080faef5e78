import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaledDataset } from '../../bench/scale.js';
import { DatasetCopy, temporaryFolder, workReportFolder } from '../helpers.js';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { Tmux } from './tmux.js';

const CLI = `node ${join(PACKAGE_ROOT, 'dist', 'cli.js')}`;
// CI installs tmux (.ci/run); elsewhere the test says it was skipped rather than pass unseen.
const run = Tmux.available() || process.env.CI ? describe : describe.skip;

let tmux: Tmux | undefined;
afterEach(() => tmux?.kill());

run('the built CLI in a real terminal', () => {
  it('runs at 80×24, goes full screen, and gives the terminal back on q', async () => {
    tmux = new Tmux();
    tmux.start(CLI, 80, 24);
    const first = await tmux.waitFor((s) => s.includes('1 Documents'));
    expect(first).toContain('2024-10-31');
    expect(tmux.alternate()).toBe(true);
    for (const line of first.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    tmux.keys('2');
    await tmux.waitFor((s) => /^\s*place\s+metric/mu.test(s));
    tmux.keys('Enter');
    await tmux.waitFor((s) => /^quote {8}“/mu.test(s));
    tmux.keys('Escape');
    await tmux.waitFor((s) => /^\s*place\s+metric/mu.test(s));

    tmux.keys('q');
    const after = await tmux.waitFor((s) => s.includes('EXITED:0'));
    expect(tmux.alternate()).toBe(false);
    expect(after).not.toContain('1 Documents');
  });

  it('writes no escape sequence to a stderr that is a file', async () => {
    const log = join(temporaryFolder(), 'err.log');
    tmux = new Tmux();
    tmux.start(`${CLI} 2>${log}`, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('EXITED:0'));
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('lays out again on resize: split at 120×40, too small at 30×8', async () => {
    tmux = new Tmux();
    tmux.start(CLI, 120, 40);
    await tmux.waitFor((s) => s.includes('1 Documents') && s.includes('Detail'));
    tmux.keys('3', 'j');
    await tmux.waitFor((s) => s.includes('figures by place and year') && s.includes('3,822 家'));
    tmux.resize(30, 8);
    await tmux.waitFor((s) => s.includes('too small'));
    tmux.resize(80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents') && !s.includes('figures by place and year'));
  });

  it('restores the terminal on Ctrl-C and on SIGTERM', async () => {
    tmux = new Tmux();
    tmux.start(CLI, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('C-c');
    await tmux.waitFor((s) => s.includes('EXITED:130'));
    expect(tmux.alternate()).toBe(false);
    tmux.kill();

    tmux = new Tmux();
    tmux.start(CLI, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.signal('SIGTERM');
    await tmux.waitFor((s) => s.includes('EXITED:143'));
    expect(tmux.alternate()).toBe(false);
  });

  it.each([
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
  ] as const)('restores the terminal on %s and exits %i', async (signal, code) => {
    tmux = new Tmux();
    tmux.start(CLI, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.signal(signal);
    await tmux.waitFor((s) => s.includes(`EXITED:${code}`));
    expect(tmux.alternate()).toBe(false);
  });

  it('suspends on Ctrl-Z, giving the shell its screen back, and redraws and takes keys after SIGCONT', async () => {
    tmux = new Tmux();
    tmux.start(CLI, 80, 24);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    tmux.keys('2');
    await tmux.waitFor((s) => /^\s*place\s+metric/mu.test(s));
    tmux.keys('C-z');
    await tmux.waitFor((s) => !s.includes('1 Documents') && !tmux!.alternate());
    tmux.signal('SIGCONT');
    const back = await tmux.waitFor((s) => /^\s*place\s+metric/mu.test(s) && tmux!.alternate());
    expect(back).toContain('2 Figures');
    // Raw mode is back: a single key acts without Enter.
    tmux.keys('3');
    await tmux.waitFor((s) => /^Categories › /mu.test(s));
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('EXITED:0'));
    expect(tmux.alternate()).toBe(false);
  });

  it('opens the review with R, which ignores keys Ink cannot name and comes back to the explorer on q', async () => {
    const { dir } = workReportFolder();
    tmux = new Tmux();
    tmux.start(`${CLI} --data bundled --data ${dir} --include-proposed`, 120, 40);
    await tmux.waitFor((s) => s.includes('1 Documents'));
    // The work report, dated 2025, is the last document.
    tmux.keys('G');
    await tmux.waitFor((s) => s.includes('西安市2025年政府工作报告'));
    tmux.keys('R');
    await tmux.waitFor((s) => /^ Review {3}0\/17 reviewed/mu.test(s));
    for (const sequence of ['\u001B[1;5P', '\u001B[6n', '\u001B[12;40R']) tmux.bytes(sequence);
    tmux.keys('j');
    await tmux.waitFor((s) => s.includes('proposal 2 of 17'));
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('1 Documents') && !s.includes('EXITED:'));
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('EXITED:0'));
    expect(tmux.alternate()).toBe(false);
  });

  it('lists a broken dataset’s problems on the normal screen and exits 1', async () => {
    const copy = new DatasetCopy();
    const line = copy.replace('documents/nanning-plan-2021.yaml', 'quote: 高新技术企业数量达1800家', 'quote: 高新技术企业数量达1801家');
    tmux = new Tmux();
    tmux.start(`${CLI} --data ${copy.dir}`, 200, 24);
    const after = await tmux.waitFor((s) => s.includes('EXITED:1'));
    expect(after).toContain(`nanning-plan-2021.yaml:${line}:12: quote: not found in the clean text`);
    expect(after).toMatch(/The dataset has \d+ problem\(s\); run "policy-explorer validate \S+" for the list\./u);
    expect(tmux.alternate()).toBe(false);
  });

  it('reads a dataset with no snapshot behind a loading screen, keeps the keys typed meanwhile, and starts from the snapshot next time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-explorer-scaled-'));
    const data = scaledDataset(40, join(root, 'x40'));
    const cache = mkdtempSync(join(tmpdir(), 'policy-explorer-cache-'));
    tmux = new Tmux();
    tmux.start(`env XDG_CACHE_HOME=${cache} ${CLI} --data ${data}`, 100, 30);
    await tmux.waitFor((s) => s.includes('Reading the dataset') || s.includes('1 Documents'));
    tmux.literal('/高新');
    const found = await tmux.waitFor((s) => s.includes('/ 高新') && s.includes('高新技术企业 high-tech enterprises'));
    expect(found.split('\n')[0]).toContain('1 Documents');
    tmux.keys('Escape');
    await tmux.waitFor((s) => !s.includes('/ 高新'));
    tmux.keys('q');
    await tmux.waitFor((s) => s.includes('EXITED:0'));
    expect(readdirSync(join(cache, 'policy-explorer', 'datasets')).sort()).toEqual([
      expect.stringMatching(/\.search$/u),
      expect.stringMatching(/\.snapshot$/u),
    ]);
    rmSync(root, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
});
