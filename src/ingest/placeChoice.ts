import { pinyin } from 'pinyin-pro';
import { divisionOf, isWithin, type Division } from '../gazetteer/divisions.js';
import { divisionsIn } from '../gazetteer/mentions.js';
import { placeOfDivision } from '../gazetteer/place.js';
import { resolveDivision } from '../gazetteer/resolve.js';
import type { PlaceInput } from '../model/schema.js';
import type { Place } from '../model/types.js';
import { foldScript } from '../text/fold.js';
import { placeMentions } from './placeNames.js';

/**
 * Which place a text is about: one the folder lists, a division of China's gazetteer (GB/T
 * 2260) with the entries the folder's places.yaml needs for it (its province too, where the
 * folder lacks it), or a new place a person named that is no division (a development zone).
 * A text's own words give a listed place or a division, never a new place: what they do not
 * name for certain (国家高新区, 鼓楼区 with no city, two provinces) is asked for.
 */

export type PlaceChoice =
  { readonly known: Place } | { readonly division: Division; readonly adds: readonly PlaceInput[] } | { readonly proposed: ProposedPlace };

export interface ProposedPlace {
  readonly id: string;
  readonly level: Place['level'];
  readonly parent?: string;
  readonly name: string;
}

/** The id of the place chosen. */
export function placeIdOf(choice: PlaceChoice): string {
  if ('known' in choice) return choice.known.id;
  if ('proposed' in choice) return choice.proposed.id;
  return choice.adds.at(-1)!.id;
}

/** A division as the folder has it, or with the entries to add for it. */
function divisionChoice(division: Division, places: readonly Place[]): PlaceChoice {
  const known =
    places.find((p) => p.code === division.code) ??
    places.find((p) => p.code === undefined && p.level !== 'development-zone' && p.name.zh_hans === division.name);
  if (known) return { known };
  return { division, adds: placeOfDivision(division, places) };
}

/** The listed place a name names, read as a text's places are (the longest; none inside a longer name), and of two as long the later. */
function listedIn(name: string, places: readonly Place[]): Place | undefined {
  const found = placeMentions(places, foldScript(name)).sort((a, b) => b.end - b.start - (a.end - a.start) || b.start - a.start)[0];
  return found?.place === undefined ? undefined : places.find((p) => p.id === found.place);
}

/**
 * The one division a name stands for: the deepest of the divisions it names, where each other
 * it names is one the deepest is part of (江苏省苏州市 → 苏州市); none where it names a shared
 * name alone (鼓楼区) or divisions apart (京津冀: three).
 */
function divisionIn(name: string): Division | undefined {
  const named = divisionsIn(name)
    .filter((m) => m.divisions.length === 1)
    .map((m) => m.divisions[0]!);
  const deepest = named.reduce<Division | undefined>((a, d) => (a === undefined || isWithin(d, a.code) ? d : a), undefined);
  return deepest && named.every((d) => isWithin(deepest, d.code)) ? deepest : undefined;
}

/** The place one name of a text (its title, its congress, its publisher) stands for, if it stands for one. */
function placeInName(name: string, places: readonly Place[]): PlaceChoice | undefined {
  const listed = listedIn(name, places);
  const division = divisionIn(name);
  if (division === undefined) return listed ? { known: listed } : undefined;
  // A listed division, or one the listed place is part of (南宁市 for 南宁市高新区), gives way to the listed place.
  if (listed && (listed.code === undefined || listed.code === division.code || !isWithin(division, listed.code))) return { known: listed };
  return divisionChoice(division, places);
}

/** The place a text is about, from the names it gives itself, most trustworthy first; undefined where none tells. */
export function placeOfText(names: readonly string[], places: readonly Place[]): PlaceChoice | undefined {
  for (const name of names) {
    const choice = placeInName(name, places);
    if (choice) return choice;
  }
  return undefined;
}

const LEVELS: readonly [RegExp, Place['level']][] = [
  [/自治区$/u, 'autonomous-region'],
  [/省$/u, 'province'],
  [/市$/u, 'city'],
  [/[区县旗]$/u, 'district'],
  [/(?:开发区|高新区|新区|园区)$/u, 'development-zone'],
];

/** A division's name after its parent's, as a person tells one of a shared name from the others: 南京市鼓楼区. */
const withParent = (d: Division) => `${d.parent === undefined ? '' : (divisionOf(d.parent)?.name ?? '')}${d.name}`;

/** A few divisions of a shared name, each with its parent and code. */
function several(divisions: readonly Division[]): string {
  const names = divisions.slice(0, 4).map((d) => `${withParent(d)} ${d.code}`);
  return `${names.join(', ')}${divisions.length > 4 ? ', …' : ''}`;
}

/**
 * The place a person names (--place, a sidecar's place, an answer): a listed place's id or
 * name, a division's name (陕西省, 江苏省苏州市; one shared by several is asked of again with its
 * city or province), else a new place that is no division, its level read from its name's
 * ending and its id from its pinyin unless `id` is given.
 */
export function placeOf(named: string, places: readonly Place[], id?: string): PlaceChoice | { problem: string } {
  const byId = places.find((p) => p.id === named);
  if (byId) return { known: byId };
  const simplified = foldScript(named.trim());
  const byName = places.find((p) => [p.name.zh_hans, p.short.zh_hans, ...p.aliases].some((n) => foldScript(n) === simplified));
  if (byName) return { known: byName };
  if (!/\p{Script=Han}/u.test(simplified)) {
    return {
      problem: `no place "${named}": give a known place's id (${places.map((p) => p.id).join(', ')}) or a place's Chinese name`,
    };
  }
  const divisions = resolveDivision(simplified);
  if (divisions.length > 1) {
    return {
      problem: `"${named}" is the name of ${divisions.length} places (${several(divisions)}): give it with its city or province, such as ${withParent(divisions[0]!)}`,
    };
  }
  if (divisions.length === 1) {
    const choice = divisionChoice(divisions[0]!, places);
    const chosen = placeIdOf(choice);
    if (id !== undefined && id !== chosen)
      return { problem: `${divisions[0]!.name} is a division, whose id is "${chosen}": leave place-id out` };
    return choice;
  }
  const level = LEVELS.slice()
    .reverse()
    .find(([ending]) => ending.test(simplified))?.[1];
  if (!level) return { problem: `cannot tell what kind of place "${named}" is: give its full name, such as 陕西省 or 西安市` };
  const parent = places
    .filter((p) => simplified.startsWith(p.name.zh_hans) && simplified !== p.name.zh_hans)
    .sort((a, b) => b.name.zh_hans.length - a.name.zh_hans.length)[0];
  // 江苏省苏州市 is Suzhou in Jiangsu: the id is the place's own name's.
  const placeId = id ?? pinyinId(parent ? simplified.slice(parent.name.zh_hans.length) : simplified);
  if (places.some((p) => p.id === placeId)) {
    return { problem: `a new place "${named}" would take the id "${placeId}", which is another place's: give --place-id` };
  }
  return { proposed: { id: placeId, level, name: simplified, ...(parent ? { parent: parent.id } : {}) } };
}

/** An id from a Chinese name: its pinyin without tones, less the level word (西安市 → xian). */
function pinyinId(name: string): string {
  const core = name.replace(/(?:壮族自治区|回族自治区|维吾尔自治区|自治区|省|市|区|县|旗)$/u, '') || name;
  return pinyin(core, { toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
