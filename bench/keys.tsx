/**
 * Key → redraw latency of the explorer, on the bundled data and on 100× and 1,000× copies of
 * it (bench/scale.ts). The App is rendered in-process with ink-testing-library, a key is
 * written to its stdin, and the time runs until the next frame Ink draws (in the debug mode
 * the tests use, Ink writes every frame it renders, unthrottled). Measured, each as median and
 * p95 of the time to the frame, beside the CPU time the process spent:
 *
 *   list     j in the Figures pane (every figure, by place)
 *   detail   j and k through the links of a figure's detail (found by searching for its value)
 *   search   高新技术 typed one character at a time, after one untimed round has built the index
 *
 *   npm run bench -- keys [--scales 1,100,1000]; run alone for more: [--presses 60] [--size 140x42] [--cache DIR]
 *
 * Loading 1,000× from YAML takes most of a minute; `--cache DIR` keeps each loaded dataset in
 * DIR as a V8 serialization and reads it back on the next run. The cache is not checked
 * against the data or the code: delete it when either changes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import type { Dataset } from '../src/model/types.js';

// React picks its build on first import: measure the one the installed app runs. Hence the
// imports after this line, and no JSX here (its runtime would be imported before it).
process.env.NODE_ENV ??= 'production';
const { createElement } = await import('react');
const { render } = await import('ink-testing-library');
const { App } = await import('../src/ui/App.js');
const { ThemeContext } = await import('../src/ui/components/theme.js');
const { loadDataset, oneFolder } = await import('../src/model/load.js');
const { BUNDLED_DATA, BUNDLED_SEEDS } = await import('../src/paths.js');
const { scaledDataset } = await import('./scale.js');

const { values: options } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,100,1000' },
    presses: { type: 'string', default: '60' },
    size: { type: 'string', default: '140x42' },
    cache: { type: 'string' },
  },
});
const scales = options.scales.split(',').map(Number);
const PRESSES = Number(options.presses);
const [COLUMNS, ROWS] = options.size.split('x').map(Number) as [number, number];
/** A key that draws no frame within this time ends its series. */
const NO_FRAME_MS = 20_000;
const QUERY = '高新技术';
/** A figure with many links: Nanning's 1,729 high-tech enterprises in 2024. */
const FIGURE = '1729';

const KEY = { enter: '\r', ctrlU: '\u0015' } as const;

function load(times: number): Dataset {
  const cached = options.cache && join(options.cache, `policy-explorer-${times}.v8`);
  if (cached && existsSync(cached)) return deserialize(readFileSync(cached)) as Dataset;
  const dataDir = times === 1 ? BUNDLED_DATA : scaledDataset(times, join(tmpdir(), `policy-explorer-scaled-${times}`));
  const result = loadDataset(oneFolder(dataDir, BUNDLED_SEEDS));
  if (!result.ok) throw new Error(`the ${times}× dataset does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  if (cached) {
    mkdirSync(options.cache!, { recursive: true });
    writeFileSync(cached, serialize(result.dataset));
  }
  return result.dataset;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function summary(samples: readonly Sample[]): string {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  const cells = [percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.at(-1) ?? NaN, percentile(cpu, 0.5), percentile(cpu, 0.95)];
  return `${cells.map((n) => n.toFixed(1).padStart(8)).join('')}${String(sorted.length).padStart(6)}`;
}

/** The explorer on `dataset`, and a way to time a key until the frame it causes. */
async function explorer(dataset: Dataset) {
  const app = render(
    createElement(
      ThemeContext.Provider,
      { value: { color: true } },
      createElement(App, { dataset, size: { columns: COLUMNS, rows: ROWS }, messageTimes: { message: 3_600_000, notice: 3_600_000 } }),
    ),
  );
  let wake: (() => void) | null = null;
  const write = app.stdout.write;
  app.stdout.write = (frame: string) => {
    write(frame);
    wake?.();
  };
  const frame = () => app.lastFrame() ?? '';
  const nextFrame = (changed: () => boolean, ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve(false);
      }, ms);
      wake = () => {
        if (!changed()) return;
        wake = null;
        clearTimeout(timer);
        resolve(true);
      };
    });
  while (app.stdin.listenerCount('readable') === 0 || frame() === '') await new Promise((r) => setImmediate(r));
  return {
    frame,
    /**
     * Milliseconds from writing `key` to the frame it makes, and the CPU time spent (GC threads
     * included); null when no frame came. Every key here changes the state, so each draws a
     * frame, even one that looks like the last (copies of a figure look alike).
     */
    async time(key: string): Promise<Sample | null> {
      const drawn = nextFrame(() => true, NO_FRAME_MS);
      const cpu = process.cpuUsage();
      const started = performance.now();
      app.stdin.write(key);
      if (!(await drawn)) return null;
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      return { ms, cpu: (used.user + used.system) / 1000 };
    },
    /** Presses `key` and waits until the screen shows `text`. */
    async pressFor(key: string, text: string | RegExp) {
      const shows = () => {
        const plain = stripVTControlCharacters(frame());
        return typeof text === 'string' ? plain.includes(text) : text.test(plain);
      };
      const drawn = nextFrame(shows, NO_FRAME_MS);
      app.stdin.write(key);
      if (!(await drawn)) throw new Error(`${JSON.stringify(key)} never showed ${String(text)}:\n${stripVTControlCharacters(frame())}`);
    },
    unmount: () => app.unmount(),
  };
}

interface Sample {
  readonly ms: number;
  readonly cpu: number;
}

async function series(keys: readonly string[], time: (key: string) => Promise<Sample | null>): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const key of keys) {
    const ms = await time(key);
    if (ms === null) break;
    out.push(ms);
  }
  return out;
}

console.log(`node ${process.version}, ${COLUMNS}×${ROWS}, NODE_ENV=${process.env.NODE_ENV}; key → redraw in ms`);
console.log('                            ------ to the frame ------  --- CPU ---');
console.log('scale    facts  series       median     p95     max  median     p95     n');
for (const times of scales) {
  const loadStarted = performance.now();
  const dataset = load(times);
  const loadMs = performance.now() - loadStarted;
  const ui = await explorer(dataset);
  const row = (name: string, ms: readonly Sample[]) =>
    console.log(`${`${times}×`.padEnd(6)}${String(dataset.facts.length).padStart(8)}  ${name.padEnd(10)}${summary(ms)}`);

  // The Figures pane: the first j sorts the figures once, so it is not counted.
  await ui.pressFor('2', /Figures ›/u);
  await ui.time('j');
  row('list j', await series(Array<string>(PRESSES).fill('j'), ui.time));

  // The search box: the first round builds the index and is not counted.
  await ui.pressFor('/', /^\/ /mu);
  for (const char of QUERY) await ui.time(char);
  await ui.pressFor(KEY.ctrlU, /^\/ ▏/mu);
  const typing: Sample[] = [];
  for (let round = 0; typing.length < PRESSES; round++) {
    typing.push(...(await series([...QUERY], ui.time)));
    if (round < 100 && typing.length < PRESSES) await ui.pressFor(KEY.ctrlU, /^\/ ▏/mu);
  }
  row('search', typing);

  // Enter on a figure found by its number jumps to it with its detail focused; j and k move through its links.
  await ui.pressFor(KEY.ctrlU, /^\/ ▏/mu);
  await ui.pressFor(FIGURE, /^\/ 1729▏/mu);
  await ui.pressFor(KEY.enter, /Figures ›.* › Detail/u);
  const down = await series(Array<string>(PRESSES / 2).fill('j'), ui.time);
  const up = await series(Array<string>(down.length).fill('k'), ui.time);
  row('detail j/k', [...down, ...up]);
  console.log(`${''.padEnd(6)}${''.padStart(8)}  (loaded in ${(loadMs / 1000).toFixed(1)} s)`);
  ui.unmount();
}
process.exit(0);
