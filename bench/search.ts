/**
 * Search latency on the bundled data and on synthetic datasets 100× and 1,000× its size
 * (each record copied under a new id, its quote made distinct as real figures' quotes are,
 * while names of metrics, places and categories repeat as they do across cities and years).
 * Reports index build time and heap, and per-query latency (median, p95) over QUERIES.
 * Run with `npm run bench` (`-- search --scales 1,100` for this bench alone, at those scales);
 * compare ratios within one run, not across machines.
 */
import { parseArgs } from 'node:util';
import { loadDataset, oneFolder } from '../src/model/load.js';
import { BUNDLED_DATA, BUNDLED_SEEDS } from '../src/paths.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex, indexRecords } from '../src/search/build.js';
import { encodeIndex, readIndex } from '../src/search/stored.js';
import { scaledDataset } from './scale.js';
import { buildRecords, type SearchRecord } from '../src/search/records.js';
import { parseScales } from './report.js';

const QUERIES = [
  '高新技术企业',
  '高新技術企業',
  '瞪羚',
  '科技特派員',
  'denglingqiye',
  'deng ling',
  'dlqy',
  'gxjsqy',
  'gazelle',
  'gazele',
  'R&D intensity',
  'tech commissioners',
  '1729',
  '1,729',
  '169.68',
  '扬州 高新技术企业',
  'liangqing high-tech',
  '南宁',
  'nanning high-tech 2023',
  '企业',
];
const ROUNDS = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function scaled(records: readonly SearchRecord[], times: number): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (let n = 0; n < times; n++) {
    for (const r of records) {
      if (n === 0) out.push(r);
      else out.push({ ...r, id: `${r.id}~${n}`, keys: r.keys.map((k) => (k.role === 'text' ? { ...k, text: `${k.text}${n}` } : k)) });
    }
  }
  return out;
}

/**
 * The index as the programs build it, from a dataset of `times` copies (bench/scale.ts), with
 * its records' folding and pinyin included, and the time to read it back from where it is
 * stored beside the dataset's snapshot.
 */
function fromData(times: number): string[] {
  const data = times === 1 ? BUNDLED_DATA : scaledDataset(times, join(tmpdir(), `pe-${times}`));
  const loaded = loadDataset(oneFolder(data, BUNDLED_SEEDS));
  if (!loaded.ok) throw new Error(`the ${times}× dataset does not load`);
  const started = performance.now();
  const index = buildSearchIndex(loaded.dataset);
  const build = performance.now() - started;
  const file = join(mkdtempSync(join(tmpdir(), 'policy-explorer-bench-')), 'index.search');
  writeFileSync(file, encodeIndex(index, 'bench'));
  const read = performance.now();
  if (!readIndex(file, 'bench')) throw new Error('the stored index does not read back');
  const readMs = performance.now() - read;
  rmSync(file);
  return [build.toFixed(0).padStart(14), readMs.toFixed(0).padStart(16)];
}

const scales = parseScales(parseArgs({ options: { scales: { type: 'string' } } }).values.scales);
const result = loadDataset(oneFolder(BUNDLED_DATA, BUNDLED_SEEDS));
if (!result.ok) throw new Error('the bundled dataset does not load');
const keysStarted = performance.now();
const base = buildRecords(result.dataset);
const keysMs = performance.now() - keysStarted;
const gc = (globalThis as { gc?: () => void }).gc;

console.log(`node ${process.version}, ${QUERIES.length} queries × ${ROUNDS} rounds each, limit 20`);
console.log(`search keys of the bundled data (folding, pinyin; loads opencc-js and pinyin-pro): ${keysMs.toFixed(0)} ms`);
console.log('scale   records   build ms   heap MB   median ms   p95 ms   max ms   from data ms   stored read ms');
for (const times of scales) {
  const records = scaled(base, times);
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = indexRecords(records, result.dataset.synonyms);
  const build = performance.now() - started;
  gc?.();
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  index.search('warm up');
  const times_: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      index.search(q, { limit: 20 });
      times_.push(performance.now() - t0);
    }
  }
  times_.sort((a, b) => a - b);
  const row = [
    `${times}×`.padEnd(7),
    String(records.length).padStart(7),
    build.toFixed(0).padStart(10),
    (gc ? heap.toFixed(1) : 'n/a').padStart(9),
    percentile(times_, 0.5).toFixed(2).padStart(11),
    percentile(times_, 0.95).toFixed(2).padStart(8),
    times_.at(-1)!.toFixed(2).padStart(8),
    ...fromData(times),
  ];
  console.log(row.join(' '));
}
