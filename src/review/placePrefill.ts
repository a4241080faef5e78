import { divisionOf, lineOf, type Division } from '../gazetteer/divisions.js';
import { englishOf } from '../gazetteer/english.js';
import { placeIdOf } from '../gazetteer/ids.js';
import { placeOfDivision } from '../gazetteer/place.js';
import { resolveDivision } from '../gazetteer/resolve.js';
import type { PlaceInput } from '../model/schema.js';
import { simplifiedToTraditional } from '../model/script.js';
import type { Place } from '../model/types.js';
import { foldScript, hasHan } from '../text/fold.js';

/**
 * What the gazetteer knows of a proposed place, as the entry it would finish to. A division
 * (a name the gazetteer reads as one division) takes its names in both scripts and English,
 * its level, code and parent. A place that is no division (a development zone, 西安高新区) takes
 * its traditional name by the script conversion, and its parent from the division its name
 * begins with; its English name is made only for the zones whose English is a convention
 * (High-tech Zone), else left for a person; of such a place, nothing a person already wrote is
 * replaced but the placeholders ingest leaves (the Chinese name in every script).
 */

export interface Prefill {
  /** The entry as it would be finished, where the gazetteer helps; else as it stands. */
  readonly place: PlaceInput;
  /** The division it is, where the gazetteer reads its name as one. */
  readonly division?: Division;
  /**
   * The entries the folder lacks for the parent, from the gazetteer: the parent division and
   * those above it the folder does not list. Finishing adds them.
   */
  readonly adds: readonly PlaceInput[];
  /** What a person should know before finishing: the parent missing, a name shared by several divisions. */
  readonly notes: readonly string[];
}

/** Zones whose English name is a convention: the words after the city's name, and their English. */
const ZONE_ENGLISH: readonly [RegExp, string, string][] = [
  [/^高新技术产业开发区$/u, 'High-tech Industrial Development Zone', 'High-tech Zone'],
  [/^高新区$/u, 'High-tech Zone', 'High-tech Zone'],
  [/^经济技术开发区$/u, 'Economic and Technological Development Zone', 'Economic Development Zone'],
  [/^经开区$/u, 'Economic Development Zone', 'Economic Development Zone'],
  [/^新区$/u, 'New Area', 'New Area'],
];

/** The levels that are part of no other place. */
const TOP_LEVELS: ReadonlySet<string> = new Set(['province', 'autonomous-region', 'municipality', 'special-administrative-region']);

/** A name ingest left as the Chinese name: to be given. */
const placeholder = (name: string, english: boolean) => name === '' || (english && hasHan(name));

/** The place a division is in the folder, or the entries the folder needs for it (those above it first). */
function placeFor(division: Division, known: readonly Place[]): { id: string; adds: PlaceInput[] } {
  const adds = placeOfDivision(division, known);
  const own = known.find((p) => p.code === division.code);
  return { id: adds.at(-1)?.id ?? own?.id ?? placeIdOf(division.code)!, adds };
}

/** The one division a name's longest beginning names (西安 of 西安高新区), with the rest of the name. */
function divisionBeginning(name: string): { division: Division; rest: string } | undefined {
  for (let end = name.length - 1; end >= 2; end--) {
    const found = resolveDivision(name.slice(0, end));
    if (found.length === 1) return { division: found[0]!, rest: name.slice(end) };
  }
  return undefined;
}

export function prefillOf(entry: PlaceInput, known: readonly Place[]): Prefill {
  const name = foldScript(entry.name.zh_hans);
  const others = known.filter((p) => p.id !== entry.id);
  const divisions = entry.level === 'development-zone' ? [] : resolveDivision(name);
  if (divisions.length === 1) return divisionPrefill(entry, divisions[0]!, others);
  const notes: string[] = [];
  if (divisions.length > 1) {
    const some = divisions.slice(0, 4).map(
      (d) =>
        `${lineOf(d)
          .reverse()
          .map((l) => l.name)
          .join('')} ${d.code}`,
    );
    notes.push(`${name} is the name of ${divisions.length} divisions (${some.join(', ')}): give its parent and code`);
  }
  const traditional = simplifiedToTraditional(name);
  const begins = divisions.length === 0 ? divisionBeginning(name) : undefined;
  const zone = begins && ZONE_ENGLISH.find(([ending]) => ending.test(begins.rest));
  const city = begins && englishOf(begins.division).short;
  const keep = (now: string, english: boolean, made: string | undefined) => (placeholder(now, english) ? (made ?? now) : now);
  const place: PlaceInput = {
    ...entry,
    name: {
      zh_hans: name,
      zh_hant: entry.name.zh_hant === entry.name.zh_hans ? traditional : entry.name.zh_hant,
      en: keep(entry.name.en, true, zone && `${city} ${zone[1]}`),
    },
    short: {
      zh_hans: entry.short.zh_hans,
      zh_hant: entry.short.zh_hant === entry.short.zh_hans ? simplifiedToTraditional(entry.short.zh_hans) : entry.short.zh_hant,
      en: keep(entry.short.en, true, zone && `${city} ${zone[2]}`),
    },
  };
  if (entry.parent !== undefined) return { place, adds: [], notes };
  if (begins === undefined) {
    if (!TOP_LEVELS.has(entry.level)) notes.push(`the gazetteer does not tell what ${name} is part of: give its parent, a place's id`);
    return { place, adds: [], notes };
  }
  const parent = placeFor(begins.division, others);
  if (parent.adds.length > 0) notes.push(missingParent(begins.division, parent.adds));
  return { place: { ...place, parent: parent.id }, adds: parent.adds, notes };
}

function divisionPrefill(entry: PlaceInput, division: Division, known: readonly Place[]): Prefill {
  const english = englishOf(division);
  const above = division.parent === undefined ? undefined : divisionOf(division.parent);
  const parent = above && placeFor(above, known);
  const place: PlaceInput = {
    ...entry,
    level: division.level,
    code: division.code,
    name: { zh_hans: division.name, zh_hant: simplifiedToTraditional(division.name), en: english.name },
    short: { zh_hans: division.short, zh_hant: simplifiedToTraditional(division.short), en: english.short },
    ...(parent ? { parent: parent.id } : {}),
  };
  const notes = parent && parent.adds.length > 0 ? [missingParent(above!, parent.adds)] : [];
  // Two places of one code would each be the other's figures: the checks refuse it, and this says so before.
  const same = known.find((p) => p.code === division.code);
  if (same) notes.push(`${division.name} is the place "${same.id}" of this folder already: name it by that id, or give this one no code`);
  return { place, division, adds: parent?.adds ?? [], notes };
}

const missingParent = (division: Division, adds: readonly PlaceInput[]) =>
  `its parent ${division.name} is not in places.yaml: finishing adds ${adds.map((a) => a.id).join(', ')} from the gazetteer`;
