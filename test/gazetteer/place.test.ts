import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { divisionOf } from '../../src/gazetteer/divisions.js';
import { GAZETTEER_NOTE, placeOfDivision } from '../../src/gazetteer/place.js';
import { PlaceSchema } from '../../src/model/schema.js';
import type { Place } from '../../src/model/types.js';
import { bundledDataset } from '../helpers.js';

const division = (code: string) => divisionOf(code)!;
const bundled = bundledDataset().places;

describe('placeOfDivision', () => {
  it('gives a division with the divisions above it that the folder lacks, those above first', () => {
    const added = placeOfDivision(division('330305'), []);
    expect(added.map((p) => [p.id, p.level, p.parent, p.code])).toEqual([
      ['zhejiang', 'province', undefined, '330000'],
      ['wenzhou', 'city', 'zhejiang', '330300'],
      ['dongtou', 'district', 'wenzhou', '330305'],
    ]);
    expect(added[2]).toEqual({
      id: 'dongtou',
      level: 'district',
      parent: 'wenzhou',
      code: '330305',
      note: GAZETTEER_NOTE,
      name: { zh_hans: '洞头区', zh_hant: '洞頭區', en: 'Dongtou District' },
      short: { zh_hans: '洞头', zh_hant: '洞頭', en: 'Dongtou' },
      aliases: [],
    });
  });

  it('is no proposal: each entry is a place the data accepts as it is', () => {
    for (const code of ['330305', '540100', '150723', '810002', '222401']) {
      for (const place of placeOfDivision(division(code), [])) {
        expect(place).not.toHaveProperty('status');
        expect(PlaceSchema.parse(place)).toEqual(place);
      }
    }
  });

  it('names the folder’s own place for a division it has, by code, so that its id stays', () => {
    const added = placeOfDivision(division('450103'), bundled);
    expect(added).toEqual([expect.objectContaining({ id: 'qingxiu', parent: 'nanning', code: '450103', level: 'district' })]);
    // Meizhou's 兴宁市 shares Nanning's 兴宁区's words.
    expect(placeOfDivision(division('450102'), bundled)).toEqual([expect.objectContaining({ id: 'xingning-nanning', parent: 'nanning' })]);
    expect(placeOfDivision(division('450108'), bundled)).toEqual([]);
    expect(placeOfDivision(division('450000'), bundled)).toEqual([]);
  });

  it('by its full name where the folder’s place has no code, under the same parent or none', () => {
    const nanning = bundled.find((p) => p.id === 'nanning')!;
    const { code: _code, ...uncoded } = nanning;
    const known: Place[] = [{ ...uncoded, id: 'nanning-city', parent: undefined }];
    expect(placeOfDivision(division('450103'), known).map((p) => [p.id, p.parent])).toEqual([
      ['guangxi', undefined],
      ['qingxiu', 'nanning-city'],
    ]);
    // A 鼓楼区 under Nanjing is not Fuzhou's.
    const nanjing: Place = { ...uncoded, id: 'gulou-nj', parent: 'nanjing', name: { zh_hans: '鼓楼区', zh_hant: '鼓樓區', en: 'Gulou' } };
    const fuzhou = placeOfDivision(division('350102'), [nanjing]);
    expect(fuzhou.at(-1)).toMatchObject({ id: 'gulou-fuzhou-fujian', code: '350102' });
  });

  it('takes another id where the folder has given the division’s to another place', () => {
    const other: Place = {
      id: 'dongtou',
      level: 'development-zone',
      name: { zh_hans: '洞头新区', zh_hant: '洞頭新區', en: 'x' },
      short: { zh_hans: '洞头', zh_hant: '洞頭', en: 'x' },
      aliases: [],
    };
    expect(placeOfDivision(division('330305'), [other]).at(-1)!.id).toBe('dongtou-wenzhou');
    const both: Place[] = [other, { ...other, id: 'dongtou-wenzhou' }];
    expect(placeOfDivision(division('330305'), both).at(-1)!.id).toBe('dongtou-330305');
  });

  it('gives English aliases a reader may meet, and writes as places.yaml does', () => {
    const [xizang] = placeOfDivision(division('540000'), []);
    expect(xizang).toMatchObject({
      id: 'xizang',
      level: 'autonomous-region',
      name: { zh_hans: '西藏自治区', zh_hant: '西藏自治區', en: 'Xizang Autonomous Region' },
      short: { zh_hans: '西藏', zh_hant: '西藏', en: 'Xizang' },
      aliases: ['Tibet'],
    });
    expect(stringify(placeOfDivision(division('450103'), bundled))).toBe(
      [
        '- id: qingxiu',
        '  level: district',
        '  parent: nanning',
        '  code: "450103"',
        `  note: ${GAZETTEER_NOTE}`,
        '  name:',
        '    zh_hans: 青秀区',
        '    zh_hant: 青秀區',
        '    en: Qingxiu District',
        '  short:',
        '    zh_hans: 青秀',
        '    zh_hant: 青秀',
        '    en: Qingxiu',
        '  aliases: []',
        '',
      ].join('\n'),
    );
  });
});

describe('the bundled places', () => {
  it('each with a code has the gazetteer’s name for that code, and its parent’s code is its parent division’s', () => {
    const coded = bundled.filter((p) => p.code !== undefined);
    expect(coded.map((p) => p.id).sort()).toEqual(['guangxi', 'jiangsu', 'liangqing', 'nanning', 'yangzhou']);
    const byId = new Map(bundled.map((p) => [p.id, p]));
    for (const place of coded) {
      const d = divisionOf(place.code!);
      expect(d?.name, place.id).toBe(place.name.zh_hans);
      expect(d?.level, place.id).toBe(place.level);
      if (place.parent !== undefined) expect(byId.get(place.parent)?.code, place.id).toBe(d?.parent);
    }
    expect(byId.get('nanning-hitech-zone')).toMatchObject({ level: 'development-zone' });
    expect(byId.get('nanning-hitech-zone')).not.toHaveProperty('code');
  });
});
