import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { readRegularFile, YAML_LIMIT } from '../model/files.js';
import { PlaceSchema, type PlaceInput } from '../model/schema.js';
import type { Place } from '../model/types.js';
import { checkedPlace, editedPlace, type PlaceEdits } from './placeFields.js';
import { prefillOf, type Prefill } from './placePrefill.js';
import { divisionOf } from '../gazetteer/divisions.js';
import { placeOfDivision } from '../gazetteer/place.js';
import { hashOf } from '../model/inputs.js';
import type { ReviewFile } from './session.js';
import { writeChecked, type Outcome } from './write.js';
import { deleteKey, flow, setKey, spliced, type Splice } from './splice.js';

/**
 * A folder's proposed places (those ingest named with `status: proposed`, often with only a
 * Chinese name), each with what the gazetteer would finish it to, and finishing one: its
 * fields written into places.yaml where they stand, the parent's entries added where the
 * folder lacks them, `status: proposed` removed, and the folder checked as `validate` would.
 * Written as the review writes a decision: whole, and only over the file as it was read.
 */

export interface ProposedPlace extends Prefill {
  /** The entry as places.yaml has it now. */
  readonly entry: PlaceInput;
}

export interface FolderPlaces {
  readonly file: ReviewFile;
  readonly places: readonly Place[];
  readonly proposed: readonly ProposedPlace[];
}

/** What the ingest's note on a proposed place says: once the place is finished it is done, and goes. */
const INGEST_NOTE = /^Named by an ingest: /u;

/** The folder's places and those of them proposed, or why places.yaml cannot be read, with what to do. */
export function readPlaces(dir: string): FolderPlaces | { problem: string } {
  const path = join(dir, 'places.yaml');
  const read = readRegularFile(path, YAML_LIMIT);
  if ('error' in read) return { problem: `places.yaml ${read.error}: a folder ingest wrote into has one` };
  const text = read.bytes.toString('utf8');
  const doc = parseDocument(text);
  const items = isSeq(doc.contents) ? doc.contents.items : undefined;
  if (doc.errors.length > 0 || items === undefined) {
    return { problem: `places.yaml is not a list of places: "policy-explorer validate ${dir}" says why` };
  }
  const places: Place[] = [];
  for (const item of items) {
    const place = PlaceSchema.safeParse(isMap(item) ? item.toJSON() : item);
    if (!place.success) return { problem: `places.yaml has an entry that is no place: "policy-explorer validate ${dir}" says why` };
    places.push(place.data);
  }
  const proposed = places.filter((p) => p.status === 'proposed').map((entry): ProposedPlace => ({ entry, ...prefillOf(entry, places) }));
  return { file: { path, text, hash: hashOf(text) }, places, proposed };
}

/** The node of a proposed place in places.yaml's text, or why it cannot be finished. */
function placeNode(text: string, id: string): YAMLMap | string {
  const list: unknown = parseDocument(text).contents;
  const node = isSeq(list) ? list.items.find((item) => isMap(item) && item.get('id') === id) : undefined;
  if (!isMap(node)) return `no place "${id}" in places.yaml`;
  if (node.get('status') !== 'proposed') return `"${id}" is no proposed place: it was finished already`;
  if (node.flow) return `"${id}" is written on one line; write it as a block to finish it here`;
  return node;
}

/** A place's entry as places.yaml writes one: a key a line, names on one line each. */
export function entryLines(place: PlaceInput): string {
  return Object.entries(place)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${flow(v)}`)
    .join('\n');
}

/**
 * Splices that add text at one offset, merged into one so that they come in the order given
 * (each spliced apart, the last would come first).
 */
function merged(splices: readonly Splice[]): Splice[] {
  const out: Splice[] = [];
  for (const s of splices) {
    const same = s.start === s.end ? out.findIndex((o) => o.start === s.start && o.end === s.start) : -1;
    if (same < 0) out.push(s);
    else out[same] = { ...out[same]!, text: out[same]!.text + s.text };
  }
  return out;
}

/**
 * Entries added after the last of places.yaml's list, each a "- " item indented as the list's
 * items are (appendToList writes the lists of a document, which are one step in).
 */
function appended(text: string, entries: readonly PlaceInput[]): Splice {
  const list: unknown = parseDocument(text).contents;
  const last = (isSeq(list) ? list.items.at(-1) : undefined) as { range: [number, number, number] } | undefined;
  const at = last ? last.range[0] : 2;
  const indent = ' '.repeat(Math.max(0, at - (text.lastIndexOf('\n', at - 1) + 1) - 2));
  const breakAt = last ? text.indexOf('\n', Math.max(at, last.range[1] - 1)) : -1;
  const end = breakAt < 0 ? text.length : breakAt + 1;
  const before = end === text.length && !text.endsWith('\n') ? '\n' : '';
  const item = (entry: PlaceInput) =>
    entryLines(entry)
      .split('\n')
      .map((line, i) => `${indent}${i === 0 ? '- ' : '  '}${line}\n`)
      .join('');
  return { start: end, end, text: before + entries.map(item).join('') };
}

/** places.yaml's text with the place finished as `place`, and `adds` appended to the list. */
export function finishedText(
  text: string,
  id: string,
  place: PlaceInput,
  adds: readonly PlaceInput[],
): { text: string } | { problem: string } {
  const node = placeNode(text, id);
  if (typeof node === 'string') return { problem: node };
  const splices: Splice[] = [...deleteKey(text, node, 'status')];
  if (place.note === undefined || INGEST_NOTE.test(place.note)) splices.push(...deleteKey(text, node, 'note'));
  for (const key of ['level', 'parent', 'code', 'name', 'short', 'aliases'] as const) {
    const value = place[key];
    if (value === undefined) splices.push(...deleteKey(text, node, key));
    else splices.push(setKey(text, node, key, value));
  }
  if (adds.length > 0) splices.push(appended(text, adds));
  return { text: spliced(text, merged(splices)) };
}

/** What finishing a place came to: the file written, or why not (a conflict: the file changed on disk). */
export type PlaceOutcome = Outcome;

/**
 * Finishes a proposed place with its prefill and the edits a person gave over it. Refused,
 * with the field's message, where a field is not what it must be (an English name still in
 * Chinese); refused with the dataset's own message where the folder would not validate after
 * it (a parent no place has, a code another place has).
 */
export function finishPlace(dir: string, read: FolderPlaces, id: string, edits: PlaceEdits = {}): PlaceOutcome {
  const proposed = read.proposed.find((p) => p.entry.id === id);
  if (proposed === undefined) {
    const finished = read.places.some((p) => p.id === id);
    return { problem: finished ? `places.yaml: "${id}" is no proposed place: it was finished already` : `places.yaml: no place "${id}"` };
  }
  const checked = checkedPlace(editedPlace(proposed.place, edits));
  if ('problem' in checked) return { problem: `places.yaml: ${id}: ${checked.problem}` };
  // A parent given by hand is the person's: the gazetteer's entries for its own are not added.
  const adds = edits.parent === undefined ? proposed.adds : [];
  const next = finishedText(read.file.text, id, checked.place, adds);
  if ('problem' in next) return { problem: `places.yaml: ${next.problem}` };
  return writeChecked(dir, read.file, next.text);
}

/** The place a document file names at its top level (`place: xian`), read from its text without parsing it whole. */
export function documentPlaceOf(text: string): string | undefined {
  return /^place:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*(?:#.*)?$/mu.exec(text)?.[1];
}

/**
 * A division of the gazetteer a reviewer chose for a figure's place, added to places.yaml with
 * those above it the folder lacks (each whole, from the gazetteer: no one's reading of a text,
 * so no proposal), if the file is still as it was read. Returns the place's id, the folder's
 * own where it has the division already (then nothing is written).
 */
export function addDivision(dir: string, read: FolderPlaces, code: string): { id: string; outcome?: Outcome } | { problem: string } {
  const division = divisionOf(code);
  if (division === undefined) return { problem: `no division ${code} in the GB/T 2260 gazetteer` };
  const known = read.places.find((p) => p.code === code);
  if (known) return { id: known.id };
  const adds = placeOfDivision(division, read.places);
  const id = adds.at(-1)!.id;
  return { id, outcome: writeChecked(dir, read.file, spliced(read.file.text, [appended(read.file.text, adds)])) };
}
