/**
 * Review decisions at a corpus: a folder of 1, 100 and 500 documents, each the work report
 * ingested from test/fixtures (17 proposals) under ids of its own and with a seed of its own,
 * and the time of one decision as the screen and `review DIR --accept` make it: the decision
 * written and checked (decide), then the review brought up to date (afterDecision). Accept,
 * edit and reject are timed in turn, each on a proposal of a document drawn at random; the
 * first decision, which indexes the folder, is timed apart.
 *
 *   npm run bench -- review                       1, 100 and 500 documents, 20 decisions of each kind
 *   npm run bench -- review --scales 500 --runs 50
 *
 * The target is 200 ms a decision at 500 documents.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from '../src/tables/cells.js';
import { run } from '../src/cli.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { afterDecision } from '../src/review/afterDecision.js';
import { readReview, readyToAccept, type Review } from '../src/review/session.js';
import { decide, type Decision } from '../src/review/write.js';
import { formatSeconds, parseRuns, parseScales } from './report.js';

const DOCUMENT = 'xian-work-report-2025';

/** A folder of `count` documents: the work report ingested once, then copied under new ids. */
function folderOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pe-review-'));
  const page = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');
  let err = '';
  const io = { out: () => {}, err: (t: string) => (err += t), stdin: { isTTY: false }, stdout: { isTTY: false } };
  const code = run(['ingest', page, '--into', dir, '--place', '西安市', '--place-id', 'xian'], io);
  if (code !== 0) throw new Error(`the work report does not ingest: ${err}`);
  const original = join(dir, 'documents', `${DOCUMENT}.yaml`);
  writeFileSync(join(dir, 'original.yaml.txt'), readFileSync(original));
  const seed = readFileSync(join(dir, 'seeds', `${DOCUMENT}.txt`));
  rmSync(original);
  rmSync(join(dir, 'seeds', `${DOCUMENT}.txt`));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'seeds', `${idOf(i)}.txt`), seed);
  resetFolder(dir, count);
  return dir;
}

const idOf = (i: number) => `report-${String(i).padStart(4, '0')}`;

/** Every document as ingest wrote it, every proposal open. */
function resetFolder(dir: string, count: number): void {
  const text = readFileSync(join(dir, 'original.yaml.txt'), 'utf8');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'documents', `${idOf(i)}.yaml`), text.replaceAll(DOCUMENT, idOf(i)));
}

/** A small deterministic random draw, so that runs at one size decide on the same proposals. */
function draws(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31), s / 2 ** 31);
}

type Kind = 'accept' | 'edit' | 'reject';
const KINDS: readonly Kind[] = ['accept', 'edit', 'reject'];

/** A decision of the kind on an open proposal of a document drawn at random, or undefined when none is left. */
function decisionOf(review: Review, kind: Kind, draw: () => number, n: number): { document: string; decision: Decision } | undefined {
  for (let tries = 0; tries < 50; tries++) {
    const document = review.documents[Math.floor(draw() * review.documents.length)]!.id;
    const open = review.proposals.filter((p) => p.document === document && (kind !== 'accept' || readyToAccept(p)));
    const p = open[Math.floor(draw() * open.length)];
    if (p === undefined) continue;
    const id = p.fact.id;
    const decision: Decision =
      kind === 'accept'
        ? { type: 'accept', id }
        : kind === 'edit'
          ? { type: 'edit', id, edits: { note: `looked at, ${n}` } }
          : { type: 'reject', id, why: 'not a figure of the text' };
    return { document, decision };
  }
  return undefined;
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

const { values } = parseArgs({ options: { scales: { type: 'string' }, runs: { type: 'string' } } });
const sizes = values.scales === undefined ? [1, 100, 500] : parseScales(values.scales);
const runs = parseRuns(values.runs) ?? 20;

const rows: string[][] = [];
for (const size of sizes) {
  const dir = folderOf(size);
  try {
    const started = process.hrtime.bigint();
    let review = readReview(dir);
    const read = ms(started);
    if (review.problems.length > 0) throw new Error(review.problems.join('\n'));
    const draw = draws(size);
    const times = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
    let first: number | undefined;
    let reindexed = false;
    for (let n = 0; n < runs * KINDS.length + 1; n++) {
      const kind = KINDS[n % KINDS.length]!;
      let chosen = decisionOf(review, kind, draw, n);
      if (!chosen) {
        // A small folder runs out of proposals: its documents are written anew (untimed), and
        // the decision after, which indexes the folder again, is not counted.
        resetFolder(dir, size);
        review = readReview(dir);
        chosen = decisionOf(review, kind, draw, n)!;
        reindexed = true;
      }
      const at = process.hrtime.bigint();
      const file = review.documents.find((d) => d.id === chosen.document)!.file;
      const outcome = decide(dir, file, chosen.decision);
      review = afterDecision(review, outcome, 'confidence');
      const took = ms(at);
      if (!('written' in outcome)) throw new Error(`a ${kind} was not written: ${JSON.stringify(outcome)}`);
      // The first decision indexes the folder: it is its own row.
      if (first === undefined) first = took;
      else if (!reindexed) times.get(kind)!.push(took);
      reindexed = false;
    }
    const all = KINDS.flatMap((k) => times.get(k)!);
    const cells = (t: readonly number[]) => [t.length === 0 ? '' : percentile(t, 0.5).toFixed(1), percentile(t, 0.95).toFixed(1)];
    rows.push([String(size), formatSeconds(read / 1000), first!.toFixed(0), ...KINDS.flatMap((k) => cells(times.get(k)!)), ...cells(all)]);
    process.stderr.write(`${size} documents: ${runs} decisions of each kind\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `Review decisions (decide + afterDecision), ${runs} of each kind at each size, in ms; a document is the work report's 17 proposals.\n`,
);
console.log(
  markdownTable(
    [
      'documents',
      'read, s',
      'first, ms',
      'accept p50',
      'accept p95',
      'edit p50',
      'edit p95',
      'reject p50',
      'reject p95',
      'all p50',
      'all p95',
    ],
    rows,
  ),
);
