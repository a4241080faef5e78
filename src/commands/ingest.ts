import { basename, join } from 'node:path';
import { UsageError } from '../args.js';
import { textsOf, type TextFile } from '../ingest/corpus.js';
import { IngestProblem, prepareFolder, Writes } from '../ingest/folder.js';
import { Held } from '../ingest/held.js';
import { readSidecar } from '../ingest/sidecar.js';
import { loadDataset, oneFolder } from '../model/load.js';
import { dateProblem, idProblem, textProblem } from '../model/values.js';
import { BUNDLED_DATA } from '../paths.js';
import { OutputError } from '../platform/output.js';
import { MetadataMissing, type IngestIo, type IngestOptions } from './ingestMetadata.js';
import { leftOutReport, summaryTable, type LeftOut, type Row } from './ingestSummary.js';
import { ingestText, type TextRun } from './ingestText.js';
import { formatProblem } from './validate.js';

/**
 * `ingest DIR_OR_FILES... --into DIR`: each raw text is kept byte for byte in DIR/seeds/,
 * its cleaning recipe guessed, its figures proposed, and all of it written to
 * DIR/documents/<id>.yaml for a person to review. A corpus goes in with one command: a text
 * that cannot go in (its date unread, its bytes no text) is left out whole and said of, with
 * what to give, and the others go in; the exit status says whether any was left out. A text
 * ingested before is read again with its own (perhaps hand-mended) recipe, and only figures
 * the file does not hold yet are added: nothing a person changed is overwritten.
 */

export type { IngestIo, IngestOptions } from './ingestMetadata.js';

/** A value given on the command line that could not be written into the data is a usage error naming its option. */
function given(option: string, value: string | undefined, problem: (v: string) => string | undefined): void {
  const why = value === undefined ? undefined : problem(value);
  if (why !== undefined) throw new UsageError(`--${option}: ${why}`);
}

/** The options, checked before anything is read; one text's own values (title, date, a new place's id) are for one text. */
function checkOptions(options: IngestOptions, texts: number): void {
  if (options.into.trim() === '') throw new UsageError('--into needs a folder to write the documents to, such as --into corpus');
  given('place-id', options['place-id'], idProblem);
  given('date', options.date, (v) => (v === 'none' ? undefined : dateProblem(v)));
  given('title', options.title, textProblem);
  given('publisher', options.publisher, textProblem);
  given('place', options.place, textProblem);
  for (const own of ['title', 'date'] as const) {
    if (options[own] !== undefined && texts > 1) {
      throw new UsageError(
        `--${own} is one text's own, and ${texts} texts are named: give each its ${own} in a sidecar (name.meta.yaml beside name.txt)`,
      );
    }
  }
}

/** Why a text was left out, from what its ingest threw; anything else is the program's fault and goes on up. */
function leftOut(text: TextFile, error: unknown): LeftOut | undefined {
  const base = { file: text.path, sidecar: text.sidecar };
  if (error instanceof MetadataMissing) return { ...base, why: error.message, missing: error.missing, wanting: true };
  if (error instanceof IngestProblem) return { ...base, why: error.message, missing: [], wanting: false };
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && !(error instanceof OutputError)) {
    return { ...base, why: `cannot be written into the folder (${code}): ${(error as Error).message}`, missing: [], wanting: false };
  }
  return undefined;
}

const BAR = 24;

/** One line of progress: a bar, the count and the text being read. */
function progressLine(done: number, total: number, file: string): string {
  const filled = Math.round((done / total) * BAR);
  const name = basename(file);
  // Short enough for a narrow terminal: a line that wraps cannot be rewritten in place.
  const shown = name.length > 28 ? `${name.slice(0, 27)}…` : name;
  return `ingest [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done}/${total} ${shown}`;
}

export function ingestCommand(names: readonly string[], options: IngestOptions, io: IngestIo): number {
  if (names.length === 0) {
    throw new UsageError(
      'ingest needs the raw texts to read, files or folders of .txt files: policy-explorer ingest FILE_OR_DIR... --into DIR',
    );
  }
  const texts = textsOf(names, options.into);
  if (texts.length === 0) throw new UsageError(`no texts in ${names.join(', ')}: a folder's texts are its .txt files`);
  checkOptions(options, texts.length);
  const writes = new Writes();
  const rows: Row[] = [];
  try {
    prepareFolder(options.into, BUNDLED_DATA, writes);
    const held = new Held(options.into);
    // A person at the terminal is asked only about a text named alone: a corpus lists what each lacks at its end.
    const askable = texts.length === 1 && io.ask ? { ask: io.ask } : {};
    const textIo: IngestIo = { out: io.out, err: io.err, ...askable };
    texts.forEach((text, n) => {
      io.progress?.(progressLine(n, texts.length, text.path));
      const mark = writes.count;
      try {
        const sidecar = readSidecar(text.sidecar);
        if ('problem' in sidecar) throw new IngestProblem(sidecar.problem);
        const run: TextRun = {
          into: options.into,
          givens: { sidecar: sidecar.given, sidecarName: basename(text.sidecar), options },
          replace: options.replace === true,
          io: textIo,
          writes,
          held,
        };
        const outcome = ingestText(text.path, run);
        // A corpus is said of in its table at the end, under the progress bar rather than through it.
        if (texts.length === 1) io.out(outcome.said);
        rows.push({ file: text.path, outcome });
      } catch (error) {
        // What this text's ingest wrote goes; the texts ingested before it stand.
        const kept = writes.undo(mark);
        const left = leftOut(text, error);
        if (left === undefined) throw error;
        rows.push({
          file: text.path,
          left:
            kept.length > 0
              ? { ...left, why: `${left.why} (left as they are, since they changed after ingest wrote them: ${kept.join(', ')})` }
              : left,
        });
      }
    });
  } catch (error) {
    io.progress?.(null);
    // A run that ingested nothing leaves no folder, list or seed behind.
    if (!rows.some((r) => 'outcome' in r)) {
      const kept = writes.undo();
      if (kept.length > 0) io.err(`policy-explorer: left as they are, since they changed after ingest wrote them: ${kept.join(', ')}\n`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof IngestProblem) {
      io.err(`policy-explorer: ${error.message}\n`);
      return 1;
    }
    // Output that cannot be written is the command line's to report, as for every command.
    if (code === undefined || error instanceof OutputError) throw error;
    io.err(`policy-explorer: cannot write into ${options.into} (${code}): ${(error as Error).message}\n`);
    return 1;
  }
  io.progress?.(null);
  const left = rows.flatMap((r) => ('left' in r ? [r.left] : []));
  if (left.length === rows.length) {
    // Nothing went in: the folder is as it was before the run, made by it or not.
    writes.undo();
    return reportLeftOut(left, texts.length, options, io);
  }
  if (texts.length > 1) io.out(`\n${summaryTable(rows, io.columns)}`);
  const code = left.length === 0 ? 0 : reportLeftOut(left, texts.length, options, io);
  const result = loadDataset(oneFolder(options.into, join(options.into, 'seeds')));
  if (!result.ok) {
    io.err(`${result.problems.map(formatProblem).join('\n')}\nThe folder has ${result.total} problem(s) to mend by hand.\n`);
    return 1;
  }
  io.out(
    `Review the proposals: policy-explorer review ${options.into}\n  or explore them: policy-explorer --data bundled --data ${options.into} --include-proposed\n`,
  );
  return code;
}

/** Says what was left out and how to give it; 2 when all of it wants values a person can give, else 1. */
function reportLeftOut(left: readonly LeftOut[], total: number, options: IngestOptions, io: IngestIo): number {
  if (total === 1 && left[0]!.missing.length > 0) {
    const only = left[0]!;
    const flags = only.missing.map((f) => `--${f}`).join(', ');
    io.err(
      `policy-explorer: ${only.file}: ${only.why}: give ${flags}, or write ${only.missing.join(', ')} in ${basename(only.sidecar)} beside it\n`,
    );
  } else if (total === 1) {
    io.err(`policy-explorer: ${left[0]!.why}\n`);
  } else {
    io.err(leftOutReport(left, total, options.into));
  }
  return left.every((l) => l.wanting) ? 2 : 1;
}
