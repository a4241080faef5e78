import { join } from 'node:path';
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
    await tmux.waitFor((s) => s.includes('in context'));
    tmux.keys('Escape');
    await tmux.waitFor((s) => /^\s*place\s+metric/mu.test(s));

    tmux.keys('q');
    const after = await tmux.waitFor((s) => s.includes('EXITED:0'));
    expect(tmux.alternate()).toBe(false);
    expect(after).not.toContain('1 Documents');
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
});
