/**
 * Ingest time against the length of a text, in the shapes that once made it quadratic: one
 * line of figures with no sentence end, a paragraph of short sentences, and many short lines.
 * Each shape comes with one figure repeated (新增企业12家: every quote is found again and again,
 * so each grows to its sentence and line before it is skipped) and with every figure its own
 * (each is proposed, matched against the dataset's names and written). Each measure is
 * `ingest FILE --into DIR` run in-process in a process of its own, timed from the command's
 * start to its end, the text made and written before. Seconds per MB stay flat where the time
 * grows linearly with the text; compare them within one run, the machine being shared.
 *
 *   npm run bench -- ingest                          100 KB, 1 MB and 5 MB: ~10 minutes
 *   npm run bench -- ingest --sizes 25k,50k,100k     sizes in KB (k) or MB (m)
 *
 * Progress goes to stderr; the machine line and the Markdown table, for the README, to stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestCommand } from '../src/commands/ingest.js';
import { formatSeconds, formatSize, ingestTable, parseSizes, type IngestRow } from './report.js';

const SHAPES = {
  line: { label: 'one line, no sentence end', end: '，' },
  paragraph: { label: 'one paragraph of short sentences', end: '。' },
  lines: { label: 'short lines', end: '\n' },
} as const;
type Shape = keyof typeof SHAPES;
const FIGURES = { repeated: () => 12, distinct: (i: number) => i + 2 } as const;
type Figures = keyof typeof FIGURES;
/** The untimed text each process ingests first. */
const WARM_UP = 20 * 1024;

/** A work report's title and date, then figures in the shape, to at least `bytes` bytes of UTF-8. */
function textOf(shape: Shape, figures: Figures, bytes: number): string {
  const parts = ['2024年南宁市政府工作报告\n2024年1月20日\n'];
  for (let i = 0, size = Buffer.byteLength(parts[0]!); size < bytes; i++) {
    const part = `新增企业${FIGURES[figures](i)}家${SHAPES[shape].end}`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return `${parts.join('')}\n`;
}

/** Ingests a text into a new folder: seconds, what the command said, and its exit code. */
function ingest(dir: string, name: string, text: string): { seconds: number; said: string; code: number } {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  let said = '';
  const io = { out: (s: string) => (said += s), err: (s: string) => (said += s) };
  const started = performance.now();
  const code = ingestCommand([file], { into: join(dir, name), place: 'nanning' }, io);
  return { seconds: (performance.now() - started) / 1000, said, code };
}

/**
 * One measure, in this process, written to stdout for the parent. A small text of the same
 * shape is ingested first, untimed, so that loading the script converter and compiling the
 * code are in no figure.
 */
function measureOne(shape: Shape, figures: Figures, bytes: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'pe-bench-ingest-'));
  try {
    ingest(dir, 'warm-up', textOf(shape, figures, WARM_UP));
    const { seconds, said, code } = ingest(dir, 'measured', textOf(shape, figures, bytes));
    // A text of more figures than a document file can hold is refused before its document is written, with its counts.
    const counts =
      /(\d+) proposed figures .*?, (\d+) numbers skipped/u.exec(said) ??
      /more than one document can \((\d+) figures and (\d+) numbers skipped/u.exec(said);
    if (!counts) throw new Error(`ingest said: ${said}`);
    const row: IngestRow = {
      shape: SHAPES[shape].label,
      figures,
      bytes,
      proposed: Number(counts[1]),
      skipped: Number(counts[2]),
      seconds,
      rssMB: process.resourceUsage().maxRSS / 1024,
      code,
    };
    process.stdout.write(JSON.stringify(row));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One measure in a process of its own, so that no other's heap or compiled code is in it. */
function measured(shape: Shape, figures: Figures, bytes: number): IngestRow {
  // 5 MB of distinct figures writes 230,000 proposals through the yaml library: about 3 GB.
  const args = ['--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--one', `${shape},${figures},${bytes}`];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${shape} ${figures} ${bytes}: ${run.stderr || run.signal}`);
  const row = JSON.parse(run.stdout) as IngestRow;
  process.stderr.write(`${shape} ${figures} ${formatSize(bytes)}: ${formatSeconds(row.seconds)} s\n`);
  return row;
}

const { values } = parseArgs({ options: { sizes: { type: 'string' }, one: { type: 'string' } } });
if (values.one !== undefined) {
  const [shape, figures, bytes] = values.one.split(',');
  measureOne(shape as Shape, figures as Figures, Number(bytes));
} else {
  const sizes = parseSizes(values.sizes);
  // The title and date alone: what an ingest costs whatever the text (copying, reading and checking the folder's lists).
  const fixed = measured('line', 'repeated', 0);
  const rows: IngestRow[] = [];
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    for (const figures of Object.keys(FIGURES) as Figures[]) for (const bytes of sizes) rows.push(measured(shape, figures, bytes));
  }
  console.log(
    `node ${process.version}, ${process.platform} ${release()}, ${cpus()[0]?.model.trim() ?? 'unknown cpu'}, ${availableParallelism()} cores`,
  );
  console.log(
    `seconds: ingest FILE --into DIR in-process, one run each, after an untimed one of ${formatSize(WARM_UP)}; ` +
      `a text of no figures takes ${formatSeconds(fixed.seconds)} s. MB: peak RSS of the process. ` +
      'exit 1: the text holds more figures than a document file (1 MiB) can, and is refused before its document is written.\n',
  );
  process.stdout.write(ingestTable(rows));
}
