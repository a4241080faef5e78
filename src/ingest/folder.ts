import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';
import { createFile, replaceFile } from '../platform/files.js';
import type { IndicatorInput, PlaceInput } from '../model/schema.js';
import type { Indicator } from '../model/types.js';
import type { ProposedPlace } from './placeChoice.js';

/**
 * A folder of one's own as ingest keeps it: the lists (from the bundled data until the
 * folder has its own), documents/ and seeds/. Other programs (a second ingest, a review, a
 * person's editor) may write into it at the same time, so every file ingest makes is created
 * only where none is, every file it changes is replaced only if it is still as it was read,
 * and what one text's ingest wrote can be taken back whole.
 */

export const LISTS = ['places', 'categories', 'topics', 'indicators', 'synonyms'] as const;

/**
 * What an ingest wrote into a folder, newest last, so that a text that fails half-way leaves
 * the folder as it was: files it made are removed, files it changed are put back, each only
 * while it still holds what ingest wrote (a change someone made since is theirs to keep).
 */
export class Writes {
  private readonly done: ({ made: string; text: Buffer } | { changed: string; before: Buffer; after: Buffer } | { folder: string })[] = [];

  /** Makes a folder and each missing one above it, remembering the topmost it made. */
  folder(path: string): void {
    const made = mkdirSync(path, { recursive: true });
    if (made !== undefined) this.done.push({ folder: made });
  }

  /** Creates a file only where none is; false when the name is taken. */
  create(path: string, data: string | Uint8Array): boolean {
    if (!createFile(path, data)) return false;
    this.done.push({ made: path, text: Buffer.from(data) });
    return true;
  }

  /** Replaces a file only if it still holds `before`; false when someone changed it since. */
  replace(path: string, before: string | Uint8Array, after: string | Uint8Array): boolean {
    const [was, is] = [Buffer.from(before), Buffer.from(after)];
    if (!replaceFile(path, is, was)) return false;
    this.done.push({ changed: path, before: was, after: is });
    return true;
  }

  /** How many writes there are: a mark to take back to. */
  get count(): number {
    return this.done.length;
  }

  /** Takes back the writes made since `mark`, newest first; what cannot be taken back is left, and said. */
  undo(mark = 0): string[] {
    const left: string[] = [];
    for (const write of this.done.splice(mark).reverse()) {
      try {
        if ('made' in write) {
          if (existsSync(write.made) && readFileSync(write.made).equals(write.text)) rmSync(write.made);
          else left.push(write.made);
        } else if ('changed' in write) {
          if (!replaceFile(write.changed, write.before, write.after)) left.push(write.changed);
        } else if (!removeEmptyFolders(write.folder)) left.push(write.folder);
      } catch {
        left.push('made' in write ? write.made : 'changed' in write ? write.changed : write.folder);
      }
    }
    return left;
  }
}

/** Removes a folder that holds nothing but empty folders; false, removing nothing more, when it holds a file. */
function removeEmptyFolders(path: string): boolean {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (!entry.isDirectory() || !removeEmptyFolders(join(path, entry.name))) return false;
  }
  rmdirSync(path);
  return true;
}

/** Why a text cannot be ingested as it must (a list that is not a list, a file that keeps changing, a text that is no plain text): said, never a crash. */
export class IngestProblem extends Error {}

/** Makes the folder's layout, and copies each list the folder lacks from `from`; returns the lists copied. */
export function prepareFolder(dir: string, from: string, writes: Writes): string[] {
  writes.folder(join(dir, 'documents'));
  writes.folder(join(dir, 'seeds'));
  const copied: string[] = [];
  for (const list of LISTS) {
    const name = `${list}.yaml`;
    if (existsSync(join(dir, name)) || !existsSync(join(from, name))) continue;
    // Another ingest may copy it at the same moment: the same bytes, so whichever lands first is the list.
    if (writes.create(join(dir, name), readFileSync(join(from, name)))) copied.push(name);
  }
  return copied;
}

/**
 * Takes a document id in the folder for a text, by creating its seed, seeds/<id>.txt, only
 * where none is: the wanted id, else with -2, -3 … after it. Two ingests at once can never
 * take one id, since only one of them can create the file.
 */
export function reserveId(dir: string, wanted: string, bytes: Uint8Array, writes: Writes): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? wanted : `${wanted}-${n}`;
    if (existsSync(join(dir, 'documents', `${id}.yaml`))) continue;
    if (writes.create(join(dir, 'seeds', `${id}.txt`), bytes)) return id;
  }
}

/** A place as places.yaml keeps it: a draft, named as given, until a person accepts it. */
export function proposedEntry(place: ProposedPlace): PlaceInput {
  return {
    id: place.id,
    status: 'proposed',
    level: place.level,
    ...(place.parent === undefined ? {} : { parent: place.parent }),
    note: 'Named by an ingest: give its short and English names, then remove "status: proposed".',
    // The names in both scripts and English are for a person to give; until then each is the name as given.
    name: { zh_hans: place.name, zh_hant: place.name, en: place.name },
    short: { zh_hans: place.name, zh_hant: place.name, en: place.name },
    aliases: [],
  };
}

/**
 * An indicator of the catalogue as indicators.yaml keeps it: a draft until a person accepts it,
 * with only the topics the folder has, and its family only when the folder's list (with what
 * is added to it) has the indicator naming it: a name it lacks would leave the list invalid.
 */
export function proposedIndicator(
  indicator: Indicator,
  topics: ReadonlySet<string>,
  indicators: ReadonlySet<string> = new Set(),
): IndicatorInput {
  const { id, name, aliases, definition, unit_family, family } = indicator;
  return {
    id,
    status: 'proposed',
    name: { ...name },
    aliases: [...aliases],
    definition,
    unit_family,
    // The catalogue's indicators name no category: a folder's categories are its own.
    categories: [],
    topics: indicator.topics.filter((t) => topics.has(t)),
    ...(family !== undefined && indicators.has(family) ? { family } : {}),
  };
}

/** The ids a list's text lists, or undefined when it is not a list. */
function listedIds(text: string): string[] | undefined {
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return undefined;
  }
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  return value.map((p) => (p !== null && typeof p === 'object' ? String((p as { id?: unknown }).id) : ''));
}

/** Entries as the bundled list writes them: names and short names on a line each, the code quoted (a number would lose no digit, but is no code). */
function entriesYaml(doc: Document): string {
  if (isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isMap(item)) continue;
      for (const key of ['name', 'short', 'aliases', 'categories', 'topics']) {
        const node = item.get(key, true);
        if (isMap(node) || isSeq(node)) node.flow = true;
      }
      const code = item.get('code', true);
      if (isScalar(code)) code.type = 'QUOTE_DOUBLE';
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * A list's text (places.yaml, indicators.yaml) with the entries added at its end. They are written after the person's
 * text, which stays byte for byte (their spacing, comments and order); only a list written in
 * flow style ([...]) is rewritten whole, since nothing can follow it.
 */
function withEntries(text: string, entries: readonly Entry[], path: string, what: string): string {
  const appended = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entriesYaml(new Document(entries))}`;
  const ids = listedIds(text);
  if (ids === undefined) throw new IngestProblem(`${path} is not a list of ${what}: mend it, then ingest again`);
  if (listedIds(appended)?.join('\n') === [...ids, ...entries.map((e) => e.id)].join('\n')) return appended;
  const doc: Document = parseDocument(text);
  if (!isSeq(doc.contents)) throw new IngestProblem(`${path} is not a list of ${what}: mend it, then ingest again`);
  for (const entry of entries) doc.contents.add(doc.createNode(entry));
  return entriesYaml(doc);
}

/**
 * Adds places to the folder's places.yaml: a division of the gazetteer with those above it the
 * folder lacks, or a place a person named, marked as proposed. Another ingest may add places at
 * the same time: the file is replaced only if it is as it was read, and read again when it is
 * not; a place that is there by then is not added twice.
 */
export function addPlaces(dir: string, entries: readonly PlaceInput[], writes: Writes): void {
  addEntries(dir, 'places', entries, writes);
}

/** Adds indicators of the catalogue, marked as proposed, to the folder's indicators.yaml, as addPlaces adds places. */
export function addIndicators(dir: string, entries: readonly IndicatorInput[], writes: Writes): void {
  addEntries(dir, 'indicators', entries, writes);
}

type Entry = PlaceInput | IndicatorInput;

function addEntries(dir: string, list: 'places' | 'indicators', entries: readonly Entry[], writes: Writes): void {
  const path = join(dir, `${list}.yaml`);
  for (let tries = 0; tries < 20; tries++) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (writes.create(path, withEntries('', entries, path, list))) return;
      continue;
    }
    const listed = listedIds(text);
    const missing = entries.filter((e) => !listed?.includes(e.id));
    if (missing.length === 0) return;
    if (writes.replace(path, text, withEntries(text, missing, path, list))) return;
  }
  throw new IngestProblem(
    `${path} kept changing while the new ${list === 'places' ? 'place was' : 'indicator was'} added: run the ingest again`,
  );
}
