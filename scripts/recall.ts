// Recall@3 of the search ranking table (test/search/queries.ts) on the bundled dataset,
// overall and by kind of query, and the rows that miss (npx tsx scripts/recall.ts).
import { searchIndex } from '../src/commands/search.js';
import { loadDataset, oneFolder } from '../src/model/load.js';
import { BUNDLED_DATA, BUNDLED_SEEDS } from '../src/paths.js';
import { KINDS, TABLE } from '../test/search/queries.js';

const K = 3;
const loaded = loadDataset(oneFolder(BUNDLED_DATA, BUNDLED_SEEDS));
if (!loaded.ok) {
  process.stderr.write(`the bundled dataset does not load: ${JSON.stringify(loaded.problems.slice(0, 3))}\n`);
  process.exit(1);
}
const index = searchIndex(loaded.dataset);

const byKind = new Map(KINDS.map((kind) => [kind, { hits: 0, rows: 0 }]));
const misses: string[] = [];
for (const [kind, query, expected] of TABLE) {
  const top = index.search(query, { limit: K }).map((h) => `${h.type}:${h.id}`);
  const tally = byKind.get(kind)!;
  tally.rows++;
  if (top.includes(expected)) tally.hits++;
  else misses.push(`  [${kind}] ${query} → ${expected}\n      got: ${top.length > 0 ? top.join(', ') : '(nothing)'}`);
}

const pct = (hits: number, rows: number): string => `${((100 * hits) / rows).toFixed(1).padStart(5)}%`;
const hits = TABLE.length - misses.length;
const width = Math.max(...KINDS.map((k) => k.length));
const lines = [`recall@${K}: ${pct(hits, TABLE.length)}  (${hits}/${TABLE.length})`, ''];
for (const [kind, t] of byKind) lines.push(`  ${kind.padEnd(width)}  ${pct(t.hits, t.rows)}  (${t.hits}/${t.rows})`);
lines.push('', `misses (${misses.length}):`, ...misses);
process.stdout.write(lines.join('\n') + '\n');
