import { basename, join, relative } from 'node:path';
import { forNewText, type Draft, type Merged } from '../ingest/document.js';
import { IngestProblem } from '../ingest/folder.js';
import { cleanSeed } from '../model/clean.js';
import { readRegularFile, SEED_LIMIT } from '../model/files.js';
import type { Recipe } from '../model/schema.js';
import { documentOf, lowOf, mergeInto, type TextOutcome, type TextRun } from './ingestSteps.js';

/**
 * A text the folder holds already: the same bytes again, or another version of it (the same
 * title, place, kind and date). Either way every decision a person made stands.
 */

/** What a merge of a held document comes to, for the run's table: its proposals now, and how many are new. */
function counted(document: string, head: { place: string; date: string | null }, merged: Merged, draft: Draft) {
  return { document, place: head.place, date: head.date, figures: merged.proposed + merged.added, low: lowOf(draft), added: merged.added };
}

/** The same text again, byte for byte: read with its document's own recipe, and only figures the document lacks added. */
export function ingestAgain(file: string, raw: string, document: { path: string; text: string }, run: TextRun): TextOutcome {
  const doc = documentOf(file, document.path, document.text);
  const clean = cleanSeed(raw, doc.recipe);
  if ('problems' in clean) throw new IngestProblem(`the recipe in ${document.path} no longer fits its text: ${clean.problems[0]!.message}`);
  const { id, kind, date, place, script } = doc;
  const { merged, draft } = mergeInto(file, run, document, document.text, clean.text, { id, kind, date, place, script });
  const path = relative(run.into, document.path);
  return {
    status: 'again',
    ...counted(path, doc, merged, draft),
    said:
      `${basename(file)} was ingested before as ${path}: kept ${merged.reviewed} reviewed facts, ` +
      `${merged.proposed} proposals and ${merged.rejected} rejections as they are; added ${merged.added} new proposals\n`,
  };
}

/**
 * A new version of a text the folder holds (the same title, place, kind and date, other
 * bytes): refused unless --replace, since it would change figures a person may have
 * checked; with it, the seed and the document read the new text, every decision kept.
 */
export function replaceText(
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
  const seed = join(run.into, 'seeds', earlier.seed);
  const before = readRegularFile(seed, SEED_LIMIT);
  if ('error' in before) throw new IngestProblem(`${seed}: ${before.error}`);
  if (!run.writes.replace(seed, before.bytes, bytes))
    throw new IngestProblem(`${seed} changed while the ingest read it: run the ingest again`);
  const { id, kind, date, place, script } = doc;
  const { merged, draft } = mergeInto(file, run, earlier, renewed.text, clean, { id, kind, date, place, script }, renewed.highest);
  const dropped = renewed.droppedProposals + renewed.droppedRejections;
  return {
    status: 'replaced',
    ...counted(document, doc, merged, draft),
    said:
      `${basename(file)} replaced the text of ${document}: kept ${merged.reviewed} reviewed facts; ` +
      `added ${merged.added} new proposals${dropped > 0 ? `; took out ${dropped} proposals and rejections the new text does not quote` : ''}\n`,
  };
}
