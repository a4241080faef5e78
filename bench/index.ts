/**
 * `npm run bench`: the search bench (bench/search.ts), the start-up bench (bench/startup.ts)
 * and the key bench (bench/keys.tsx), each in a process of its own so that neither's heap, JIT or file cache
 * state is in the other's figures.
 *
 *   npm run bench                                   all three, at 1×, 100× and 1,000×
 *   npm run bench -- --scales 1,100                 all three, at those scales only
 *   npm run bench -- startup --figures validate,show --scales 1000
 *
 * `search`, `startup` or `keys` picks one bench; --scales goes to each, --figures and --runs to the start-up bench.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/paths.js';
import { parseRuns, parseScales } from './report.js';

const BENCHES = {
  // --expose-gc lets the search bench settle the heap before it weighs an index.
  search: { file: 'search.ts', flags: ['--expose-gc'] },
  startup: { file: 'startup.ts', flags: [] },
  // Key → redraw in the explorer, in-process; 1,000× holds the dataset and the app in one heap.
  keys: { file: 'keys.tsx', flags: ['--max-old-space-size=8192'] },
} as const;
type BenchName = keyof typeof BENCHES;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scales: { type: 'string' }, figures: { type: 'string' }, runs: { type: 'string' } },
});
const unknown = positionals.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`no bench named ${unknown.join(', ')}: there are ${Object.keys(BENCHES).join(' and ')}`);
  process.exit(2);
}
// Read here too, so a mistyped list fails before a long run starts.
parseScales(values.scales);
parseRuns(values.runs);
const chosen = (positionals.length > 0 ? positionals : Object.keys(BENCHES)) as BenchName[];

for (const name of chosen) {
  const bench = BENCHES[name];
  const args = [...bench.flags, '--import', 'tsx', fileURLToPath(new URL(bench.file, import.meta.url))];
  if (values.scales !== undefined) args.push('--scales', values.scales);
  if (name === 'startup' && values.figures !== undefined) args.push('--figures', values.figures);
  if (name === 'startup' && values.runs !== undefined) args.push('--runs', values.runs);
  if (chosen.length > 1) console.log(`\n## ${name}\n`);
  const run = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`the ${name} bench failed (${run.status ?? run.signal})`);
    process.exit(1);
  }
}
