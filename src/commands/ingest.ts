import { OutputError } from '../platform/output.js';
import { basename, join, relative } from 'node:path';
import { checked } from '../ingest/check.js';
import { mergeDraft, newDocumentYaml, type Draft } from '../ingest/document.js';
import { documentOfSeed, IngestProblem, prepareFolder, proposePlace, reserveId, seedWithBytes, Writes } from '../ingest/folder.js';
import { documentProblems } from '../ingest/admit.js';
import { scriptOf } from '../ingest/meta.js';
import { metadataOf, type IngestIo, type IngestOptions } from './ingestMetadata.js';
import { propose } from '../ingest/propose.js';
import { guessRecipe } from '../ingest/recipe.js';
import { cleanSeed } from '../model/clean.js';
import { decodeUtf8, likelyEncoding, MiB, readRegularFile, SEED_LIMIT, YAML_LIMIT } from '../model/files.js';
import { DocumentFileSchema, type Recipe } from '../model/schema.js';
import { BUNDLED_DATA } from '../paths.js';
import { stage, type Staged } from '../platform/files.js';
import { parseDocument } from 'yaml';
import { dateProblem, idProblem, textProblem } from '../model/values.js';
import { cleanTextProblem } from '../model/load.js';
import { UsageError } from '../args.js';
import { formatProblem } from './validate.js';
import { loadDataset, oneFolder } from '../model/load.js';
import { vocabularyOf } from '../ingest/vocabulary.js';

/**
 * `ingest FILE... --into DIR`: each raw text is kept byte for byte in DIR/seeds/, its
 * cleaning recipe guessed, its figures proposed, and all of it written to
 * DIR/documents/<id>.yaml for a person to review. A text ingested before is read again
 * with its own (perhaps hand-mended) recipe, and only figures the file does not hold yet
 * are added: nothing a person changed is overwritten.
 */

export type { IngestIo, IngestOptions } from './ingestMetadata.js';

interface Ingested {
  readonly said: string;
}

/**
 * A draft whose document the dataset could read: a YAML file is read only up to YAML_LIMIT, and
 * building and checking a document of many more figures (a text that is one long list of them)
 * takes time and memory for a file that would then be refused. Its figures written as JSON are
 * about as long as their YAML, and cost nothing to measure.
 */
function fitting(file: string, draft: Draft): Draft {
  let bytes = 0;
  for (const p of [...draft.proposals, ...draft.skipped]) {
    bytes += Buffer.byteLength(JSON.stringify(p));
    if (bytes > YAML_LIMIT) {
      const figures = `${draft.proposals.length} figures and ${draft.skipped.length} numbers skipped`;
      throw new IngestProblem(
        `${file} holds more than one document can (${figures}; a document file is read up to ${YAML_LIMIT / MiB} MiB): split the text into parts, a file each, and ingest those`,
      );
    }
  }
  return draft;
}

/** A value given on the command line that could not be written into the data is a usage error naming its option. */
function given(option: string, value: string | undefined, problem: (v: string) => string | undefined): void {
  const why = value === undefined ? undefined : problem(value);
  if (why !== undefined) throw new UsageError(`--${option}: ${why}`);
}

function checkOptions(options: IngestOptions): void {
  if (options.into.trim() === '') throw new UsageError('--into needs a folder to write the documents to, such as --into corpus');
  given('place-id', options['place-id'], idProblem);
  given('date', options.date, (v) => (v === 'none' ? undefined : dateProblem(v)));
  given('title', options.title, textProblem);
  given('publisher', options.publisher, textProblem);
  given('place', options.place, textProblem);
}

function ingestNew(file: string, bytes: Buffer, raw: string, options: IngestOptions, io: IngestIo, writes: Writes): Ingested {
  const into = options.into;
  const recipe: Recipe = guessRecipe(raw);
  const cleaned = cleanSeed(raw, recipe);
  if ('problems' in cleaned)
    throw new UsageError(`cannot find the article in ${file}: ${cleaned.problems.map((p) => p.message).join('; ')}`);
  const notText = cleanTextProblem(cleaned.lines);
  if (notText !== undefined) {
    throw new IngestProblem(`${file} ${notText}: it is not plain text (a binary file, or terminal output?); mend or convert it first`);
  }
  // The folder's own words, read once: its places for --place, all of them for the proposer.
  const vocabulary = vocabularyOf(into);
  const places = vocabulary.places;
  if (places.length === 0)
    throw new UsageError(`${join(into, 'places.yaml')} is not a valid list of places: run "policy-explorer validate ${into}"`);

  const { title, dateText, dateNote, kind, choice, publisher } = metadataOf(cleaned.text, raw, places, options, io);
  const place = 'known' in choice ? choice.known.id : choice.proposed.id;
  const date = dateText === 'none' ? null : dateText;

  const id = reserveId(into, `${place}-${kind}-${date?.slice(0, 4) ?? 'undated'}`, bytes, writes);
  const script = scriptOf(cleaned.text);
  const draft = fitting(
    file,
    checked(propose({ text: cleaned.text, document: { id, kind, date, place, script }, vocabulary }), cleaned.text),
  );
  // The place first, so that the document is checked against the list it will be read with.
  if ('proposed' in choice) proposePlace(into, choice.proposed, writes);
  const head = {
    id,
    seed: `${id}.txt`,
    title,
    publisher: publisher === undefined ? { zh: '未注明', en: 'not stated in the text' } : { zh: publisher, en: publisher },
    date,
    ...(date === null ? { dateNote: 'The text states no date.' } : dateNote === undefined ? {} : { dateNote }),
    place,
    kind,
    script,
    recipe,
  };
  const path = join(into, 'documents', `${id}.yaml`);
  admit(
    into,
    path,
    newDocumentYaml(head, draft),
    cleaned.text,
    (staged) => staged.create(),
    `${path} was made by another program meanwhile`,
  );
  const low = draft.proposals.filter((p) => (p.confidence ?? 1) < 0.5).length;
  const newPlace = 'proposed' in choice ? `; proposed a new place "${place}" in places.yaml` : '';
  return {
    said:
      `${basename(file)} → documents/${id}.yaml: ${draft.proposals.length} proposed figures (${low} of low confidence), ` +
      `${draft.skipped.length} numbers skipped${newPlace}\n`,
  };
}

/**
 * Puts a document file in place only if it would load there (see documentProblems), by
 * `put`, which creates it or replaces what was read; else nothing is written and why is said.
 */
function admit(dir: string, path: string, text: string, clean: string, put: (staged: Staged) => boolean, taken: string): void {
  const staged = stage(path, text);
  const problems = documentProblems(dir, staged.temporary, path, clean);
  if (problems.length > 0) {
    staged.discard();
    throw new IngestProblem(
      `the document it would write does not validate, so nothing was written:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  if (!put(staged)) throw new IngestProblem(`${taken}: nothing was written; run the ingest again`);
}

function ingestAgain(file: string, raw: string, document: { path: string; text: string }): Ingested {
  const yaml = parseDocument(document.text);
  const parsed = yaml.errors.length > 0 ? undefined : DocumentFileSchema.safeParse(yaml.toJS());
  if (!parsed?.success || parsed.data.recipe === undefined) {
    throw new IngestProblem(
      `${document.path} was ingested from ${basename(file)} but is not valid now: run "policy-explorer validate" on its folder`,
    );
  }
  const doc = parsed.data;
  const cleaned = cleanSeed(raw, doc.recipe!);
  if ('problems' in cleaned)
    throw new IngestProblem(`the recipe in ${document.path} no longer fits its text: ${cleaned.problems[0]!.message}`);
  const folder = join(document.path, '..', '..');
  const draft = fitting(
    file,
    checked(
      propose({
        text: cleaned.text,
        document: { id: doc.id, kind: doc.kind, date: doc.date, place: doc.place, script: doc.script },
        vocabulary: vocabularyOf(folder),
      }),
      cleaned.text,
    ),
  );
  const merged = mergeDraft(document.text, draft);
  if (merged.text !== document.text) {
    // A review or an editor may have saved the file since it was read: their work stands, and this run's waits.
    admit(
      folder,
      document.path,
      merged.text,
      cleaned.text,
      (staged) => staged.replace(document.text),
      `${document.path} changed while the ingest read it (a review or an editor saved it)`,
    );
  }
  return {
    said:
      `${basename(file)} was ingested before as ${relative(folder, document.path)}: kept ${merged.reviewed} reviewed facts, ` +
      `${merged.proposed} proposals and ${merged.rejected} rejections as they are; added ${merged.added} new proposals\n`,
  };
}

export function ingestCommand(files: readonly string[], options: IngestOptions, io: IngestIo): number {
  if (files.length === 0) throw new UsageError('ingest needs the raw text files to read: policy-explorer ingest FILE... --into DIR');
  checkOptions(options);
  const writes = new Writes();
  let ingested = 0;
  // What could not be taken back, because someone changed it since ingest wrote it: theirs now, and said.
  const left: string[] = [];
  try {
    prepareFolder(options.into, BUNDLED_DATA, writes);
    for (const file of files) {
      const mark = writes.count;
      try {
        io.out(ingestFile(file, options, io, writes));
        ingested++;
      } catch (error) {
        // What this text's ingest wrote goes; the texts ingested before it stand.
        left.push(...writes.undo(mark));
        throw error;
      }
    }
  } catch (error) {
    // A run that ingested nothing leaves no folder, list or seed behind.
    if (ingested === 0) left.push(...writes.undo());
    if (left.length > 0) io.err(`policy-explorer: left as they are, since they changed after ingest wrote them: ${left.join(', ')}\n`);
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
  const result = loadDataset(oneFolder(options.into, join(options.into, 'seeds')));
  if (!result.ok) {
    io.err(`${result.problems.map(formatProblem).join('\n')}\nThe folder has ${result.total} problem(s) to mend by hand.\n`);
    return 1;
  }
  io.out(
    `Review the proposals: policy-explorer review ${options.into}\n  or explore them: policy-explorer --data bundled --data ${options.into} --include-proposed\n`,
  );
  return 0;
}

/** One text into the folder, and what to say of it. */
function ingestFile(file: string, options: IngestOptions, io: IngestIo, writes: Writes): string {
  const read = readRegularFile(file, SEED_LIMIT);
  if ('error' in read) {
    throw new IngestProblem(`${file}: ${read.error}`);
  }
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) {
    const convert = likelyEncoding(read.bytes).iconv;
    throw new IngestProblem(`${file} is not UTF-8 text (at byte ${decoded.badByte + 1}); convert it first, e.g. ${convert}`);
  }
  const held = seedWithBytes(options.into, read.bytes);
  const document = held === undefined ? undefined : documentOfSeed(options.into, held);
  return (document ? ingestAgain(file, decoded.text, document) : ingestNew(file, read.bytes, decoded.text, options, io, writes)).said;
}
