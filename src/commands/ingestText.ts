import { basename, join, relative } from 'node:path';
import { checked } from '../ingest/check.js';
import { forNewText, mergeDraft, newDocumentYaml, type Draft } from '../ingest/document.js';
import { addPlaces, IngestProblem, proposedEntry, reserveId, type Writes } from '../ingest/folder.js';
import { placeIdOf } from '../ingest/placeChoice.js';
import { headOf, type Held } from '../ingest/held.js';
import { documentProblems } from '../ingest/admit.js';
import { scriptOf } from '../ingest/meta.js';
import { propose } from '../ingest/propose.js';
import { guessRecipe } from '../ingest/recipe.js';
import type { SidecarField } from '../ingest/sidecar.js';
import { vocabularyOf } from '../ingest/vocabulary.js';
import { cleanSeed } from '../model/clean.js';
import { decodeUtf8, likelyEncoding, MiB, readRegularFile, SEED_LIMIT, YAML_LIMIT } from '../model/files.js';
import { cleanTextProblem } from '../model/load.js';
import { DocumentFileSchema, type Recipe } from '../model/schema.js';
import { stage, type Staged } from '../platform/files.js';
import { z } from 'zod';
import { metadataOf, type Givens, type IngestIo } from './ingestMetadata.js';
import { formatProblem } from './validate.js';

/**
 * One text into a folder: a new text becomes a document of proposals; the same text again
 * (byte for byte) is read with its own, perhaps hand-mended, recipe and only figures its
 * document lacks are added; a new version of a text held before is refused, or with
 * --replace read in its place, keeping every decision a person made. Whatever fails throws,
 * for the run to take back what this text wrote.
 */

interface Counted {
  /** The document, relative to the folder. */
  readonly document: string;
  readonly place: string;
  /** The place's GB/T 2260 code, where it has one and the run knows it. */
  readonly code?: string | undefined;
  readonly date: string | null;
  readonly figures: number;
  readonly low: number;
}

export type TextOutcome = Counted &
  (
    | { readonly status: 'added'; readonly given: readonly SidecarField[]; readonly newPlaces: readonly string[] }
    | { readonly status: 'again'; readonly added: number }
    | { readonly status: 'replaced'; readonly added: number }
  ) & { readonly said: string };

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

const lowOf = (draft: Draft) => draft.proposals.filter((p) => (p.confidence ?? 1) < 0.5).length;

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

/** The proposals of a clean text for a document. */
function draftOf(file: string, clean: string, document: Parameters<typeof propose>[0]['document'], folder: string): Draft {
  return fitting(file, checked(propose({ text: clean, document, vocabulary: vocabularyOf(folder) }), clean));
}

/** A clean text of a raw one by a recipe, or why the text cannot be read as one. */
function cleaned(file: string, raw: string, recipe: Recipe): string {
  const clean = cleanSeed(raw, recipe);
  if ('problems' in clean)
    throw new IngestProblem(`cannot find the article in ${file}: ${clean.problems.map((p) => p.message).join('; ')}`);
  const notText = cleanTextProblem(clean.lines);
  if (notText !== undefined) {
    throw new IngestProblem(`${file} ${notText}: it is not plain text (a binary file, or terminal output?); mend or convert it first`);
  }
  return clean.text;
}

interface TextRun {
  readonly into: string;
  readonly givens: Givens;
  readonly replace: boolean;
  readonly io: IngestIo;
  readonly writes: Writes;
  readonly held: Held;
}

function ingestNew(file: string, bytes: Buffer, raw: string, run: TextRun): TextOutcome {
  const { into, writes } = run;
  const recipe: Recipe = guessRecipe(raw);
  const clean = cleaned(file, raw, recipe);
  const places = vocabularyOf(into).places;
  if (places.length === 0)
    throw new IngestProblem(`${join(into, 'places.yaml')} is not a valid list of places: run "policy-explorer validate ${into}"`);

  const { title, dateText, dateNote, kind, choice, publisher, given } = metadataOf(clean, raw, places, run.givens, run.io);
  const place = placeIdOf(choice);
  const date = dateText === 'none' ? null : dateText;
  const wanted = `${place}-${kind}-${date?.slice(0, 4) ?? 'undated'}`;

  const earlier = run.held.sameDocument(wanted, title, date);
  if (earlier) return replaceText(file, bytes, raw, recipe, clean, earlier, run);

  const id = reserveId(into, wanted, bytes, writes);
  run.held.add(`${id}.txt`, bytes);
  const script = scriptOf(clean);
  // The place first, so that the document is checked against the list it will be read with.
  const entries = 'proposed' in choice ? [proposedEntry(choice.proposed)] : 'adds' in choice ? choice.adds : [];
  if (entries.length > 0) addPlaces(into, entries, writes);
  const draft = draftOf(file, clean, { id, kind, date, place, script }, into);
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
  admit(into, path, newDocumentYaml(head, draft), clean, (staged) => staged.create(), `${path} was made by another program meanwhile`);
  const low = lowOf(draft);
  const newPlaces = entries.map((e) => e.id);
  const newPlace =
    'proposed' in choice
      ? `; proposed a new place "${place}" in places.yaml`
      : newPlaces.length > 0
        ? `; added ${newPlaces.map((p) => `"${p}"`).join(', ')} to places.yaml from the gazetteer`
        : '';
  return {
    status: 'added',
    document: `documents/${id}.yaml`,
    place,
    code: 'known' in choice ? choice.known.code : 'division' in choice ? choice.division.code : undefined,
    date,
    figures: draft.proposals.length,
    low,
    given,
    newPlaces,
    said:
      `${basename(file)} → documents/${id}.yaml: ${draft.proposals.length} proposed figures (${low} of low confidence), ` +
      `${draft.skipped.length} numbers skipped${newPlace}\n`,
  };
}

/** What a second ingest needs of a document: its head, as the schema reads it. */
const HeadSchema = z.object(
  DocumentFileSchema.pick({ id: true, seed: true, kind: true, date: true, place: true, script: true, recipe: true }).shape,
);

/**
 * The head of a document file as the schema reads it, or why it cannot be read again. Only the
 * head is read (headOf): a document of a thousand figures is parsed once, by the merge, not
 * three times; a fault in its figures is the merge's and the check's to find.
 */
function documentOf(file: string, path: string, text: string) {
  const head = headOf(text);
  const parsed = head === null ? undefined : HeadSchema.safeParse(head);
  if (!parsed?.success) {
    throw new IngestProblem(
      `${path} was ingested from ${basename(file)} but is not valid now: run "policy-explorer validate" on its folder`,
    );
  }
  return parsed.data;
}

function ingestAgain(file: string, raw: string, document: { path: string; text: string }, run: TextRun): TextOutcome {
  const doc = documentOf(file, document.path, document.text);
  const clean = cleanSeed(raw, doc.recipe);
  if ('problems' in clean) throw new IngestProblem(`the recipe in ${document.path} no longer fits its text: ${clean.problems[0]!.message}`);
  const folder = run.into;
  const { id, kind, date, place, script } = doc;
  const draft = draftOf(file, clean.text, { id, kind, date, place, script }, folder);
  const merged = mergeDraft(document.text, draft);
  if (merged.text !== document.text) {
    // A review or an editor may have saved the file since it was read: their work stands, and this run's waits.
    admit(
      folder,
      document.path,
      merged.text,
      clean.text,
      (staged) => staged.replace(document.text),
      `${document.path} changed while the ingest read it (a review or an editor saved it)`,
    );
  }
  return {
    status: 'again',
    document: relative(folder, document.path),
    place,
    date,
    figures: merged.proposed + merged.added,
    low: lowOf(draft),
    added: merged.added,
    said:
      `${basename(file)} was ingested before as ${relative(folder, document.path)}: kept ${merged.reviewed} reviewed facts, ` +
      `${merged.proposed} proposals and ${merged.rejected} rejections as they are; added ${merged.added} new proposals\n`,
  };
}

/**
 * A new version of a text the folder holds (the same title, place, kind and date, other
 * bytes): refused unless --replace, since it would change figures a person may have
 * checked; with it, the seed and the document read the new text, every decision kept.
 */
function replaceText(
  file: string,
  bytes: Buffer,
  raw: string,
  recipe: Recipe,
  clean: string,
  earlier: { path: string; text: string; seed: string },
  run: TextRun,
): TextOutcome {
  const document = relative(run.into, earlier.path);
  if (!run.replace) {
    throw new IngestProblem(
      `${basename(file)} is another version of the text of ${document} (the same title, place and date; other words): ` +
        `give --replace to read it in place of seeds/${earlier.seed}, keeping every figure a person reviewed`,
    );
  }
  const doc = documentOf(file, earlier.path, earlier.text);
  const renewed = forNewText(earlier.text, recipe, clean);
  if (renewed.unquoted.length > 0) {
    throw new IngestProblem(
      `${basename(file)} does not have the quotes of reviewed facts of ${document} (${renewed.unquoted.join(', ')}): ` +
        'nothing was replaced; mend those facts by hand, or keep the text as it was',
    );
  }
  const { id, kind, date, place, script } = doc;
  const draft = draftOf(file, clean, { id, kind, date, place, script }, run.into);
  const merged = mergeDraft(renewed.text, draft, renewed.highest);
  const seed = join(run.into, 'seeds', earlier.seed);
  const before = readRegularFile(seed, SEED_LIMIT);
  if ('error' in before) throw new IngestProblem(`${seed}: ${before.error}`);
  if (!run.writes.replace(seed, before.bytes, bytes))
    throw new IngestProblem(`${seed} changed while the ingest read it: run the ingest again`);
  admit(
    run.into,
    earlier.path,
    merged.text,
    clean,
    (staged) => staged.replace(earlier.text),
    `${earlier.path} changed while the ingest read it (a review or an editor saved it)`,
  );
  const dropped = renewed.droppedProposals + renewed.droppedRejections;
  return {
    status: 'replaced',
    document,
    place,
    date,
    figures: merged.proposed + merged.added,
    low: lowOf(draft),
    added: merged.added,
    said:
      `${basename(file)} replaced the text of ${document}: kept ${merged.reviewed} reviewed facts; ` +
      `added ${merged.added} new proposals${dropped > 0 ? `; took out ${dropped} proposals and rejections the new text does not quote` : ''}\n`,
  };
}

/** One text into the folder, and what became of it. */
export function ingestText(file: string, run: TextRun): TextOutcome {
  const read = readRegularFile(file, SEED_LIMIT);
  if ('error' in read) throw new IngestProblem(`${file}: ${read.error}`);
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) {
    const convert = likelyEncoding(read.bytes).iconv;
    throw new IngestProblem(`${file} is not UTF-8 text (at byte ${decoded.badByte + 1}); convert it first, e.g. ${convert}`);
  }
  const held = run.held.seedWithBytes(read.bytes);
  const document = held === undefined ? undefined : run.held.documentOfSeed(held);
  return document ? ingestAgain(file, decoded.text, document, run) : ingestNew(file, read.bytes, decoded.text, run);
}

export type { TextRun };
