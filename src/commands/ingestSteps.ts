import { basename } from 'node:path';
import { z } from 'zod';
import { checked } from '../ingest/check.js';
import { mergeDraft, type Draft, type Merged } from '../ingest/document.js';
import { addIndicators, IngestProblem, proposedIndicator, type Writes } from '../ingest/folder.js';
import { headOf, type Held } from '../ingest/held.js';
import { documentProblems } from '../ingest/admit.js';
import { propose } from '../ingest/figures/propose.js';
import type { SidecarField } from '../ingest/sidecar.js';
import { vocabularyOf } from '../ingest/figures/vocabulary.js';
import { cleanSeed } from '../model/clean.js';
import { MiB, YAML_LIMIT } from '../model/files.js';
import { cleanTextProblem } from '../model/load.js';
import { DocumentFileSchema, type Recipe } from '../model/schema.js';
import { stage, type Staged } from '../platform/files.js';
import type { Givens, IngestIo } from './ingestMetadata.js';
import { BUNDLED_CATALOGUE } from '../paths.js';
import { formatProblem } from './validate.js';

/**
 * The steps every way of ingesting one text takes (a new text, the same text again, a new
 * version of one): its clean text, its draft of proposals, its document checked by the loader
 * before it takes its name, and what the run says of it.
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
    | { readonly status: 'added'; readonly given: readonly SidecarField[] }
    | { readonly status: 'again'; readonly added: number }
    | { readonly status: 'replaced'; readonly added: number }
  ) & { readonly said: string };

export interface TextRun {
  readonly into: string;
  readonly givens: Givens;
  readonly replace: boolean;
  readonly io: IngestIo;
  readonly writes: Writes;
  readonly held: Held;
}

/**
 * A draft whose document the dataset could read: a YAML file is read only up to YAML_LIMIT, and
 * building and checking a document of many more figures (a text that is one long list of them)
 * takes time and memory for a file that would then be refused. Its figures written as JSON are
 * about as long as their YAML, and cost nothing to measure.
 */
export function fitting(file: string, draft: Draft): Draft {
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

export const lowOf = (draft: Draft) => draft.proposals.filter((p) => (p.confidence ?? 1) < 0.5).length;

/**
 * Puts a document file in place only if it would load there (see documentProblems), by
 * `put`, which creates it or replaces what was read; else nothing is written and why is said.
 */
export function admit(dir: string, path: string, text: string, clean: string, put: (staged: Staged) => boolean, taken: string): void {
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

/**
 * The proposals of a clean text for a document. An indicator of the catalogue a proposal means
 * is added to the folder's list first, marked as proposed, so that the document is checked
 * against the list it will be read with, and taken back with the text's other writes.
 */
export function draftOf(
  file: string,
  clean: string,
  document: Parameters<typeof propose>[0]['document'],
  folder: string,
  writes: Writes,
): Draft {
  const vocabulary = vocabularyOf(folder, BUNDLED_CATALOGUE);
  const draft = fitting(file, checked(propose({ text: clean, document, vocabulary }), clean));
  const meant = new Set(draft.proposals.map((p) => p.indicator));
  const added = (vocabulary.catalogue ?? []).filter((i) => meant.has(i.id));
  const topics = new Set(vocabulary.topics.map((t) => t.id));
  const indicators = new Set([...vocabulary.indicators, ...added].map((i) => i.id));
  if (added.length > 0)
    addIndicators(
      folder,
      added.map((i) => proposedIndicator(i, topics, indicators)),
      writes,
    );
  return draft;
}

/** A clean text of a raw one by a recipe, or why the text cannot be read as one. */
export function cleaned(file: string, raw: string, recipe: Recipe): string {
  const clean = cleanSeed(raw, recipe);
  if ('problems' in clean)
    throw new IngestProblem(`cannot find the article in ${file}: ${clean.problems.map((p) => p.message).join('; ')}`);
  const notText = cleanTextProblem(clean.lines);
  if (notText !== undefined) {
    throw new IngestProblem(`${file} ${notText}: it is not plain text (a binary file, or terminal output?); mend or convert it first`);
  }
  return clean.text;
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
export function documentOf(file: string, path: string, text: string) {
  const head = headOf(text);
  const parsed = head === null ? undefined : HeadSchema.safeParse(head);
  if (!parsed?.success) {
    throw new IngestProblem(
      `${path} was ingested from ${basename(file)} but is not valid now: run "policy-explorer validate" on its folder`,
    );
  }
  return parsed.data;
}

/**
 * A document the folder holds, merged with a new draft of its text: `written` (its text, or
 * the text made to read a new version of it) with the proposals it lacks, put in place of
 * what was read only if it changed, and only while the file still holds what was read: a
 * review or an editor may have saved it since, and their work stands.
 */
export function mergeInto(
  file: string,
  run: TextRun,
  document: { readonly path: string; readonly text: string },
  written: string,
  clean: string,
  head: Parameters<typeof propose>[0]['document'],
  numberedAfter = 0,
): { merged: Merged; draft: Draft } {
  const draft = draftOf(file, clean, head, run.into, run.writes);
  const merged = mergeDraft(written, draft, numberedAfter);
  if (merged.text !== document.text) {
    admit(
      run.into,
      document.path,
      merged.text,
      clean,
      (staged) => staged.replace(document.text),
      `${document.path} changed while the ingest read it (a review or an editor saved it)`,
    );
  }
  return { merged, draft };
}
