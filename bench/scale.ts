/**
 * Scaled datasets for the bench: N copies of every document and its facts under new ids,
 * written as YAML beside the bundled places, categories, indicators, topics and synonyms.
 * A copy names its original's seed, so the seeds are shared and the texts are cleaned by
 * the same recipe. Links between facts (progress_of, baseline_of) point into the same copy.
 *
 *   npx tsx bench/scale.ts 1000 /tmp/pe-1000   # writes /tmp/pe-1000/data, reads seeds/
 *
 * The ids are rewritten where the parser says they stand, so every byte else of a document
 * (comments, order, quoting) is its original's.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { BUNDLED_DATA } from '../src/paths.js';

/** Where an id stands in a document's text, as [start, end) offsets. */
type Span = readonly [number, number];

function idSpans(text: string): Span[] {
  const doc = parseDocument(text);
  const spans: Span[] = [];
  const take = (node: unknown) => {
    if (isScalar(node) && node.range) spans.push([node.range[0], node.range[1]]);
  };
  if (!isMap(doc.contents)) throw new Error('a document is a mapping');
  take(doc.contents.get('id', true));
  const facts = doc.contents.get('facts', true);
  if (!isSeq(facts)) throw new Error('a document has facts');
  for (const fact of facts.items) {
    if (!isMap(fact)) continue;
    for (const key of ['id', 'progress_of', 'baseline_of']) take(fact.get(key, true) as Scalar | undefined);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The text with every id at the spans given the copy's suffix. */
function copied(text: string, spans: readonly Span[], suffix: string): string {
  if (suffix === '') return text;
  let out = '';
  let at = 0;
  for (const [, end] of spans) {
    out += `${text.slice(at, end)}${suffix}`;
    at = end;
  }
  return out + text.slice(at);
}

/** A hash of the bundled data's files: copies made from other data (before a schema change) are not reused. */
function bundledStamp(): string {
  const hash = createHash('sha1');
  const add = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.yaml')) hash.update(name).update(readFileSync(join(dir, name)));
    }
  };
  add(BUNDLED_DATA);
  add(join(BUNDLED_DATA, 'documents'));
  return hash.digest('hex');
}

/** The folder holding data/ for `times` copies; written once, then reused while its marker stands and names the same bundled data. */
export function scaledDataset(times: number, root: string): string {
  const data = join(root, 'data');
  const marker = join(root, `complete-${times}`);
  const stamp = bundledStamp();
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return data;
  rmSync(root, { recursive: true, force: true });
  const building = `${root}.partial`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(building, 'data', 'documents'), { recursive: true });
  for (const name of readdirSync(BUNDLED_DATA)) {
    if (name.endsWith('.yaml')) copyFileSync(join(BUNDLED_DATA, name), join(building, 'data', name));
  }
  const documents = join(BUNDLED_DATA, 'documents');
  for (const name of readdirSync(documents).filter((n) => n.endsWith('.yaml'))) {
    const text = readFileSync(join(documents, name), 'utf8');
    const spans = idSpans(text);
    const stem = name.replace(/\.yaml$/u, '');
    for (let n = 0; n < times; n++) {
      const suffix = n === 0 ? '' : `-c${n}`;
      writeFileSync(join(building, 'data', 'documents', `${stem}${suffix}.yaml`), copied(text, spans, suffix));
    }
  }
  writeFileSync(join(building, `complete-${times}`), stamp);
  renameSync(building, root);
  return data;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const times = Number(process.argv[2]);
  const root = process.argv[3];
  if (!Number.isInteger(times) || times < 1 || !root) {
    console.error('usage: tsx bench/scale.ts TIMES FOLDER');
    process.exit(2);
  }
  console.log(scaledDataset(times, root));
}
