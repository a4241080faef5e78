import { gazetteer, type Division, type Gazetteer, type Tier } from './divisions.js';
import { englishOf, levelEnglish, type EnglishName } from './english.js';

/** An id of English words: lower case, letters and digits, other characters as "-", no accents or apostrophes (Xi'an → xian). */
export function idWords(english: string): string {
  return english
    .normalize('NFD')
    .replace(/[\u0300-\u036f']/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

const TIERS: readonly Tier[] = ['province', 'prefecture', 'county'];

/**
 * Every division's place id, by code: its English short name as id words (shaanxi,
 * inner-mongolia, xian). Ids are given a tier at a time, province level first, so that a
 * division keeps its words when only divisions below it share them (南京 nanjing beside 南靖县,
 * nanjing-zhangzhou). Divisions that share an id with others of their tier or above take more,
 * all of them alike, a step at a time while it is still shared:
 * 1. their parent's id after their own words: 苏州 suzhou-jiangsu and 宿州 suzhou-anhui, 吉林市
 *    jilin-jilin beside the province's jilin, the four 鼓楼区 gulou-nanjing, gulou-xuzhou,
 *    gulou-fuzhou-fujian and gulou-kaifeng (a parent's id is its final one);
 * 2. their level word between them, where divisions of one parent share words: 临夏市
 *    linxia-city-linxia-gansu and 临夏县 linxia-county-linxia-gansu;
 * 3. their code, for the package's divisions listed twice under an old code and a new one (三元区).
 * A province-level division keeps its words. The same gazetteer gives the same ids.
 */
export function placeIdsOf(of: Gazetteer, english: (d: Division) => EnglishName = englishOf): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  const taken = new Map<string, number>();
  const candidate = (d: Division, step: number): string => {
    const own = idWords(english(d).short);
    if (step === 0 || d.parent === undefined) return own;
    const parent = ids.get(d.parent)!;
    if (step === 1) return `${own}-${parent}`;
    const level = idWords(levelEnglish(d));
    return step === 2 ? `${own}-${level}-${parent}` : `${own}-${level}-${parent}-${d.code}`;
  };
  for (const tier of TIERS) {
    const members = of.divisions.filter((d) => d.tier === tier);
    const step = new Map(members.map((d) => [d.code, 0]));
    for (;;) {
      const wanted = new Map<string, Division[]>();
      for (const d of members) {
        const id = candidate(d, step.get(d.code)!);
        const list = wanted.get(id);
        if (list === undefined) wanted.set(id, [d]);
        else list.push(d);
      }
      const shared = [...wanted].filter(([id, list]) => list.length > 1 || taken.has(id));
      const moving = shared.flatMap(([, list]) => list).filter((d) => d.parent !== undefined && step.get(d.code)! < 3);
      if (moving.length === 0) {
        if (shared.length > 0) throw new Error(`divisions no id tells apart: ${shared[0]![1].map((d) => d.code).join(', ')}`);
        for (const [id, [d]] of wanted) {
          ids.set(d!.code, id);
          taken.set(id, 1);
        }
        break;
      }
      for (const d of moving) step.set(d.code, step.get(d.code)! + 1);
    }
  }
  return ids;
}

let loaded: ReadonlyMap<string, string> | undefined;

/**
 * The place id of a division of the gazetteer, by its code. Ids are worked out for every
 * division the first time one is asked for, since each depends on which others share its words.
 */
export function placeIdOf(code: string): string | undefined {
  return (loaded ??= placeIdsOf(gazetteer())).get(code);
}
