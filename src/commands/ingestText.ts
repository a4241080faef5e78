import { basename, join } from 'node:path';
import { newDocumentYaml } from '../ingest/document.js';
import { addPlaces, IngestProblem, proposedEntry, reserveId } from '../ingest/folder.js';
import { placeIdOf } from '../ingest/placeChoice.js';
import { scriptOf } from '../ingest/meta.js';
import { guessRecipe } from '../ingest/recipe.js';
import { vocabularyOf } from '../ingest/figures/vocabulary.js';
import { decodeUtf8, likelyEncoding, readRegularFile, SEED_LIMIT } from '../model/files.js';
import type { Recipe } from '../model/schema.js';
import { ingestAgain, replaceText } from './ingestHeld.js';
import { metadataOf } from './ingestMetadata.js';
import { admit, cleaned, draftOf, lowOf, type TextOutcome, type TextRun } from './ingestSteps.js';

/**
 * One text into a folder: a new text becomes a document of proposals; the same text again
 * (byte for byte) is read with its own, perhaps hand-mended, recipe and only figures its
 * document lacks are added; a new version of a text held before is refused, or with
 * --replace read in its place, keeping every decision a person made. Whatever fails throws,
 * for the run to take back what this text wrote.
 */

export type { TextOutcome, TextRun } from './ingestSteps.js';

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
  const draft = draftOf(file, clean, { id, kind, date, place, script }, into, writes);
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
    said:
      `${basename(file)} → documents/${id}.yaml: ${draft.proposals.length} proposed figures (${low} of low confidence), ` +
      `${draft.skipped.length} numbers skipped${newPlace}\n`,
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
