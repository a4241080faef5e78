import { describe, expect, it } from 'vitest';
import { gazetteer, gazetteerOf, type RawDivision } from '../../src/gazetteer/divisions.js';
import { idWords, placeIdOf, placeIdsOf } from '../../src/gazetteer/ids.js';
import { idProblem } from '../../src/model/values.js';

const idsOfName = (name: string) => (gazetteer().byName.get(name) ?? []).map((d) => placeIdOf(d.code));

describe('place ids', () => {
  it('are English words: lower case, "-" between them, no apostrophes or accents', () => {
    expect(idWords('Shaanxi')).toBe('shaanxi');
    expect(idWords('Inner Mongolia')).toBe('inner-mongolia');
    expect(idWords("Xi'an")).toBe('xian');
    expect(idWords('Lüliang')).toBe('luliang');
    expect(idWords('Nossa Senhora de Fátima')).toBe('nossa-senhora-de-fatima');
    expect(idWords('Central and Western')).toBe('central-and-western');
  });

  it('are a division’s words where no division of its tier or above shares them', () => {
    expect(placeIdOf('610000')).toBe('shaanxi');
    expect(placeIdOf('140000')).toBe('shanxi');
    expect(placeIdOf('150000')).toBe('inner-mongolia');
    expect(placeIdOf('540000')).toBe('xizang');
    expect(placeIdOf('610100')).toBe('xian');
    expect(placeIdOf('320100')).toBe('nanjing');
    expect(placeIdOf('450000')).toBe('guangxi');
    expect(placeIdOf('450100')).toBe('nanning');
    expect(placeIdOf('450108')).toBe('liangqing');
    expect(placeIdOf('321000')).toBe('yangzhou');
    // Liaoyuan's and Mudanjiang's 西安区 and Zhangzhou's 南靖县 are below the cities whose words they share.
    expect(idsOfName('西安区')).toEqual(['xian-liaoyuan', 'xian-mudanjiang']);
    expect(idsOfName('南靖县')).toEqual(['nanjing-zhangzhou']);
  });

  it('add the parent’s id where divisions share words, the province level keeping its own', () => {
    expect(idsOfName('苏州市')).toEqual(['suzhou-jiangsu']);
    expect(idsOfName('宿州市')).toEqual(['suzhou-anhui']);
    expect(idsOfName('泰州市')).toEqual(['taizhou-jiangsu']);
    expect(idsOfName('台州市')).toEqual(['taizhou-zhejiang']);
    expect(idsOfName('吉林省')).toEqual(['jilin']);
    expect(idsOfName('吉林市')).toEqual(['jilin-jilin']);
    expect(idsOfName('海南省')).toEqual(['hainan']);
    expect(idsOfName('海南藏族自治州')).toEqual(['hainan-qinghai']);
    // The parent's final id: Fuzhou is fuzhou-fujian beside Jiangxi's 抚州.
    expect(idsOfName('鼓楼区')).toEqual(['gulou-nanjing', 'gulou-xuzhou', 'gulou-fuzhou-fujian', 'gulou-kaifeng']);
  });

  it('add the level word where divisions of one parent share words, and the code where even that is shared', () => {
    expect(idsOfName('临夏市')).toEqual(['linxia-city-linxia']);
    expect(idsOfName('临夏县')).toEqual(['linxia-county-linxia']);
    expect(idsOfName('井陉矿区')).toEqual(['jingxing-mining-district-shijiazhuang']);
    expect(idsOfName('井陉县')).toEqual(['jingxing-county-shijiazhuang']);
    // The package lists 三元区 under its old code and its new one.
    expect(idsOfName('三元区')).toEqual(['sanyuan-district-sanming-350403', 'sanyuan-district-sanming-350404']);
  });

  it('are unique over the whole gazetteer, each one an id the data accepts, and the same each time', () => {
    const ids = placeIdsOf(gazetteer());
    const all = [...ids.values()];
    expect(ids.size).toBe(gazetteer().divisions.length);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(idProblem(id), id).toBeUndefined();
    expect([...placeIdsOf(gazetteer())]).toEqual([...ids]);
  });

  it('are made alike for all the divisions that share words, whatever their order', () => {
    // Codes of other divisions of the real gazetteer: an id is made from the division, not looked up by its code.
    const provinces: RawDivision[] = [
      { c: '320000', n: '江苏省', d: [{ c: '320600', n: '苏州市', d: [{ c: '320602', n: '吴中区' }] }] },
      { c: '340000', n: '安徽省', d: [{ c: '341200', n: '宿州市', d: [{ c: '341202', n: '埇桥区' }] }] },
    ];
    const forward = placeIdsOf(gazetteerOf(provinces));
    const backward = placeIdsOf(gazetteerOf([...provinces].reverse()));
    expect(Object.fromEntries(forward)).toEqual({
      '320000': 'jiangsu',
      '320600': 'suzhou-jiangsu',
      '320602': 'wuzhong',
      '340000': 'anhui',
      '341200': 'suzhou-anhui',
      '341202': 'yongqiao',
    });
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });
});
