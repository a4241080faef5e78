import { describe, expect, it } from 'vitest';
import { placeIdOf, placeOf, placeOfText } from '../../src/ingest/placeChoice.js';
import { bundledDataset } from '../helpers.js';

const places = bundledDataset().places;
const idOf = (choice: ReturnType<typeof placeOfText>) => (choice === undefined ? undefined : placeIdOf(choice));

describe('the place a person names', () => {
  it('is a listed place by id or name, in either script', () => {
    expect(placeOf('nanning', places)).toEqual({ known: places.find((p) => p.id === 'nanning') });
    expect(placeOf('南寧市', places)).toMatchObject({ known: { id: 'nanning' } });
    expect(placeOf('南宁', places)).toMatchObject({ known: { id: 'nanning' } });
  });

  it('is a division of the gazetteer, with its code, its official English name and the province the folder lacks', () => {
    const shaanxi = placeOf('陕西省', places);
    expect(shaanxi).toMatchObject({ division: { code: '610000' } });
    expect('adds' in shaanxi && shaanxi.adds).toEqual([
      expect.objectContaining({
        id: 'shaanxi',
        code: '610000',
        level: 'province',
        name: { zh_hans: '陕西省', zh_hant: '陝西省', en: 'Shaanxi Province' },
        short: { zh_hans: '陕西', zh_hant: '陝西', en: 'Shaanxi' },
      }),
    ]);
    // 山西 is another province, with another id.
    expect(placeOf('山西省', places)).toMatchObject({ adds: [{ id: 'shanxi', code: '140000' }] });
    // Suzhou in Jiangsu, whose province the folder lists: the city's id tells it from Anhui's 宿州.
    const suzhou = placeOf('江苏省苏州市', places);
    expect('adds' in suzhou && suzhou.adds.map((p) => [p.id, p.parent, p.code])).toEqual([['suzhou-jiangsu', 'jiangsu', '320500']]);
    const anhui = placeOf('宿州市', places);
    expect('adds' in suzhou && placeIdOf(suzhou)).not.toBe('adds' in anhui && placeIdOf(anhui));
    // A district comes with its city and province.
    const dongtou = placeOf('洞头区', places);
    expect('adds' in dongtou && dongtou.adds.map((p) => p.code)).toEqual(['330000', '330300', '330305']);
    expect(placeOf('内蒙古自治区', places)).toMatchObject({
      adds: [{ id: 'inner-mongolia', name: { en: 'Inner Mongolia Autonomous Region' } }],
    });
  });

  it('asks again for a name several divisions share, naming them with their cities', () => {
    expect(placeOf('鼓楼区', places)).toMatchObject({
      problem: expect.stringMatching(/^"鼓楼区" is the name of \d+ places \(.*南京市鼓楼区 320106.*\): give it with its city or province/u),
    });
    expect(placeOf('南京市鼓楼区', places)).toMatchObject({ division: { code: '320106' } });
  });

  it('is a new place, proposed, where it is no division (a development zone), and takes the id given', () => {
    expect(placeOf('苏州工业园区', places, 'suzhou-sip')).toEqual({
      proposed: { id: 'suzhou-sip', level: 'development-zone', name: '苏州工业园区' },
    });
    const xian = placeOf('西安市', places, 'xian');
    expect('adds' in xian && xian.adds.map((p) => [p.id, p.code])).toEqual([
      ['shaanxi', '610000'],
      ['xian', '610100'],
    ]);
    expect(placeOf('西安市', places, 'xi-an')).toMatchObject({ problem: '西安市 is a division, whose id is "xian": leave place-id out' });
    expect(placeOf('shaanxi', places)).toMatchObject({ problem: expect.stringMatching(/no place "shaanxi"/u) });
  });
});

describe('the place a text names for itself', () => {
  it('is read from its title, else from the names its lines give, most trustworthy first', () => {
    expect(idOf(placeOfText(['2025年河北省政府工作报告'], places))).toBe('hebei');
    expect(idOf(placeOfText(['政府工作报告', '河北省'], places))).toBe('hebei');
    expect(idOf(placeOfText(['江苏省扬州市2024年科技工作总结'], places))).toBe('yangzhou');
    expect(idOf(placeOfText(['南宁市高新区2024年工作报告'], places))).toBe('nanning-hitech-zone');
    expect(idOf(placeOfText(['苏州市科学技术局2023年工作总结'], places))).toBe('suzhou-jiangsu');
  });

  it('is none where the text names no division for certain: a group, a zone not listed, a shared name, places apart', () => {
    expect(placeOfText(['国家高新区2024年发展报告'], places)).toBeUndefined();
    expect(placeOfText(['扬州经济技术开发区2024年工作报告'], places)).toBeUndefined();
    expect(placeOfText(['鼓楼区2024年政府工作报告'], places)).toBeUndefined();
    expect(placeOfText(['京津冀协同发展：北京市、天津市、河北省'], places)).toBeUndefined();
  });
});
