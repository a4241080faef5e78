import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';
import { replaceFile } from '../platform/files.js';
import type { ProposedPlace } from './meta.js';

/**
 * A folder of one's own as ingest keeps it: the lists (from the bundled data until the
 * folder has its own), documents/ and seeds/. Every file is written whole or not at all.
 */

export const LISTS = ['places', 'categories', 'topics', 'indicators', 'synonyms'] as const;

/** Makes the folder's layout, and copies each list the folder lacks from `from`; returns the lists copied. */
export function prepareFolder(dir: string, from: string): string[] {
  mkdirSync(join(dir, 'documents'), { recursive: true });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  const copied: string[] = [];
  for (const list of LISTS) {
    const name = `${list}.yaml`;
    if (existsSync(join(dir, name)) || !existsSync(join(from, name))) continue;
    replaceFile(join(dir, name), readFileSync(join(from, name)));
    copied.push(name);
  }
  return copied;
}

/** The seed in the folder with exactly these bytes, if the text was ingested before. */
export function seedWithBytes(dir: string, bytes: Uint8Array): string | undefined {
  const seeds = join(dir, 'seeds');
  for (const name of readdirSync(seeds).sort()) {
    if (!name.endsWith('.txt')) continue;
    const held = readFileSync(join(seeds, name));
    if (held.length === bytes.length && held.equals(bytes)) return name;
  }
  return undefined;
}

/** The document file of the folder that reads `seed`, and its text, if there is one. */
export function documentOfSeed(dir: string, seed: string): { path: string; text: string } | undefined {
  const documents = join(dir, 'documents');
  for (const name of readdirSync(documents).sort()) {
    if (!/\.ya?ml$/u.test(name)) continue;
    const path = join(documents, name);
    const text = readFileSync(path, 'utf8');
    const value = parseDocument(text).get('seed');
    if (value === seed) return { path, text };
  }
  return undefined;
}

/** A document id not yet taken in the folder: the wanted one, else with -2, -3 … after it. */
export function freeId(dir: string, wanted: string): string {
  const taken = (id: string) => existsSync(join(dir, 'documents', `${id}.yaml`)) || existsSync(join(dir, 'seeds', `${id}.txt`));
  if (!taken(wanted)) return wanted;
  let n = 2;
  while (taken(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

/**
 * Adds a place the text names to the folder's places.yaml, marked as proposed: it stays a
 * draft until a person accepts it (or gives its names in full). Comments and order are kept.
 */
export function proposePlace(dir: string, place: ProposedPlace): void {
  const path = join(dir, 'places.yaml');
  const doc = existsSync(path) ? parseDocument(readFileSync(path, 'utf8')) : new Document([]);
  if (!isSeq(doc.contents)) throw new Error(`${path} is not a list of places`);
  const node = doc.createNode({
    id: place.id,
    status: 'proposed',
    level: place.level,
    ...(place.parent === undefined ? {} : { parent: place.parent }),
    note: 'Named by an ingest: give its short and English names, then remove "status: proposed".',
    // The names in both scripts and English are for a person to give; until then each is the name as given.
    name: { zh_hans: place.name, zh_hant: place.name, en: place.name },
    short: { zh_hans: place.name, zh_hant: place.name, en: place.name },
    aliases: [],
  });
  doc.contents.add(node);
  replaceFile(path, doc.toString({ lineWidth: 0 }));
}
