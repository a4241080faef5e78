import type { PlaceLevel } from '../model/types.js';
import { splitPeoples } from './peoples.js';

/** A division's place in the hierarchy: province level, prefecture level, county level. */
export type Tier = 'province' | 'prefecture' | 'county';

/** The levels of divisions: every level of place but a development zone, which is none. */
export type DivisionLevel = Exclude<PlaceLevel, 'development-zone'>;

/** What a division's name says about it: its level, the word that says so, its short name and peoples. */
export interface NameParts {
  readonly level: DivisionLevel;
  /** The level word the name ends in (省, 自治州, 区), or '' where it ends in none (西沙群岛). */
  readonly levelWord: string;
  /** The name less its level word and peoples (广西壮族自治区 → 广西), or the name itself where that would leave one character (忠县). */
  readonly short: string;
  /** The peoples an autonomous division is for, in its name's order (阿坝藏族羌族自治州 → 藏, 羌). */
  readonly peoples: readonly string[];
}

interface LevelWord {
  readonly word: string;
  readonly level: DivisionLevel;
  /**
   * Whether a name ending in the word may end in another way: 清新区 is 清新 + 区, not 清 + 新区,
   * and 碑林区 is 碑林 + 区, not a forestry district. The word is the level word then only
   * where it leaves two characters or more and, for 林区, only in a code GB/T 2260 gives a
   * county (xxxx21–xxxx50): districts are numbered 01–20 and 51–70.
   */
  readonly compound?: 'stem' | 'county-code';
}

/** Each tier's level words, longest first, so that 自治县 is found before 县. */
const LEVEL_WORDS: Readonly<Record<Tier, readonly LevelWord[]>> = {
  province: [
    { word: '特别行政区', level: 'special-administrative-region' },
    { word: '自治区', level: 'autonomous-region' },
    { word: '省', level: 'province' },
    { word: '市', level: 'municipality' },
  ],
  prefecture: [
    { word: '自治州', level: 'prefecture' },
    { word: '地区', level: 'prefecture' },
    { word: '盟', level: 'prefecture' },
    { word: '市', level: 'city' },
  ],
  county: [
    { word: '自治县', level: 'county' },
    { word: '自治旗', level: 'county' },
    { word: '林区', level: 'county', compound: 'county-code' },
    { word: '特区', level: 'county' },
    { word: '新区', level: 'district', compound: 'stem' },
    { word: '矿区', level: 'district', compound: 'stem' },
    { word: '县', level: 'county' },
    { word: '旗', level: 'county' },
    { word: '区', level: 'district' },
    { word: '市', level: 'city' },
  ],
};

function fits(name: string, { word, compound }: LevelWord, code: string): boolean {
  if (!name.endsWith(word)) return false;
  if (compound === 'stem') return name.length - word.length >= 2;
  if (compound === 'county-code') return Number(code.slice(4)) >= 21 && Number(code.slice(4)) <= 50;
  return true;
}

/** The parts of a division's name, read from the level words of its tier. */
export function nameParts(name: string, tier: Tier, code: string): NameParts {
  const found = LEVEL_WORDS[tier].find((w) => fits(name, w, code));
  // A county-level unit with no level word (西沙群岛) is named by its whole name.
  if (found === undefined) return { level: 'county', levelWord: '', short: name, peoples: [] };
  const stem = name.slice(0, name.length - found.word.length);
  // Peoples are read only where the name says the division is theirs: an autonomous one, or a
  // district of a people (管城回族区). 回民区 is not a district of the Hui.
  const { place, peoples } =
    found.word.startsWith('自治') || stem.endsWith('族') ? splitPeoples(stem) : { place: stem, peoples: [] as string[] };
  // A short name of one character would be found in every text: 忠县 stays 忠县.
  return { level: found.level, levelWord: found.word, short: place.length >= 2 ? place : name, peoples };
}
