/**
 * Start-up and scale: how long whole processes of the built CLI take, and their peak RSS, on
 * the bundled data and on datasets 100× and 1,000× its size (bench/scale.ts), each figure also
 * as a ratio to `node -e 0` timed in the same run, since the machine is shared and noisy.
 *
 * Every command runs cold (a fresh, empty XDG_CACHE_HOME) and then warm (the same folder
 * again), so a snapshot cache there shows as the gap between the two columns. The explorer
 * runs in a detached tmux pane, timed from spawn to its first frame and to the real app; node
 * is timed the same way, in a pane to its first output, and the explorer put against that too.
 * Cold is the first start with an empty cache folder, so also without the explorer's code cache.
 *
 *   npm run bench -- startup                          1×, 100× and 1,000×; ~15 minutes
 *   npm run bench -- startup --scales 1,100           a quicker run
 *   npm run bench -- startup --scales 1000 --figures validate,show
 *   npm run bench -- startup --figures validate,export,export-csv   export's memory against the floor
 *   npm run bench -- startup --scales 1 --figures explorer --runs 30   a steadier median
 *
 * Progress goes to stderr; the machine line and the Markdown table, for the README, to stdout.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, devNull, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUNDLED_DATA, PACKAGE_ROOT } from '../src/paths.js';
import {
  formatRatio,
  formatSeconds,
  parseFigures,
  parseRuns,
  parseScales,
  startupTable,
  summarise,
  type Outcome,
  type Row,
} from './report.js';
import { scaledDataset } from './scale.js';

const CLI = join(PACKAGE_ROOT, 'dist', 'cli.js');
const RSS_PRELOAD = fileURLToPath(new URL('rss.cjs', import.meta.url));
const FACT = 'nanning-2023-hitech-count';
const QUERY = '高新技术企业';
const FIGURES = ['version', 'validate', 'show', 'search', 'export', 'export-csv', 'explorer'] as const;
type FigureName = (typeof FIGURES)[number];
/** Each command's label in the table, and its arguments for a dataset folder. */
const COMMANDS: Record<Exclude<FigureName, 'version' | 'explorer'>, [string, (data: string) => string[]]> = {
  validate: ['validate DIR', (data) => ['validate', data]],
  show: [`show ${FACT}`, (data) => ['show', FACT, '--data', data]],
  search: [`search ${QUERY}`, (data) => ['search', QUERY, '--data', data]],
  export: ['export', (data) => ['export', '--data', data]],
  // The facts alone, a row at a time: against export's whole dataset and validate's floor (the snapshot's load).
  'export-csv': ['export --format csv', (data) => ['export', '--format', 'csv', '--data', data]],
};
/** Text only the real app's first frame has: the tab bar and the status bar's first hint, not a loading screen. */
const READY_MARKS = [/1 Documents\s+2 Figures/u, /\? keys/u];
/** The search box with its first results: the category the query names. */
const SEARCH_MARK = /高新技术企业 high-tech enterprises/u;
const PANE = { columns: 120, rows: 40 };
const POLL_MS = 10;
const EXPLORER_TIMEOUT_MS = 600_000;

const { values } = parseArgs({ options: { scales: { type: 'string' }, figures: { type: 'string' }, runs: { type: 'string' } } });
const runsGiven = parseRuns(values.runs);
/** Median of 5 runs at 1×, 2 up to 100×, a single run above (cold validate at 1,000× takes ~45 s), unless --runs says. */
const runsAt = (scale: number) => runsGiven ?? (scale <= 1 ? 5 : scale <= 100 ? 2 : 1);

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const log = (line: string) => process.stderr.write(`${line}\n`);
const quote = (word: string) => `'${word.replace(/'/gu, `'\\''`)}'`;

/** The newest modification time of a file under `dir`. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/** Builds dist/ when it is missing or older than the source, so the figures are the code's. */
function ensureBuilt(): void {
  const source = Math.max(newest(join(PACKAGE_ROOT, 'src')), statSync(join(PACKAGE_ROOT, 'scripts', 'build.mjs')).mtimeMs);
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= source) return;
  log('building dist/ (it is missing or older than src/)');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
}

let files = 0;
const scratchFile = (name: string) => join(scratch, `${name}-${files++}`);

/** The peak RSS the preload wrote, in MB, once the file is there; undefined if it never comes. */
function readRss(file: string, waitMs = 0): number | undefined {
  for (const until = performance.now() + waitMs; ; sleep(20)) {
    if (existsSync(file)) {
      const kilobytes = Number(readFileSync(file, 'utf8'));
      if (kilobytes > 0) return kilobytes / 1024;
    }
    if (performance.now() >= until) return undefined;
  }
}

/**
 * One whole process: node with the RSS preload, stdout to /dev/null, timed from spawn to exit.
 * The spawn's own cost is in every figure alike, `node -e 0`'s too.
 */
function timeProcess(args: readonly string[], cache?: string): Outcome {
  const rssFile = scratchFile('rss');
  const env: NodeJS.ProcessEnv = { ...process.env, PE_BENCH_RSS: rssFile };
  if (cache !== undefined) env.XDG_CACHE_HOME = cache;
  const out = openSync(devNull, 'w');
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--require', RSS_PRELOAD, ...args], { stdio: ['ignore', out, 'pipe'], env });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) {
      log(`  node ${args.join(' ')} failed: ${run.stderr.toString().trim() || run.error?.message || run.signal}`);
      return `exit ${run.status ?? run.signal}`;
    }
    return { seconds, rssMB: readRss(rssFile) };
  } finally {
    closeSync(out);
  }
}

const tmuxAvailable = () => spawnSync('tmux', ['-V']).status === 0;

/** A tmux server of its own, with a socket in the run's scratch folder (-S, not -L), so it goes with the folder. */
function paneServer(): { tmux: (...args: string[]) => string; close: () => void } {
  const socket = scratchFile('tmux');
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-S', socket, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TERM: process.env.TERM || 'xterm-256color' },
    });
  // The server starts first, with an idle session, so its own start-up is not in the figures.
  tmux('new-session', '-d', '-s', 'idle', 'sleep 3600');
  return { tmux, close: () => spawnSync('tmux', ['-S', socket, 'kill-server'], { stdio: 'ignore' }) };
}

/** What node writes in the baseline pane once it is up. */
const NODE_MARK = 'node is up';

/**
 * node started in a pane as the explorer is, timed to its first output as the explorer is to
 * its first frame: tmux's spawn, the shell's exec, the polling and the capture are in both
 * figures, and only in them. `node -e 0` itself shows nothing and ends, so this node writes a
 * word as soon as it runs, and waits to be closed with the pane.
 */
function timeNodeInPane(): Outcome {
  const { tmux, close } = paneServer();
  try {
    const script = `process.stdout.write(${JSON.stringify(NODE_MARK)}); setInterval(() => {}, 60000);`;
    const command = `exec env -u CI ${quote(process.execPath)} --require ${quote(RSS_PRELOAD)} -e ${quote(script)}`;
    const started = performance.now();
    tmux('new-session', '-d', '-s', 'node', '-x', String(PANE.columns), '-y', String(PANE.rows), command);
    for (;;) {
      if (tmux('capture-pane', '-p', '-t', 'node').includes(NODE_MARK)) return { seconds: (performance.now() - started) / 1000 };
      if (performance.now() - started > 60_000) return 'no output in 60 s';
      sleep(POLL_MS);
    }
  } finally {
    close();
  }
}

/**
 * The explorer in a detached tmux pane of a server of its own: seconds from spawn to the first
 * thing drawn, and to the real app (READY_MARKS), read by polling capture-pane every ~10 ms, so
 * each figure is late by up to one poll and one capture (~5 ms). Then a search is typed, and
 * timed from the app's first frame to its first results. Its RSS is the peak until then: the
 * pane is closed as soon as the results are seen, and the app's SIGHUP handler exits it.
 */
function timeExplorer(data: string, cache: string): { firstFrame: Outcome; ready: Outcome; search: Outcome } {
  const { tmux, close } = paneServer();
  const rssFile = scratchFile('rss');
  const fail = (why: string) => ({ firstFrame: why, ready: why, search: why });
  try {
    // exec: the pane's process is node itself. CI would make Ink draw only the last frame.
    const command = [
      'exec env -u CI',
      `XDG_CACHE_HOME=${quote(cache)} PE_BENCH_RSS=${quote(rssFile)}`,
      `${quote(process.execPath)} --require ${quote(RSS_PRELOAD)} ${quote(CLI)} --data ${quote(data)}`,
    ].join(' ');
    const started = performance.now();
    tmux('new-session', '-d', '-s', 'app', '-x', String(PANE.columns), '-y', String(PANE.rows), command);
    let firstFrame: number | undefined;
    let ready: number | undefined;
    let screen = '';
    for (;;) {
      try {
        screen = tmux('capture-pane', '-p', '-t', 'app');
      } catch {
        log(`  the explorer exited; its last screen:\n${screen}`);
        return fail('exited early');
      }
      const at = (performance.now() - started) / 1000;
      if (firstFrame === undefined && /\S/u.test(screen)) firstFrame = at;
      if (ready === undefined && READY_MARKS.every((mark) => mark.test(screen))) {
        ready = at;
        // The first search, typed as soon as the app is up: its results wait for the search index.
        tmux('send-keys', '-t', 'app', '-l', `/${QUERY}`);
      }
      if (ready !== undefined && SEARCH_MARK.test(screen)) {
        const pid = Number(tmux('display-message', '-p', '-t', 'app', '#{pane_pid}').trim());
        tmux('kill-server');
        const rssMB = readRss(rssFile, 30_000);
        if (rssMB === undefined) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // It has gone after all.
          }
        }
        return { firstFrame: { seconds: firstFrame! }, ready: { seconds: ready }, search: { seconds: at - ready, rssMB } };
      }
      if (at * 1000 > EXPLORER_TIMEOUT_MS) {
        log(`  no app after ${EXPLORER_TIMEOUT_MS / 1000} s; the screen:\n${screen}`);
        return fail(`none in ${EXPLORER_TIMEOUT_MS / 1000} s`);
      }
      sleep(POLL_MS);
    }
  } finally {
    close();
  }
}

/** Runs `once` cold, with a fresh empty cache folder, then warm, with the same folder again. */
function coldThenWarm<T>(once: (cache: string) => T): [T, T] {
  const cache = mkdtempSync(join(scratch, 'cache-'));
  try {
    return [once(cache), once(cache)];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

const scales = parseScales(values.scales);
const figures = parseFigures(values.figures, FIGURES);
ensureBuilt();
// For the RSS files and cache folders of this run; removed at the end.
const scratch = mkdtempSync(join(tmpdir(), 'pe-bench-'));

const baseline: Outcome[] = [];
/** One more `node -e 0`, taken between the runs measured, so the baseline sees the same load they do. */
const sampleBaseline = () => {
  const outcome = timeProcess(['-e', '0']);
  if (typeof outcome === 'string') throw new Error(`node -e 0 failed: ${outcome}`);
  baseline.push(outcome);
};

/** node in a tmux pane, to its first output: the baseline timed as the explorer is, sampled between its runs. */
const inPane: Outcome[] = [];
/** Each scale's explorer figures, to be put against node in a pane. */
const explorerReady: { scale: number; row: Row }[] = [];

const rows: Row[] = [];
const notes: string[] = [];
const hasTmux = tmuxAvailable();
if (figures.includes('explorer') && !hasTmux) notes.push('The explorer rows are missing: tmux is not installed.');
try {
  for (let run = 0; run < 5; run++) sampleBaseline();
  const version = figures.includes('version') && scales.includes(1) ? Array.from({ length: 5 }, () => timeProcess([CLI, '--version'])) : [];

  for (const scale of scales) {
    const root = join(tmpdir(), `pe-${scale}`);
    if (scale > 1 && !existsSync(join(root, `complete-${scale}`))) log(`writing the ${scale}× dataset to ${root} (once; reused after)`);
    const data = scale === 1 ? BUNDLED_DATA : scaledDataset(scale, root);
    const runs = runsAt(scale);
    for (const figure of figures) {
      if (figure === 'version') continue;
      if (figure === 'explorer') {
        if (!hasTmux) continue;
        const firstFrames: [Outcome, Outcome][] = [];
        const readies: [Outcome, Outcome][] = [];
        const searches: [Outcome, Outcome][] = [];
        for (let run = 0; run < runs; run++) {
          sampleBaseline();
          inPane.push(timeNodeInPane());
          const [cold, warm] = coldThenWarm((cache) => timeExplorer(data, cache));
          firstFrames.push([cold.firstFrame, warm.firstFrame]);
          readies.push([cold.ready, warm.ready]);
          searches.push([cold.search, warm.search]);
          log(`${scale}× explorer run ${run + 1}/${runs}: ${describe(cold.ready)} cold, ${describe(warm.ready)} warm`);
        }
        const ready = pairRow(scale, 'explorer: app ready', readies);
        explorerReady.push({ scale, row: ready });
        rows.push(
          pairRow(scale, 'explorer: first frame', firstFrames),
          ready,
          pairRow(scale, 'explorer: first search result, after the app is up', searches),
        );
        continue;
      }
      const [label, args] = COMMANDS[figure];
      const pairs: [Outcome, Outcome][] = [];
      for (let run = 0; run < runs; run++) {
        sampleBaseline();
        pairs.push(coldThenWarm((cache) => timeProcess([CLI, ...args(data)], cache)));
        log(`${scale}× ${figure} run ${run + 1}/${runs}: ${describe(pairs.at(-1)![0])} cold, ${describe(pairs.at(-1)![1])} warm`);
      }
      rows.push(pairRow(scale, label, pairs));
    }
  }

  const nodeAlone = summarise(baseline);
  if (typeof nodeAlone === 'string') throw new Error(nodeAlone);
  const base = nodeAlone.seconds;
  rows.unshift({ figure: 'node -e 0', cold: nodeAlone });
  if (version.length > 0) rows.splice(1, 0, { scale: 1, figure: 'policy-explorer --version', cold: summarise(version) });
  const pane = inPane.length > 0 ? summarise(inPane) : undefined;
  if (pane !== undefined) rows.splice(1, 0, { figure: 'node -e, to its first output in a tmux pane', cold: pane });
  if (pane !== undefined && typeof pane !== 'string') {
    for (const { scale, row } of explorerReady) {
      const ratio = (outcome: Outcome | undefined) =>
        outcome === undefined || typeof outcome === 'string' ? '—' : formatRatio(outcome.seconds, pane.seconds);
      notes.push(
        `${scale}×: the explorer's app ready against node in a tmux pane, both timed from spawn to what they show: ${ratio(row.cold)} cold, ${ratio(row.warm)} warm (node in a pane: median of ${inPane.length}, ${formatSeconds(pane.seconds)} s).`,
      );
    }
  }
  const cpu = cpus()[0]?.model.trim() ?? 'unknown cpu';
  console.log(`node ${process.version}, ${process.platform} ${release()}, ${cpu}, ${availableParallelism()} cores`);
  console.log(
    `seconds: median of ${scales.map((s) => `${runsAt(s)} at ${s}×`).join(', ')}; ×: ratio to node -e 0 (median of ${baseline.length}: ${formatSeconds(base)} s); MB: peak RSS${hasTmux && figures.includes('explorer') ? ", the explorer's until its first search result is seen" : ''}`,
  );
  console.log();
  process.stdout.write(startupTable(rows, base));
  for (const note of notes) console.log(`\n${note}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function describe(outcome: Outcome): string {
  return typeof outcome === 'string' ? outcome : `${formatSeconds(outcome.seconds)} s`;
}

function pairRow(scale: number, figure: string, pairs: readonly [Outcome, Outcome][]): Row {
  return { scale, figure, cold: summarise(pairs.map((p) => p[0])), warm: summarise(pairs.map((p) => p[1])) };
}
