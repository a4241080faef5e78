import { describe, expect, it } from 'vitest';
import { divisionsIn } from '../../src/gazetteer/mentions.js';

/** Each name found, as the text writes it, with the codes it stands for. */
const found = (text: string, within?: string) => divisionsIn(text, within).map((m) => [m.name, m.divisions.map((d) => d.code).join(' ')]);

describe('divisionsIn', () => {
  it('finds full names and the short names of provinces and cities, where the text has them', () => {
    const text = '陕西省和苏州市、洞头区，陕西与苏州';
    expect(divisionsIn(text).map((m) => [m.start, m.end, m.name])).toEqual([
      [0, 3, '陕西省'],
      [4, 7, '苏州市'],
      [8, 11, '洞头区'],
      [12, 14, '陕西'],
      [15, 17, '苏州'],
    ]);
    expect(found(text).map(([, codes]) => codes)).toEqual(['610000', '320500', '330305', '610000', '320500']);
  });

  it('reads a name the longest it goes', () => {
    expect(found('吉林省长春市')).toEqual([
      ['吉林省', '220000'],
      ['长春市', '220100'],
    ]);
    expect(found('吉林市')).toEqual([['吉林市', '220200']]);
    // Unless a shorter one is followed by a name below it: 济南 and its 市中区, not 济南市 and 中区, which is none.
    expect(found('济南市中区和青岛市北区')).toEqual([
      ['济南', '370100'],
      ['市中区', '370103'],
      ['青岛', '370200'],
      ['市北区', '370203'],
    ]);
    expect(found('苏州市中心')).toEqual([['苏州市', '320500']]);
  });

  it('reads traditional script as simplified, giving the names as the text writes them', () => {
    expect(found('南寧市良慶區與陝西')).toEqual([
      ['南寧市', '450100'],
      ['良慶區', '450108'],
      ['陝西', '610000'],
    ]);
    // Folding makes the 乾 of simplified text 干; the names keep it.
    for (const text of ['陕西省乾县与吉林乾安县', '陝西省乾縣與吉林乾安縣']) {
      expect(
        found(text).map(([, codes]) => codes),
        text,
      ).toEqual(['610000', '610424', '220000', '220723']);
    }
  });

  it('tells a shared name’s division by the names before it, or within a known division, and otherwise gives them all', () => {
    expect(found('江苏省南京市鼓楼区')).toEqual([
      ['江苏省', '320000'],
      ['南京市', '320100'],
      ['鼓楼区', '320106'],
    ]);
    expect(found('鼓楼区和朝阳区')).toEqual([
      ['鼓楼区', '320106 320302 350102 410204'],
      ['朝阳区', '110105 220104'],
    ]);
    expect(found('鼓楼区', '350000')).toEqual([['鼓楼区', '350102']]);
    // The name after tells the one before: 吉林长春 is the province.
    expect(found('吉林长春')).toEqual([
      ['吉林', '220000'],
      ['长春', '220100'],
    ]);
    expect(found('吉林')).toEqual([['吉林', '220000 220200']]);
  });

  it('is no division where a name is part of a development zone’s or another place’s', () => {
    expect(found('南宁市高新区、南宁高新区、国家高新区、苏州工业园区、西安经开区和上海自贸区')).toEqual([]);
    expect(found('海南州的中山路')).toEqual([]);
    // High-tech enterprises of Xi'an, not a zone.
    expect(found('西安高新技术企业')).toEqual([['西安', '610100']]);
    expect(found('长治久安，大理石，三明治，人民安康')).toEqual([]);
    expect(found('长治、大理、三明和陕西安康')).toEqual([
      ['长治', '140400'],
      ['大理', '532900'],
      ['三明', '350400'],
      ['陕西', '610000'],
      ['安康', '610900'],
    ]);
  });

  it('reads a county-level short name, or a one-character name, only after what it is part of or within', () => {
    expect(found('鼓楼和良庆，城区与忠县')).toEqual([]);
    expect(found('南京鼓楼')).toEqual([
      ['南京', '320100'],
      ['鼓楼', '320106'],
    ]);
    expect(found('重庆市忠县')).toEqual([
      ['重庆市', '500000'],
      ['忠县', '500233'],
    ]);
    expect(found('阳泉市城区')).toEqual([
      ['阳泉市', '140300'],
      ['城区', '140302'],
    ]);
    expect(found('良庆', '450100')).toEqual([['良庆', '450108']]);
    expect(found('北京朝阳')).toEqual([
      ['北京', '110000'],
      ['朝阳', '110105'],
    ]);
    // Alone, 朝阳 is the prefecture-level city: Beijing's district is written 朝阳区.
    expect(found('朝阳')).toEqual([['朝阳', '211300']]);
  });

  it('reads 600,000 characters in one pass', () => {
    const paragraph = '2023年，江苏省南京市鼓楼区、广西南宁市良庆区和陕西西安高新技术企业数量达到1729家，南宁市高新区增长百分之十二。';
    const text = paragraph.repeat(Math.ceil(600_000 / paragraph.length));
    const mentions = divisionsIn(text);
    expect(mentions).toHaveLength(8 * Math.ceil(600_000 / paragraph.length));
    expect(mentions.at(-1)).toMatchObject({ name: '西安', end: text.length - paragraph.length + paragraph.indexOf('高新技术') });
  });
});
