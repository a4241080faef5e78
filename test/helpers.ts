import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { run } from '../src/cli.js';
import { cleanSeed } from '../src/model/clean.js';
import { loadDataset, oneFolder, type LoadResult } from '../src/model/load.js';
import { DocumentFileSchema, type Recipe } from '../src/model/schema.js';
import type { Dataset } from '../src/model/types.js';
import { BUNDLED_DATA, BUNDLED_SEEDS, PACKAGE_ROOT } from '../src/paths.js';
import { exportText, type ExportFormat } from '../src/commands/export.js';

export const SEEDS = [
  '000_460f0e1b014ac56f.txt',
  '001_c6ab3c07fbde3765.txt',
  '002_c2e15af26f8a97f6.txt',
  '003_10172597df91bc87.txt',
  '004_b52b74282f10c265.txt',
] as const;

export function readSeed(seed: string): string {
  return readFileSync(join(BUNDLED_SEEDS, seed), 'utf8');
}

/** The cleaning recipe of the bundled document that reads the seed. */
export function seedRecipe(seed: string): Recipe {
  for (const name of readdirSync(join(BUNDLED_DATA, 'documents'))) {
    const doc = DocumentFileSchema.parse(parse(readFileSync(join(BUNDLED_DATA, 'documents', name), 'utf8')));
    if (doc.seed === seed) return doc.recipe;
  }
  throw new Error(`no bundled document reads ${seed}`);
}

/** A bundled seed cleaned by its document's recipe. */
export function cleanBundledSeed(seed: string): { text: string; lines: readonly { line: number; text: string }[] } {
  const clean = cleanSeed(readSeed(seed), seedRecipe(seed));
  if ('problems' in clean) throw new Error(`${seed} does not clean: ${JSON.stringify(clean.problems)}`);
  return clean;
}

export function bundledDataset(): Dataset {
  const result = loadDataset(oneFolder(BUNDLED_DATA, BUNDLED_SEEDS));
  if (!result.ok) throw new Error(`bundled dataset does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes, for "nothing changed" to be a comparison. */
export function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** A new empty folder under the system's temporary folder, removed after the test. */
export function temporaryFolder(prefix = 'policy-explorer-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the bundled dataset in a temporary folder, to break on purpose. */
export class DatasetCopy {
  readonly dir: string;
  /** The bundled seeds, or a copy of them in `seeds/` beside the data when they are to be broken too. */
  readonly seedsDir: string;
  constructor({ seeds = false }: { seeds?: boolean } = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'policy-explorer-'));
    made.push(this.dir);
    cpSync(BUNDLED_DATA, this.dir, { recursive: true });
    this.seedsDir = seeds ? join(this.dir, 'seeds') : BUNDLED_SEEDS;
    if (seeds) cpSync(BUNDLED_SEEDS, this.seedsDir, { recursive: true });
  }
  path(file: string): string {
    return join(this.dir, file);
  }
  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }
  write(file: string, content: string | Buffer): void {
    writeFileSync(this.path(file), content);
  }
  /** Replaces the first occurrence of `from` and returns the 1-based line where it stood. */
  replace(file: string, from: string, to: string): number {
    const text = this.read(file);
    const at = text.indexOf(from);
    if (at < 0) throw new Error(`"${from}" is not in ${file}`);
    this.write(file, text.slice(0, at) + to + text.slice(at + from.length));
    return text.slice(0, at).split('\n').length;
  }
  load(): LoadResult {
    return loadDataset(oneFolder(this.dir, this.seedsDir));
  }
}

const PLAN_SEED = '003_10172597df91bc87.txt';

/** A proposal as ingest writes one, of a figure the plan states. */
export const PROPOSAL = `
  - id: mine-plan-p001
    status: proposed
    confidence: 0.6
    reasons: [metric inherited from previous clause]
    kind: target
    year: 2023
    section: task-21
    metric: { zh: 市级以上创业孵化平台 }
    indicator: null
    measure: cumulative
    value: 135
    unit: 家
    qualifier: at_least
    tags: []
    quote: 市级以上创业孵化平台累计135家以上
`;

/**
 * A folder of one's own as ingest leaves it: copies of the bundled lists, its raw text in
 * seeds/, and one document (a renamed copy of the bundled plan) with a proposal added.
 */
export function userFolder({ proposal = PROPOSAL } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-explorer-mine-'));
  made.push(dir);
  for (const list of ['places', 'categories', 'topics', 'indicators', 'synonyms'])
    cpSync(join(BUNDLED_DATA, `${list}.yaml`), join(dir, `${list}.yaml`));
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'seeds'));
  cpSync(join(BUNDLED_SEEDS, PLAN_SEED), join(dir, 'seeds', PLAN_SEED));
  const plan = readFileSync(join(BUNDLED_DATA, 'documents', 'nanning-plan-2021.yaml'), 'utf8')
    .replace('id: nanning-plan-2021', 'id: mine-plan')
    .replaceAll('- id: nanning-', '- id: mine-');
  writeFileSync(join(dir, 'documents', 'mine-plan.yaml'), plan.trimEnd() + '\n' + proposal);
  return dir;
}

/**
 * One command line run in this process, with pipes for stdin and stdout, or with a person at
 * the terminal who types `answers` in turn when asked; `asked` is what they were shown.
 */
export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; answers?: string[]; columns?: number } = {}) {
  let out = '';
  let err = '';
  const asked: string[] = [];
  const { env, answers, columns } = options;
  const code = run(args, {
    out: (t) => (out += t),
    err: (t) => ((err += t), asked.push(t)),
    stdin: { isTTY: answers !== undefined },
    stdout: { isTTY: false, ...(columns === undefined ? {} : { columns }) },
    ...(env ? { env } : {}),
    ...(answers ? { ask: (q: string) => (asked.push(q), answers.shift()) } : {}),
  });
  return { code, out, err, asked };
}

/**
 * runCli for a command that may finish later (one writing a file, or a workbook): awaits
 * its exit code. `stdout.isTTY` says whether stdout is to be taken for a terminal; what
 * goes to it as bytes (a workbook) is in `bytes`.
 */
export async function runCliAsync(args: readonly string[], { isTTY = false }: { isTTY?: boolean } = {}) {
  let out = '';
  let err = '';
  const bytes: Buffer[] = [];
  const outcome = run(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    outBytes: (b) => bytes.push(Buffer.from(b)),
    stdin: { isTTY: false },
    stdout: { isTTY },
  });
  const code = typeof outcome === 'object' && 'pending' in outcome ? await outcome.pending : outcome;
  return { code, out, err, bytes: Buffer.concat(bytes) };
}

/** Loaded before the program: as it ends, writes the most memory it held (resident, in bytes) to fd 3. */
const REPORT_MAX_RSS =
  'data:text/javascript,import { writeSync } from "node:fs"; process.on("exit", () => writeSync(3, String(process.resourceUsage().maxRSS * 1024)));';

function text(stream: Readable): Promise<string> {
  return new Promise((resolve) => {
    let all = '';
    stream
      .setEncoding('utf8')
      .on('data', (t: string) => (all += t))
      .on('end', () => resolve(all));
  });
}

/**
 * A command line run by the built program (the tests' setup builds it from the current
 * source) in a child process, for what must neither hang nor grow without end: should it,
 * the test's timeout fails the test and the child is stopped as the test ends, where in this
 * process it would hold up the whole suite. Says too the most memory the child held.
 */
export async function runBuiltCli(args: readonly string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', REPORT_MAX_RSS, join(PACKAGE_ROOT, 'dist', 'cli.js'), ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  onTestFinished(() => void child.kill('SIGKILL'));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  // Pipes, all three, as `stdio` asks.
  const [, stdout, stderr, report] = child.stdio as unknown as Readable[];
  const [out, err, maxRss] = await Promise.all([text(stdout!), text(stderr!), text(report!)]);
  return { code: await closed, out, err, maxRss: Number(maxRss) };
}

/** A folder with the work report ingested, as ingest leaves it: 16 proposals in one document, at `path`. */
export function workReportFolder(): { dir: string; path: string } {
  const dir = temporaryFolder();
  const page = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');
  const { code, err } = runCli(['ingest', page, '--into', dir, '--place', '西安市', '--place-id', 'xian']);
  if (code !== 0) throw new Error(`the work report does not ingest: ${err}`);
  return { dir, path: join(dir, 'documents', 'xian-work-report-2025.yaml') };
}

/** Reads one RFC 4180 record (quoted fields may hold commas and doubled quotes). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/guy;
  // Each match is a field and what ends it: a comma, or the line's end (after which an empty last field may follow a comma).
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/gu, '"') : m[1]!);
    if (m[2] === '') break;
  }
  return out;
}

/** A Markdown table row's cells as GFM reads them: split at pipes no backslash escapes, then each cell's escapes read. */
export function gfmCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length - 1; i++) {
    if (line[i] === '\\' && i + 1 < line.length - 1) {
      cell += line[i + 1];
      i++;
    } else if (line[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += line[i];
  }
  cells.push(cell.trim());
  return cells;
}

/** The export's text, whole, as `export` writes it a piece at a time. */
export function exportWhole(dataset: Dataset, format: ExportFormat): string {
  return [...exportText(dataset, format)].join('');
}
