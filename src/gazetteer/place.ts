import type { PlaceInput } from '../model/schema.js';
import { simplifiedToTraditional } from '../model/script.js';
import type { Place } from '../model/types.js';
import { lineOf, type Division } from './divisions.js';
import { ENGLISH_ALIASES, englishOf } from './english.js';
import { placeIdOf } from './ids.js';

/** What a place taken from the gazetteer says of itself: it is no one's reading of a text, so it is no proposal. */
export const GAZETTEER_NOTE = 'From the GB/T 2260 gazetteer.';

/**
 * What a folder's places.yaml needs for a division: its entry, and one for each division it is
 * part of that `known` lacks (a city comes with its province), those above first. A division
 * `known` has, by code or else by its full name (a place written before codes were, under the
 * same parent or none), keeps its entry and id, and is the parent its divisions below name.
 * Nothing is added for a division `known` has.
 */
export function placeOfDivision(division: Division, known: readonly Place[]): PlaceInput[] {
  const taken = new Set(known.map((p) => p.id));
  const added: PlaceInput[] = [];
  let parent: string | undefined;
  for (const d of lineOf(division).reverse()) {
    const existing = knownAs(d, known, parent);
    if (existing) {
      parent = existing.id;
      continue;
    }
    const id = freeId(d, parent, taken);
    taken.add(id);
    added.push(entryOf(d, id, parent));
    parent = id;
  }
  return added;
}

function knownAs(d: Division, known: readonly Place[], parent: string | undefined): Place | undefined {
  const byCode = known.find((p) => p.code === d.code);
  if (byCode) return byCode;
  return known.find(
    (p) =>
      p.code === undefined &&
      p.level !== 'development-zone' &&
      p.name.zh_hans === d.name &&
      (p.parent === undefined || p.parent === parent),
  );
}

/** The division's place id, unless a known place has it: then with its parent's id after it, or its code. */
function freeId(d: Division, parent: string | undefined, taken: ReadonlySet<string>): string {
  const id = placeIdOf(d.code)!;
  if (!taken.has(id)) return id;
  const withParent = parent === undefined ? undefined : `${id}-${parent}`;
  return withParent !== undefined && !taken.has(withParent) ? withParent : `${id}-${d.code}`;
}

function entryOf(d: Division, id: string, parent: string | undefined): PlaceInput {
  const english = englishOf(d);
  return {
    id,
    level: d.level,
    ...(parent === undefined ? {} : { parent }),
    code: d.code,
    note: GAZETTEER_NOTE,
    name: { zh_hans: d.name, zh_hant: simplifiedToTraditional(d.name), en: english.name },
    short: { zh_hans: d.short, zh_hant: simplifiedToTraditional(d.short), en: english.short },
    aliases: [...(ENGLISH_ALIASES.get(d.short) ?? [])],
  };
}
