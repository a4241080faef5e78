import { OutputError } from '../platform/output.js';
import { basename, join, relative } from 'node:path';
import { checked } from '../ingest/check.js';
import { mergeDraft, newDocumentYaml } from '../ingest/document.js';
import { documentOfSeed, freeId, prepareFolder, proposePlace, seedWithBytes } from '../ingest/folder.js';
import { dateOf, kindOf, placeOf, scriptOf, type DocumentKind, type PlaceChoice } from '../ingest/meta.js';
import { propose } from '../ingest/propose.js';
import { guessRecipe } from '../ingest/recipe.js';
import { cleanSeed } from '../model/clean.js';
import { decodeUtf8, readRegularFile, SEED_LIMIT } from '../model/files.js';
import { DocumentFileSchema, DOCUMENT_KINDS, type Recipe } from '../model/schema.js';
import type { Place } from '../model/types.js';
import { BUNDLED_DATA } from '../paths.js';
import { replaceFile } from '../platform/files.js';
import { parse as parseYaml } from 'yaml';
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

export interface IngestOptions {
  readonly into: string;
  readonly place?: string;
  readonly 'place-id'?: string;
  readonly kind?: string;
  readonly date?: string;
  readonly title?: string;
  readonly publisher?: string;
}

export interface IngestIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks a person on a terminal and returns the answer; absent where nobody can answer. */
  ask?: (question: string) => string | undefined;
}

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

/** An option's value, else what the text says, else a person's answer; a missing one is a usage error naming the option. */
function settle(
  given: string | undefined,
  read: string | undefined,
  io: IngestIo,
  option: string,
  question: string,
  valid: (v: string) => string | undefined,
): string {
  const value = given ?? read;
  if (value !== undefined) {
    const problem = valid(value);
    if (problem === undefined) return value;
    if (given !== undefined) throw new UsageError(`--${option}: ${problem}`);
  }
  for (let tries = 0; io.ask && tries < 3; tries++) {
    const answer = io.ask(question)?.trim();
    if (answer === undefined) break;
    const problem = valid(answer);
    if (problem === undefined) return answer;
    io.err(`${problem}\n`);
  }
  throw new UsageError(`cannot read ${option === 'date' ? 'the date' : `the ${option}`} from the text: give --${option}`);
}

/** The place a title names: the longest known name in it. */
function placeInTitle(title: string, places: readonly Place[]): string | undefined {
  const names = places.flatMap((p) => [p.name.zh_hans, p.name.zh_hant, p.short.zh_hans, p.short.zh_hant].map((n) => ({ n, id: p.id })));
  return names.filter(({ n }) => title.includes(n)).sort((a, b) => b.n.length - a.n.length)[0]?.id;
}

/** The publisher a "来源：" or "發布機構：" line names, if the text has one. */
function publisherIn(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 15)) {
    const m = /(?:来源|來源|发布机构|發布機構)\s*[:：]\s*([^\s|｜]{2,30})/u.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

interface Ingested {
  readonly said: string;
}

function ingestNew(file: string, bytes: Buffer, raw: string, options: IngestOptions, io: IngestIo): Ingested {
  const into = options.into;
  const recipe: Recipe = guessRecipe(raw);
  const cleaned = cleanSeed(raw, recipe);
  if ('problems' in cleaned)
    throw new UsageError(`cannot find the article in ${file}: ${cleaned.problems.map((p) => p.message).join('; ')}`);
  const lines = cleaned.text.split('\n');
  const rawLines = raw.split(/\r\n?|\n/u);
  // The folder's own words, read once: its places for --place, all of them for the proposer.
  const vocabulary = vocabularyOf(into);
  const places = vocabulary.places;
  if (places.length === 0)
    throw new UsageError(`${join(into, 'places.yaml')} is not a valid list of places: run "policy-explorer validate ${into}"`);

  const firstLine = lines[0]?.trim();
  const titleGuess = firstLine && firstLine.length <= 60 && !/[。；;]$/u.test(firstLine) ? firstLine : undefined;
  const title = settle(options.title, titleGuess, io, 'title', 'Title of the document (as the text gives it): ', (v) =>
    v.trim() === '' ? 'a title is needed' : undefined,
  );
  const dateText = settle(
    options.date,
    dateOf(rawLines),
    io,
    'date',
    'Date (YYYY, YYYY-MM or YYYY-MM-DD; "none" if the text gives none): ',
    (v) => (v === 'none' || DATE.test(v) ? undefined : 'a date is YYYY, YYYY-MM or YYYY-MM-DD, or "none"'),
  );
  const kind = settle(options.kind, kindOf(title), io, 'kind', `Kind (${DOCUMENT_KINDS.join(', ')}): `, (v) =>
    (DOCUMENT_KINDS as readonly string[]).includes(v) ? undefined : `the kind is one of ${DOCUMENT_KINDS.join(', ')}`,
  ) as DocumentKind;
  let choice: PlaceChoice | undefined;
  settle(
    options.place,
    placeInTitle(title, places),
    io,
    'place',
    "Place (a known place's id, or a new place's Chinese name such as 陕西省): ",
    (v) => {
      const found = placeOf(v, places, options['place-id']);
      if ('problem' in found) return found.problem;
      choice = found;
      return undefined;
    },
  );
  const place = 'known' in choice! ? choice.known.id : choice!.proposed.id;

  const date = dateText === 'none' ? null : dateText;
  const id = freeId(into, `${place}-${kind}-${date?.slice(0, 4) ?? 'undated'}`);
  const seed = `${id}.txt`;
  const script = scriptOf(cleaned.text);
  const draft = checked(propose({ text: cleaned.text, document: { id, kind, date, place, script }, vocabulary }), cleaned.text);
  const publisher = options.publisher ?? publisherIn(rawLines);
  replaceFile(join(into, 'seeds', seed), bytes);
  if ('proposed' in choice!) proposePlace(into, choice.proposed);
  const head = {
    id,
    seed,
    title,
    publisher: publisher === undefined ? { zh: '未注明', en: 'not stated in the text' } : { zh: publisher, en: publisher },
    date,
    ...(date === null
      ? { dateNote: 'The text states no date.' }
      : dateText === options.date
        ? {}
        : { dateNote: 'Read from the text by ingest.' }),
    place,
    kind,
    script,
    recipe,
  };
  replaceFile(join(into, 'documents', `${id}.yaml`), newDocumentYaml(head, draft));
  const low = draft.proposals.filter((p) => (p.confidence ?? 1) < 0.5).length;
  const newPlace = 'proposed' in choice! ? `; proposed a new place "${place}" in places.yaml` : '';
  return {
    said:
      `${basename(file)} → documents/${id}.yaml: ${draft.proposals.length} proposed figures (${low} of low confidence), ` +
      `${draft.skipped.length} numbers skipped${newPlace}\n`,
  };
}

function ingestAgain(file: string, raw: string, document: { path: string; text: string }): Ingested {
  const parsed = DocumentFileSchema.safeParse(parseYaml(document.text));
  if (!parsed.success || parsed.data.recipe === undefined) {
    throw new UsageError(
      `${document.path} was ingested from ${basename(file)} but is not valid now: run "policy-explorer validate" on its folder`,
    );
  }
  const doc = parsed.data;
  const cleaned = cleanSeed(raw, doc.recipe!);
  if ('problems' in cleaned)
    throw new UsageError(`the recipe in ${document.path} no longer fits its text: ${cleaned.problems[0]!.message}`);
  const folder = join(document.path, '..', '..');
  const draft = checked(
    propose({
      text: cleaned.text,
      document: { id: doc.id, kind: doc.kind, date: doc.date, place: doc.place, script: doc.script },
      vocabulary: vocabularyOf(folder),
    }),
    cleaned.text,
  );
  const merged = mergeDraft(document.text, draft);
  if (merged.text !== document.text) replaceFile(document.path, merged.text);
  return {
    said:
      `${basename(file)} was ingested before as ${relative(folder, document.path)}: kept ${merged.reviewed} reviewed facts, ` +
      `${merged.proposed} proposals and ${merged.rejected} rejections as they are; added ${merged.added} new proposals\n`,
  };
}

export function ingestCommand(files: readonly string[], options: IngestOptions, io: IngestIo): number {
  if (files.length === 0) throw new UsageError('ingest needs the raw text files to read: policy-explorer ingest FILE... --into DIR');
  try {
    return ingestInto(files, options, io);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Output that cannot be written is the command line's to report, as for every command.
    if (code === undefined || error instanceof OutputError) throw error;
    // Every file is written whole or not at all, so what was written before the failure stands.
    io.err(`policy-explorer: cannot write into ${options.into} (${code}): ${(error as Error).message}\n`);
    return 1;
  }
}

function ingestInto(files: readonly string[], options: IngestOptions, io: IngestIo): number {
  prepareFolder(options.into, BUNDLED_DATA);
  for (const file of files) {
    const read = readRegularFile(file, SEED_LIMIT);
    if ('error' in read) {
      io.err(`policy-explorer: ${file}: ${read.error}\n`);
      return 1;
    }
    const decoded = decodeUtf8(read.bytes);
    if ('badByte' in decoded) {
      io.err(`policy-explorer: ${file} is not UTF-8 text (at byte ${decoded.badByte + 1}); convert it first, e.g. iconv -f GBK -t UTF-8\n`);
      return 1;
    }
    const held = seedWithBytes(options.into, read.bytes);
    const document = held === undefined ? undefined : documentOfSeed(options.into, held);
    const { said } = document ? ingestAgain(file, decoded.text, document) : ingestNew(file, read.bytes, decoded.text, options, io);
    io.out(said);
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
