import { describe, expect, it } from 'vitest';
import { placeMentions, placesNamed } from '../../src/ingest/placeNames.js';
import { vocabularyOf } from '../../src/ingest/figures/vocabulary.js';
import { BUNDLED_DATA } from '../../src/paths.js';

const { places } = vocabularyOf(BUNDLED_DATA);

/** The place a sentence names before its first number, in a document of `documentPlace`. */
const before = (sentence: string, documentPlace: string) => placesNamed(places, sentence, documentPlace)(sentence.search(/\d/u));

describe('a name in a sentence is taken only where it names that place', () => {
  it('the longest name at a point: 南宁高新区 and 南宁市高新区 are the zone, not Nanning', () => {
    expect(placeMentions(places, '南宁高新区新增企业8家', 'jiangsu')).toEqual([{ start: 0, end: 5, place: 'nanning-hitech-zone' }]);
    expect(placeMentions(places, '南宁市高新区新增企业8家', 'jiangsu')).toEqual([{ start: 0, end: 6, place: 'nanning-hitech-zone' }]);
    expect(before('南宁国家高新区新增企业8家', 'guangxi')).toBe('nanning-hitech-zone');
  });

  it('a group of places is none: 国家高新区 and 省级高新区 name no place, and do not hide the one named before', () => {
    for (const document of ['nanning', 'nanning-hitech-zone', 'jiangsu', 'liangqing']) {
      expect(placeMentions(places, '拥有国家高新区2个、省级高新区5个、各高新区企业90家', document)).toEqual([]);
    }
    expect(before('南宁市拥有国家高新区2个', 'guangxi')).toBe('nanning');
    expect(before('全市拥有国家高新区2个', 'nanning')).toBe('nanning');
  });

  it('a bare alias names its place only in a text of the place or its parent', () => {
    expect(before('高新区新增企业12家', 'nanning')).toBe('nanning-hitech-zone');
    expect(before('高新区新增企业12家', 'nanning-hitech-zone')).toBe('nanning-hitech-zone');
    expect(before('高新区新增企业12家', 'jiangsu')).toBeUndefined();
    expect(before('高新区新增企业12家', 'liangqing')).toBeUndefined();
    expect(before('高新区新增企业12家', 'guangxi')).toBeUndefined();
    // 自治区 is Guangxi in Guangxi's text; a Nanning text's 自治区 project is the city's figure.
    expect(before('自治区重大科技项目12个', 'guangxi')).toBe('guangxi');
    expect(before('完成自治区重大科技项目12个', 'nanning')).toBeUndefined();
  });

  it('a name inside a longer name of a place not listed names none, and stops the name before it', () => {
    expect(before('苏州高新区新增企业41家', 'jiangsu')).toBeUndefined();
    expect(before('苏州高新区新增企业41家', 'nanning')).toBeUndefined();
    expect(before('柳州市高新区新增企业41家', 'nanning')).toBeUndefined();
    expect(before('扬州经济技术开发区新增企业27家', 'jiangsu')).toBeUndefined();
    expect(before('扬州高新区新增企业27家', 'jiangsu')).toBeUndefined();
    expect(before('广陵区新增企业27家', 'jiangsu')).toBeUndefined();
    const sentence = '扬州市新增企业30家，扬州经济技术开发区新增企业27家';
    const named = placesNamed(places, sentence, 'jiangsu');
    expect(named(sentence.indexOf('30'))).toBe('yangzhou');
    expect(named(sentence.indexOf('27'))).toBeUndefined();
    // Words about a place are not more of its name: 创新区域 is no zone, 市场 no city.
    expect(before('扬州市创新区域合作项目9个', 'jiangsu')).toBe('yangzhou');
    expect(before('扬州市市场主体新增9万户', 'jiangsu')).toBe('yangzhou');
    expect(before('扬州市拥有开发区12个', 'jiangsu')).toBe('yangzhou');
  });

  it('a name followed by 级 is a rank, not a place', () => {
    expect(before('新增自治区级创新平台7个', 'guangxi')).toBeUndefined();
    expect(before('南宁市新增自治区级创新平台7个', 'guangxi')).toBe('nanning');
  });

  it('全区, 全市, 全省, 全县, 本市, 我区 are the document’s own place where its name ends in that word, else none', () => {
    expect(before('全区高新技术企业达到900家', 'guangxi')).toBe('guangxi');
    expect(before('全区高新技术企业达到90家', 'liangqing')).toBe('liangqing');
    expect(before('全区高新技术企业达到90家', 'nanning')).toBeUndefined();
    expect(before('全区高新技术企业达到90家', 'jiangsu')).toBeUndefined();
    expect(before('全市高新技术企业达到400家', 'nanning')).toBe('nanning');
    expect(before('本市高新技术企业达到400家', 'yangzhou')).toBe('yangzhou');
    expect(before('全市高新技术企业达到400家', 'guangxi')).toBeUndefined();
    expect(before('全省高新技术企业达到5000家', 'jiangsu')).toBe('jiangsu');
    expect(before('我省高新技术企业达到5000家', 'guangxi')).toBeUndefined();
    expect(before('全县高新技术企业达到50家', 'liangqing')).toBeUndefined();
    // The text's own word stops a name before it: the second figure is the province's.
    const sentence = '扬州市新增企业30家，全省新增企业800家';
    expect(placesNamed(places, sentence, 'jiangsu')(sentence.indexOf('800'))).toBe('jiangsu');
    // 城区 and 全區 are no place's alias: a district's 城区 is its own, a city's names none.
    expect(before('城區新增創新平臺14個', 'nanning')).toBeUndefined();
    expect(before('全區新增創新平臺14個', 'nanning')).toBeUndefined();
    // A word holding 全市 or 本市 is not one: 完全市场, 资本市场.
    expect(before('资本市场融资12亿元', 'nanning')).toBeUndefined();
    // A document's place not in the list yet (ingest proposes it) is its text's own place.
    expect(before('全市高新技术企业达到400家', 'xian')).toBe('xian');
  });

  it('a word for the text’s own place is no listed place’s alias, in the bundled list or in a folder’s', () => {
    for (const p of places) for (const alias of p.aliases) expect(alias, p.id).not.toMatch(/^(?:[全本我][省市区县區縣]|城[区區])$/u);
    // A folder's list that still has 全区 for Guangxi: a Nanning text's 全区 is not Guangxi.
    const old = places.map((p) => (p.id === 'guangxi' ? { ...p, aliases: [...p.aliases, '全区', '全區'] } : p));
    expect(placesNamed(old, '全区高新技术企业达到90家', 'nanning')(9)).toBeUndefined();
    expect(placesNamed(old, '全区高新技术企业达到90家', 'liangqing')(9)).toBe('liangqing');
  });

  it('a sentence with a character outside the BMP, whose folding changes its length, is read alike', () => {
    const sentence = '𧩙扬州市新增企业30家，扬州经济技术开发区新增企业27家，全省新增企业800家';
    const named = placesNamed(places, sentence, 'jiangsu');
    expect(['30', '27', '800'].map((n) => named(sentence.indexOf(n)))).toEqual(['yangzhou', undefined, 'jiangsu']);
    // Ten such characters fold to ten fewer: read at the folded positions, 扬州市 would come before 800.
    const shifted = `${'𧩙'.repeat(10)}全省新增企业800家扬州市新增企业30家`;
    expect(placesNamed(places, shifted, 'jiangsu')(shifted.indexOf('800'))).toBe('jiangsu');
  });
});
