/**
 * How well ingest reads figures, on two sets of texts. The five seeds: each raw seed is
 * cleaned by the recipe ingest would guess and its figures proposed, then compared with the
 * curated facts of its document. The annotated texts of test/fixtures/figures, our own writing
 * in the genres people ingest: each proposed with its annotated kind, date and place, and
 * compared with every figure it was annotated with. Prints recall, precision and field
 * agreement per text and in total. `npm run quality`; `--misses` lists the figures not
 * proposed, and for the annotated texts each field a found figure disagrees on.
 */
import { join } from 'node:path';
import { FIELDS, qualityOfFixtures } from '../src/ingest/figures/fixtureQuality.js';
import { qualityOfDataset } from '../src/ingest/figures/quality.js';
import { vocabularyOf } from '../src/ingest/figures/vocabulary.js';
import { loadDataset, oneFolder } from '../src/model/load.js';
import { BUNDLED_CATALOGUE, BUNDLED_DATA, BUNDLED_SEEDS, PACKAGE_ROOT } from '../src/paths.js';

const loaded = loadDataset(oneFolder(BUNDLED_DATA, BUNDLED_SEEDS));
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const vocabulary = vocabularyOf(BUNDLED_DATA, BUNDLED_CATALOGUE);
const showMisses = process.argv.includes('--misses');

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
function print(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

console.log('The seeds, against their curated facts\n');
const rows: string[][] = [['document', 'curated', 'proposed', 'recall', 'precision', 'fields']];
const total = { curated: 0, proposed: 0, recalled: 0, kept: 0, agreeing: 0 };
const confusion = new Map<string, number>();
for (const { document, quality: q } of qualityOfDataset(loaded.dataset, BUNDLED_SEEDS, vocabulary)) {
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
print(rows);
console.log('\nrecall: curated facts proposed with the same value and unit, the quote overlapping');
console.log('precision: proposals that are curated facts (the curated data lists no figures left out on purpose)');
console.log('fields: matched facts whose kind, year and qualifier all agree');
if (confusion.size > 0) {
  console.log('\nwhere the fields disagree (curated → proposed):');
  for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${k}`);
}

/** An annotated folder's table, its misses with --misses, and where its fields disagree. */
function annotated(folder: string, heading: string): void {
  console.log(`\n${heading}\n`);
  const fixtures = qualityOfFixtures(join(PACKAGE_ROOT, 'test', 'fixtures', folder), vocabulary);
  const figureRows: string[][] = [['text', 'genre', 'expected', 'proposed', 'recall', 'precision', ...FIELDS, 'baselines']];
  const disagreeing = new Map<string, number>();
  for (const { fixture, quality: q } of [...fixtures.texts, { fixture: undefined, quality: fixtures.total }]) {
    figureRows.push([
      fixture?.name ?? 'all',
      fixture?.kind ?? '',
      String(q.expected),
      String(q.proposed),
      pct(q.found, q.expected),
      pct(q.found, q.proposed),
      ...FIELDS.map((k) => pct(q.right[k], k === 'measure' ? q.measured : q.found)),
      `${q.baselinesRight}/${q.baselines}`,
    ]);
  }
  print(figureRows);
  for (const { fixture, quality: q } of fixtures.texts) {
    for (const d of q.disagreements) {
      const name = `${d.field}: ${d.expected} → ${d.proposed}`;
      disagreeing.set(name, (disagreeing.get(name) ?? 0) + 1);
    }
    if (!showMisses) continue;
    const figure = (i: number) => {
      const f = fixture.figures[i]!;
      return `#${i} ${f.value ?? `${f.value_min}-${f.value_max}`} ${f.unit} “${f.quote.replace(/\n/gu, '⏎')}”`;
    };
    for (const i of q.missed) console.log(`${fixture.name}: missed ${figure(i)}`);
    for (const d of q.disagreements) console.log(`${fixture.name}: ${figure(d.figure)} ${d.field}: ${d.expected} → ${d.proposed}`);
    for (const p of q.extra)
      console.log(
        `${fixture.name}: proposed, not annotated: ${p.value ?? `${p.value_min}-${p.value_max}`} ${p.unit} “${p.quote.replace(/\n/gu, '⏎')}”`,
      );
  }
  if (disagreeing.size > 0) {
    console.log('\nwhere the fields disagree (annotated → proposed), the most frequent:');
    for (const [k, n] of [...disagreeing].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(n).padStart(3)}  ${k}`);
  }
}

annotated('figures', 'The annotated texts (test/fixtures/figures), against every figure they hold');
annotated('figures-blind', 'The blind set (test/fixtures/figures-blind), written without running the reader: no change is tuned to it');

console.log('\nrecall: annotated figures proposed with the same value and unit, the quote overlapping the annotated one');
console.log('precision: proposals that are annotated figures, each matching one figure at most');
console.log('kind, year, indicator: of the figures found, those the proposal has right; measure: of those annotated with one');
console.log('baselines: "from X to Y" links of found figures that the proposals link alike');
