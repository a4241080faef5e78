/**
 * How well ingest reads the five seeds: each raw seed is cleaned by the recipe ingest would
 * guess and its figures proposed, then compared with the curated facts of its document.
 * Prints recall, precision and field agreement per document, and the confusion where the
 * fields disagree. `npm run quality`; `--misses` lists the curated facts not proposed.
 */
import { qualityOfDataset } from '../src/ingest/quality.js';
import { vocabularyOf } from '../src/ingest/vocabulary.js';
import { loadDataset, oneFolder } from '../src/model/load.js';
import { BUNDLED_DATA, BUNDLED_SEEDS } from '../src/paths.js';

const loaded = loadDataset(oneFolder(BUNDLED_DATA, BUNDLED_SEEDS));
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const showMisses = process.argv.includes('--misses');

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const rows: string[][] = [['document', 'curated', 'proposed', 'recall', 'precision', 'fields']];
const total = { curated: 0, proposed: 0, recalled: 0, kept: 0, agreeing: 0 };
const confusion = new Map<string, number>();
for (const { document, quality: q } of qualityOfDataset(loaded.dataset, BUNDLED_SEEDS, vocabularyOf(BUNDLED_DATA))) {
  rows.push([
    document,
    String(q.curated),
    String(q.proposed),
    pct(q.recalled, q.curated),
    pct(q.kept, q.proposed),
    pct(q.agreeing, q.recalled),
  ]);
  for (const key of ['curated', 'proposed', 'recalled', 'kept', 'agreeing'] as const) total[key] += q[key];
  for (const [k, n] of q.confusion) confusion.set(k, (confusion.get(k) ?? 0) + n);
  if (showMisses)
    for (const f of q.missed) console.log(`missed ${f.id}: ${f.value ?? `${f.value_min}-${f.value_max}`} ${f.unit} “${f.quote}”`);
}
rows.push([
  'all',
  String(total.curated),
  String(total.proposed),
  pct(total.recalled, total.curated),
  pct(total.kept, total.proposed),
  pct(total.agreeing, total.recalled),
]);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log('\nrecall: curated facts proposed with the same value and unit, the quote overlapping');
console.log('precision: proposals that are curated facts (the curated data lists no figures left out on purpose)');
console.log('fields: matched facts whose kind, year and qualifier all agree');
if (confusion.size > 0) {
  console.log('\nwhere the fields disagree (curated → proposed):');
  for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${k}`);
}
