/**
 * The pure parts of the benches: the options they read, medians, and the start-up and ingest
 * tables, kept apart from the code that runs processes so they can be tested without running any.
 */
import { markdownTable } from '../src/tables/cells.js';
import { MiB, SEED_LIMIT } from '../src/model/files.js';

export const DEFAULT_SCALES: readonly number[] = [1, 100, 1000];

/** `1,100` → [1, 100]; undefined → every default scale. A scale is how many copies of the bundled data. */
export function parseScales(text: string | undefined): number[] {
  if (text === undefined) return [...DEFAULT_SCALES];
  const scales = text.split(',').map((part) => Number(part.trim()));
  if (scales.length === 0 || scales.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--scales takes whole numbers from 1 up, separated by commas, such as 1,100 (got "${text}")`);
  }
  return [...new Set(scales)].sort((a, b) => a - b);
}

/** `--runs 20` → 20; undefined → undefined, for each scale's own default. */
export function parseRuns(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number from 1 (got "${text}")`);
  return runs;
}

/** `validate,show` → those figures, in the order given by `known`; undefined → all of them. */
export function parseFigures<T extends string>(text: string | undefined, known: readonly T[]): T[] {
  if (text === undefined) return [...known];
  const asked = text.split(',').map((part) => part.trim());
  const unknown = asked.filter((name) => !(known as readonly string[]).includes(name));
  if (unknown.length > 0 || asked.length === 0) {
    throw new Error(`--figures takes some of ${known.join(', ')}, separated by commas (got "${text}")`);
  }
  return known.filter((name) => asked.includes(name));
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One timed figure: seconds and the process's peak RSS (unknown when it could not be read). */
export interface Measure {
  readonly seconds: number;
  readonly rssMB?: number;
}

/** A measure, or why there is none ("exit 1", "no first frame in 300 s"). */
export type Outcome = Measure | string;

/** Several runs' outcomes as one: the median of each, or the first failure. */
export function summarise(outcomes: readonly Outcome[]): Outcome {
  const failed = outcomes.find((o): o is string => typeof o === 'string');
  if (failed !== undefined) return failed;
  const measures = outcomes as readonly Measure[];
  const rss = measures.flatMap((m) => (m.rssMB === undefined ? [] : [m.rssMB]));
  return { seconds: median(measures.map((m) => m.seconds)), ...(rss.length > 0 ? { rssMB: median(rss) } : {}) };
}

export interface Row {
  /** Copies of the bundled data; absent for `node -e 0`, which reads none. */
  readonly scale?: number;
  readonly figure: string;
  readonly cold?: Outcome;
  /** The same command again with the same cache folder; absent where a cache has no bearing. */
  readonly warm?: Outcome;
}

export function formatSeconds(seconds: number): string {
  return seconds < 1 ? seconds.toFixed(3) : seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1);
}

export function formatRatio(seconds: number, baseline: number): string {
  const ratio = seconds / baseline;
  return `${ratio < 10 ? ratio.toFixed(1) : ratio.toFixed(0)}×`;
}

/** Seconds, ratio to the baseline and peak RSS of an outcome, as three cells. */
function cells(outcome: Outcome | undefined, baseline: number): [string, string, string] {
  if (outcome === undefined) return ['—', '', ''];
  if (typeof outcome === 'string') return [outcome, '', ''];
  return [
    formatSeconds(outcome.seconds),
    formatRatio(outcome.seconds, baseline),
    outcome.rssMB === undefined ? '' : outcome.rssMB.toFixed(0),
  ];
}

/** The Markdown table: one line per scale and figure, cold and warm side by side. */
export function startupTable(rows: readonly Row[], baseline: number): string {
  return markdownTable(
    ['scale', 'figure', 'cold s', 'cold ×', 'cold MB', 'warm s', 'warm ×', 'warm MB'],
    rows.map((row) => [
      row.scale === undefined ? '' : `${row.scale}×`,
      row.figure,
      ...cells(row.cold, baseline),
      ...cells(row.warm, baseline),
    ]),
  );
}

export const DEFAULT_SIZES: readonly number[] = [100 * 1024, MiB, 5 * MiB];

/** `25k,1m` → bytes, KB and MB being 1,024 and 1,048,576 bytes; undefined → the default sizes. A size is at most a seed's limit. */
export function parseSizes(text: string | undefined): number[] {
  if (text === undefined) return [...DEFAULT_SIZES];
  const sizes = text.split(',').map((part) => {
    const m = /^(\d+(?:\.\d+)?)([km])$/iu.exec(part.trim());
    return m ? Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1024 : MiB)) : NaN;
  });
  if (sizes.some((n) => !(n >= 1 && n <= SEED_LIMIT))) {
    throw new Error(
      `--sizes takes sizes in KB or MB up to a seed's ${SEED_LIMIT / MiB} MB, separated by commas, such as 100k,1m,5m (got "${text}")`,
    );
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** 102400 → 100 KB, 5242880 → 5 MB. */
export function formatSize(bytes: number): string {
  return bytes < MiB ? `${+(bytes / 1024).toFixed(1)} KB` : `${+(bytes / MiB).toFixed(1)} MB`;
}

/** One ingest of a text made for the bench, as its process reports it. */
export interface IngestRow {
  readonly shape: string;
  readonly figures: string;
  readonly bytes: number;
  readonly proposed: number;
  readonly skipped: number;
  readonly seconds: number;
  readonly rssMB: number;
  /** The command's exit code: 1 where the text holds more figures than a document file can, and is refused. */
  readonly code: number;
}

/** The Markdown table: one line per text, its seconds also per MB of text, so that linear time shows as a flat column. */
export function ingestTable(rows: readonly IngestRow[]): string {
  return markdownTable(
    ['shape', 'figures', 'size', 'proposed', 'skipped', 's', 's per MB', 'MB', 'exit'],
    rows.map((row) => [
      row.shape,
      row.figures,
      formatSize(row.bytes),
      String(row.proposed),
      String(row.skipped),
      formatSeconds(row.seconds),
      formatSeconds(row.seconds / (row.bytes / MiB)),
      row.rssMB.toFixed(0),
      String(row.code),
    ]),
  );
}
