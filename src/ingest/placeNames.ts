import type { Place } from '../model/types.js';
import { foldScript } from '../text/fold.js';
import { countBelow } from './figures/spans.js';

/**
 * Where a text names a place, and which. A name is taken only where it names that place:
 *
 * - Each place's name, short name and aliases are found in the folded text; where several
 *   start at one point the longest is read, and a name inside one read is not (南宁高新区,
 *   not 南宁 and 高新区).
 * - A name or short name names its place anywhere. An alias (高新区, 首府, 自治区) is a word
 *   for a place among those who know which is meant: it names the place in a text of that
 *   place or of its parent only (a Nanning text's 高新区 is Nanning's zone; a Jiangsu text's
 *   is some other zone).
 * - After a word that makes a kind of place a group (国家, 国家级, 省级, 全国, 各) an alias
 *   names no place: 国家高新区 are all national zones.
 * - Right after a name, or after a name and 国家 (a zone's rank in its name), an alias names
 *   its place if the name is its parent's (南宁市高新区, 南宁国家高新区), and otherwise the
 *   named place's own, one not listed (扬州高新区). So does an alias right after a place word
 *   (苏州高新区, 柳州市高新区: 州 and 市 end a name).
 * - A name followed by more name (a few characters, none of 的, 有, 在, 和 …) that ends in a
 *   zone word (开发区, 新区, 园区 …) is inside the longer name, of a place not listed
 *   (扬州经济技术开发区, 南宁五象新区); so is a short name or alias followed at once by a
 *   division word (广陵区). A name followed by 级 is a rank, not a place (自治区级平台).
 * - 全, 本 and 我 before 省, 市, 区 or 县 are the text's own place where its name ends in that
 *   word (全区 in Guangxi's text or Liangqing District's, 全市 in Nanning's), and no place
 *   otherwise. Such a word is never a listed place's alias.
 *
 * A place not listed stops the one named before it: a figure after 扬州经济技术开发区 is not
 * Yangzhou's, and with no place of its own it is the document's. A word naming no place (a
 * group, a rank, an alias out of its text) stops nothing: in 南宁市拥有国家高新区2个 the
 * figure is Nanning's.
 */

/** A place named in a text, from `start` to `end`: `place` undefined for one not listed. */
export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly place: string | undefined;
}

type Way = 'name' | 'alias' | 'own';

interface Candidate {
  readonly start: number;
  readonly end: number;
  /** For an own word (全区), its last character, else the place it is a name of. */
  readonly place: string;
  readonly way: Way;
  /** Ties at one span go to the place listed later; an own word before all. */
  readonly rank: number;
}

interface Gazetteer {
  readonly names: readonly { readonly id: string; readonly name: string; readonly way: 'name' | 'alias'; readonly rank: number }[];
  readonly parent: ReadonlyMap<string, string | undefined>;
  /** Each place's full name, folded: its last character says which own word (全市, 全区) it is. */
  readonly fullName: ReadonlyMap<string, string>;
}

const gazetteers = new WeakMap<readonly Place[], Gazetteer>();

/** The places' names, folded and filtered once for every text they are read in. */
function gazetteerOf(places: readonly Place[]): Gazetteer {
  let g = gazetteers.get(places);
  if (g === undefined) {
    const names: Gazetteer['names'][number][] = [];
    places.forEach((place, rank) => {
      const seen = new Set<string>();
      const add = (word: string, way: 'name' | 'alias') => {
        const name = foldScript(word);
        if (name.length >= 2 && /\p{Script=Han}/u.test(name) && !seen.has(name)) {
          seen.add(name);
          names.push({ id: place.id, name, way, rank });
        }
      };
      add(place.name.zh_hans, 'name');
      add(place.short.zh_hans, 'name');
      for (const alias of place.aliases) add(alias, 'alias');
    });
    g = {
      names,
      parent: new Map(places.map((p) => [p.id, p.parent])),
      fullName: new Map(places.map((p) => [p.id, foldScript(p.name.zh_hans)])),
    };
    gazetteers.set(places, g);
  }
  return g;
}

/** 全区, 本市, 我省…: the text's own place. 安全区, 完全市场 and 资本市场 are other words. */
const OWN = /(?:(?<![安完健齐周保])全|[本我])([省市区县])(?!场)/gu;
/** Words before a kind of place that make it a group of places. */
const GROUP = /(?:国家|全国|各|国家级|自治区级|[省市区县]级)$/u;
/** A character that ends a place's name: an alias right after one is that place's own. */
const PLACE_END = /[省市区县州盟旗]$/u;
/** Characters a name holds none of: a run with one is words about a place, not more of its name. */
const NOT_NAME = '的之与及和或在于有对为是等将把被从向到各级全共占达获个项名';
const MORE_NAME = `(?:(?![${NOT_NAME}])\\p{Script=Han})`;
/** At most this many characters of more name between a name and what ends the longer one. */
const MORE = 6;
/** What may stand between a place's name and an alias it makes the name of another: a rank, as in 南宁国家高新区. */
const RANK_IN_NAME = /^(?:国家级?)?$/u;
/** More name ending in a zone word: a zone of the place named, not the place (创新区域 is no zone). */
const ZONE = new RegExp(
  `^${MORE_NAME}{0,${MORE}}?(?:高新区|开发区|经开区|园区|产业园|工业园|新区|自贸区|试验区|示范区|保税区|合作区|片区|城区)(?!域)`,
  'u',
);
/** A division word right after a short name or alias: 广陵区 is a district, not Yangzhou (区域 and 市场 are other words). */
const DIVISION = /^[省市区县旗镇乡](?![域场级])/u;

/** Every listed name and own word found in a folded text, by start, the longest first at each. */
function candidatesIn(g: Gazetteer, folded: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { id, name, way, rank } of g.names) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      found.push({ start: at, end: at + name.length, place: id, way, rank });
    }
  }
  OWN.lastIndex = 0;
  for (let m = OWN.exec(folded); m !== null; m = OWN.exec(folded)) {
    found.push({ start: m.index, end: m.index + 2, place: m[1]!, way: 'own', rank: Infinity });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end || b.rank - a.rank);
}

/**
 * The places a folded text names, in its order, none inside another. `documentPlace` is the
 * place of the text's document, which its aliases and own words are read by; a text with
 * none (a title, before its place is known) names places by their names only.
 */
export function placeMentions(places: readonly Place[], folded: string, documentPlace?: string): PlaceMention[] {
  const g = gazetteerOf(places);
  const candidates = candidatesIn(g, folded);
  if (candidates.length === 0) return [];
  /** What a candidate names read alone: a place, null for one not listed, undefined for none. */
  const alone = (c: Candidate): string | null | undefined => {
    if (c.way === 'name') return c.place;
    if (c.way === 'own') {
      if (documentPlace === undefined) return undefined;
      const full = g.fullName.get(documentPlace);
      return full === undefined || full.endsWith(c.place) ? documentPlace : undefined;
    }
    const before = folded.slice(Math.max(0, c.start - 5), c.start);
    if (GROUP.test(before)) return undefined;
    if (PLACE_END.test(before)) return null;
    return documentPlace !== undefined && (documentPlace === c.place || documentPlace === g.parent.get(c.place)) ? c.place : undefined;
  };
  const mentions: PlaceMention[] = [];
  let covered = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.start < covered) continue;
    // Of names found at one span (an alias two places share), the first that names a place.
    let read = alone(c);
    while (read === undefined && candidates[i + 1]?.start === c.start && candidates[i + 1]!.end === c.end) read = alone(candidates[++i]!);
    let end = c.end;
    covered = end;
    if (read === undefined) continue;
    if (folded[end] === '级') {
      covered = end + 1;
      continue;
    }
    // What follows: the next name found after this one, and the text up to it.
    let j = i + 1;
    while (j < candidates.length && candidates[j]!.start < end) j++;
    const next = candidates[j];
    const between = folded.slice(end, next === undefined ? end + MORE + 6 : Math.min(next.start, end + MORE + 6));
    if (read !== null && next?.way === 'alias' && RANK_IN_NAME.test(folded.slice(end, next.start))) {
      read = next.place === read || g.parent.get(next.place) === read ? next.place : null;
      end = next.end;
    } else {
      const zone = ZONE.exec(between);
      if (zone) {
        read = null;
        end += zone[0].length;
      } else if (!PLACE_END.test(folded.slice(c.start, end)) && DIVISION.test(between)) {
        read = null;
        end += 1;
      }
    }
    covered = end;
    mentions.push({ start: c.start, end, place: read ?? undefined });
  }
  return mentions;
}

/**
 * The place a sentence names nearest before a point in it, by the rule above: the sentence is
 * folded and read once, since folding and searching what comes before each number did it
 * again for every figure of a long sentence. Undefined where it names none, or one not listed.
 */
export function placesNamed(places: readonly Place[], sentence: string, documentPlace: string): (before: number) => string | undefined {
  const folded = foldScript(sentence);
  // A character whose simplified form is another length (one outside the BMP) moves every
  // position after it: such a sentence is folded up to each point instead.
  if (folded.length !== sentence.length) {
    return (before) => placeMentions(places, foldScript(sentence.slice(0, before)), documentPlace).at(-1)?.place;
  }
  const mentions = placeMentions(places, folded, documentPlace);
  if (mentions.length === 0) return () => undefined;
  const ends = Int32Array.from(mentions, (m) => m.end);
  return (before) => {
    const n = countBelow(ends, before + 1);
    return n === 0 ? undefined : mentions[n - 1]!.place;
  };
}
