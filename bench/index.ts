/**
 * `npm run bench`: the search bench (bench/search.ts), the start-up bench (bench/startup.ts),
 * the key bench (bench/keys.tsx), the ingest bench (bench/ingest.ts), the corpus bench
 * (bench/corpus.ts) and the review bench (bench/review.ts), each in a process of its own so
 * that neither's heap, JIT or file cache state is in the other's figures.
 *
 *   npm run bench                                   all six; the first three at 1×, 100× and 1,000×
 *   npm run bench -- --scales 1,100                 all six, the first three at those scales only
 *   npm run bench -- startup --figures validate,show --scales 1000
 *   npm run bench -- ingest --sizes 100k,1m
 *   npm run bench -- corpus --scales 1,10
 *   npm run bench -- review --scales 1,100,500 --runs 20
 *
 * `search`, `startup`, `keys`, `ingest`, `corpus` or `review` picks one bench; --scales goes to
 * the first three, to the corpus (times 31 texts) and to the review (documents in the folder),
 * --figures to the start-up bench, --runs to the start-up bench and to the review (decisions
 * of each kind), --sizes (of the texts ingested) to the ingest bench.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/paths.js';
import { parseRuns, parseScales, parseSizes } from './report.js';

const BENCHES = {
  // --expose-gc lets the search bench settle the heap before it weighs an index.
  search: { file: 'search.ts', flags: ['--expose-gc'], options: ['scales'] },
  startup: { file: 'startup.ts', flags: [], options: ['scales', 'figures', 'runs'] },
  // Key → redraw in the explorer, in-process; 1,000× holds the dataset and the app in one heap.
  keys: { file: 'keys.tsx', flags: ['--max-old-space-size=8192'], options: ['scales'] },
  ingest: { file: 'ingest.ts', flags: [], options: ['sizes'] },
  // A corpus by the built command line: 31 reports, then ten times as many.
  corpus: { file: 'corpus.ts', flags: [], options: ['scales'] },
  // Review decisions at 1, 100 and 500 documents: --scales are document counts here.
  review: { file: 'review.ts', flags: [], options: ['scales', 'runs'] },
} as const;
type BenchName = keyof typeof BENCHES;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scales: { type: 'string' }, figures: { type: 'string' }, runs: { type: 'string' }, sizes: { type: 'string' } },
});
const unknown = positionals.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`no bench named ${unknown.join(', ')}: there are ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
// Read here too, so a mistyped list fails before a long run starts.
parseScales(values.scales);
parseSizes(values.sizes);
parseRuns(values.runs);
const chosen = (positionals.length > 0 ? positionals : Object.keys(BENCHES)) as BenchName[];

for (const name of chosen) {
  const bench = BENCHES[name];
  const args = [...bench.flags, '--import', 'tsx', fileURLToPath(new URL(bench.file, import.meta.url))];
  for (const option of bench.options) {
    const value = values[option];
    if (value !== undefined) args.push(`--${option}`, value);
  }
  if (chosen.length > 1) console.log(`\n## ${name}\n`);
  const run = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`the ${name} bench failed (${run.status ?? run.signal})`);
    process.exit(1);
  }
}
