import { gazetteer, type Division } from '../gazetteer/divisions.js';
import { ENGLISH_ALIASES, englishOf } from '../gazetteer/english.js';
import { resolveDivision } from '../gazetteer/resolve.js';
import { fold, hasHan } from '../text/fold.js';

/**
 * The query words that name real places (GB/T 2260 divisions, in Chinese, pinyin or English:
 * 杭州, hangzhou, Harbin, Tibet, Inner Mongolia). Such a word is a place, not a typo: it is never
 * corrected into another place's name, and where the data has no figures of it the search says
 * so instead of answering with a place it has.
 */

/** A place a query names, as the answer reports it. */
export interface PlaceWord {
  /** The query's word(s) as folded: "hangzhou", "inner mongolia", "杭州". */
  readonly word: string;
  readonly name: string;
  readonly english: string;
  readonly code: string;
}

/**
 * One-word English names that are ordinary English words first (Hong Kong's North, Eastern,
 * Southern and Islands districts): a query saying "north" is not about Hong Kong.
 */
const ORDINARY = new Set(['north', 'eastern', 'southern', 'islands', 'central', 'western', 'se']);

/**
 * Chinese names that are words before they are places: 城区 (urban area) is also a district of
 * 阳泉, 长治 and 晋城; 郊区 and 矿区 likewise. A query saying 城区 speaks of towns, not of Yangquan.
 */
const GENERIC = new Set(['城区', '郊区', '矿区', '新区', '东区', '西区', '南区', '北区', '中区', '市中区', '新城区', '老城区', '开发区']);

let english: Map<string, Division[]> | undefined;

/**
 * Folded English names (short and full, with and without spaces: "xi an", "xian", "hong kong",
 * "hongkong") → the divisions they name. Made the first time a word needs it: reading every
 * division's English takes some tens of milliseconds, and most queries never need it.
 */
function englishIndex(): Map<string, Division[]> {
  if (english) return english;
  const map = new Map<string, Division[]>();
  const add = (name: string, d: Division): void => {
    const folded = fold(name);
    for (const key of new Set([folded, folded.replace(/ /gu, '')])) {
      if (key.length < 3 || ORDINARY.has(key)) continue;
      const list = map.get(key);
      if (!list) map.set(key, [d]);
      else if (!list.includes(d)) list.push(d);
    }
  };
  for (const d of gazetteer().divisions) {
    const { short, name } = englishOf(d);
    add(short, d);
    add(name, d);
    for (const alias of ENGLISH_ALIASES.get(d.short) ?? []) add(alias, d);
  }
  return (english = map);
}

/** The divisions a folded word or phrase names: Chinese through the gazetteer's names, Latin through their English. */
export function divisionsNamed(word: string): readonly Division[] {
  if (hasHan(word)) {
    const compact = word.replace(/ /gu, '');
    if ([...compact].length < 2 || GENERIC.has(compact)) return [];
    return resolveDivision(compact);
  }
  if (!/^[a-z' ]+$/u.test(word) || word.length < 3) return [];
  return englishIndex().get(word) ?? [];
}

/** The names by which the data could hold a division's figures: its Chinese and English, folded. */
export function namesOf(d: Division): string[] {
  const { short, name } = englishOf(d);
  return [...new Set([d.name, d.short, fold(short), fold(name), ...(ENGLISH_ALIASES.get(d.short) ?? []).map(fold)])];
}

/** "杭州 Hangzhou": how a place the data lacks is named, in both languages. */
export const placeName = (p: PlaceWord): string => (p.english === p.name ? p.name : `${p.name} ${p.english}`);

/** How the report names a division: 杭州 Hangzhou. */
export function placeWord(word: string, d: Division): PlaceWord {
  return { word, name: d.short, english: englishOf(d).short, code: d.code };
}

/** What a word that names a real place means for a search: a place the data lacks, or the names the data holds it by. */
export type PlaceReading =
  | { readonly absent: PlaceWord }
  /** The data's names of the place; `typo` where the word is a misspelling of one (Guanxi). */
  | { readonly present: readonly string[]; readonly typo?: true };

const TIER_RANK = { province: 0, prefecture: 1, county: 2 } as const;

/**
 * Whether a folded word names real places, and if so whether the data has figures of one of
 * them (or of places within it: a fact's place keys carry the names of the places above it),
 * as `hasPlaceKey` tells; null when it names none.
 */
export function readPlace(word: string, hasPlaceKey: (text: string) => boolean): PlaceReading | null {
  const named = divisionsNamed(word);
  if (named.length === 0) return null;
  const present = named.flatMap((d) => namesOf(d).filter(hasPlaceKey));
  if (present.length > 0) return { present: [...new Set(present)] };
  const first = [...named].sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier] || a.code.localeCompare(b.code))[0]!;
  return { absent: placeWord(word, first) };
}
