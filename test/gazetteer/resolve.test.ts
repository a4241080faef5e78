import { describe, expect, it } from 'vitest';
import { resolveDivision } from '../../src/gazetteer/resolve.js';

const codes = (name: string, within?: string) => resolveDivision(name, within).map((d) => d.code);

describe('resolveDivision', () => {
  it('a full name or a short name to its division', () => {
    expect(codes('陕西省')).toEqual(['610000']);
    expect(codes('陕西')).toEqual(['610000']);
    expect(codes('苏州市')).toEqual(['320500']);
    expect(codes('苏州')).toEqual(['320500']);
    expect(codes('洞头区')).toEqual(['330305']);
    expect(codes('南宁市')).toEqual(['450100']);
    expect(codes('良庆')).toEqual(['450108']);
    expect(codes(' 南宁市 ')).toEqual(['450100']);
    // 乾, which folding to simplified makes 干.
    expect(codes('乾县')).toEqual(['610424']);
    expect(codes('松原市乾安县')).toEqual(['220723']);
  });

  it('traditional script as simplified', () => {
    expect(codes('陝西省')).toEqual(['610000']);
    expect(codes('廣西壯族自治區')).toEqual(['450000']);
    expect(codes('南寧市良慶區')).toEqual(['450108']);
  });

  it('a shared name to every division of it, higher ones first, so that the caller can ask', () => {
    expect(codes('鼓楼区')).toEqual(['320106', '320302', '350102', '410204']);
    expect(codes('朝阳区')).toEqual(['110105', '220104']);
    expect(codes('吉林')).toEqual(['220000', '220200']);
    expect(codes('海南')).toEqual(['460000', '632500']);
  });

  it('a shared name to one division where the names before it tell which', () => {
    expect(codes('南京市鼓楼区')).toEqual(['320106']);
    expect(codes('江苏省南京市鼓楼区')).toEqual(['320106']);
    expect(codes('南京鼓楼区')).toEqual(['320106']);
    expect(codes('南京鼓楼')).toEqual(['320106']);
    expect(codes('福建省福州市鼓楼区')).toEqual(['350102']);
    // Jiangsu has two.
    expect(codes('江苏鼓楼区')).toEqual(['320106', '320302']);
    expect(codes('北京朝阳')).toEqual(['110105']);
    expect(codes('吉林长春')).toEqual(['220100']);
    // 济南 and its 市中区, not 济南市 and 中区; 青岛 and its 市北区, not 青岛市 and Hong Kong's 北区.
    expect(codes('济南市中区')).toEqual(['370103']);
    expect(codes('青岛市北区')).toEqual(['370203']);
  });

  it('a shared name to one division within a known one', () => {
    expect(codes('鼓楼区', '350100')).toEqual(['350102']);
    expect(codes('朝阳区', '110000')).toEqual(['110105']);
    expect(codes('朝阳', '110000')).toEqual(['110105']);
    // A division it is not within does not narrow it.
    expect(codes('鼓楼区', '450000')).toEqual(['320106', '320302', '350102', '410204']);
  });

  it('a short name shared by a county-level division and a higher one to the higher one', () => {
    // Liaoyuan's and Mudanjiang's 西安区 are written with their 区.
    expect(codes('西安')).toEqual(['610100']);
    expect(codes('西安区')).toEqual(['220403', '231005']);
    expect(codes('朝阳')).toEqual(['211300']);
  });

  it('no division for a development zone, a group of places, or names that are not one place’s', () => {
    for (const name of [
      '南宁市高新区',
      '南宁高新区',
      '国家高新区',
      '高新区',
      '经济技术开发区',
      '自贸区',
      '苏州工业园区',
      '北京上海',
      '南京苏州',
      '',
    ]) {
      expect(codes(name), name).toEqual([]);
    }
    // The statistical codes' zones are none either.
    expect(codes('石家庄高新技术产业开发区')).toEqual([]);
  });

  it('a full name whose short name would be one character', () => {
    expect(codes('忠县')).toEqual(['500233']);
    expect(codes('重庆市忠县')).toEqual(['500233']);
    expect(codes('城区')).toEqual(['140302', '140502', '441502']);
    expect(codes('阳泉市城区')).toEqual(['140302']);
    expect(codes('忠')).toEqual([]);
  });
});
