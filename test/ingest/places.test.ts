import { describe, expect, it } from 'vitest';
import { placeNameAt } from '../../src/ingest/places.js';

describe('the place name a title, a line or a publisher starts with', () => {
  it('is the run of divisions before the rest of the name', () => {
    expect(placeNameAt('河北省人民政府')).toBe('河北省');
    expect(placeNameAt('河北省省长 张某某')).toBe('河北省');
    expect(placeNameAt('北京市人民政府')).toBe('北京市');
    expect(placeNameAt('北京市市长李某某')).toBe('北京市');
    expect(placeNameAt('苏州市科学技术局')).toBe('苏州市');
    expect(placeNameAt('江苏省苏州市科学技术局')).toBe('江苏省苏州市');
    expect(placeNameAt('南宁市良庆区:用好科技创新“法宝”')).toBe('南宁市良庆区');
    expect(placeNameAt('苏州市科学技术局关于印发苏州市科技创新行动方案的通知')).toBe('苏州市');
  });

  it('knows the autonomous regions, prefectures and banners, and the names one character long', () => {
    expect(placeNameAt('内蒙古自治区人民政府')).toBe('内蒙古自治区');
    expect(placeNameAt('新疆维吾尔自治区主席')).toBe('新疆维吾尔自治区');
    expect(placeNameAt('广西壮族自治区科学技术厅')).toBe('广西壮族自治区');
    expect(placeNameAt('延边朝鲜族自治州人民政府')).toBe('延边朝鲜族自治州');
    expect(placeNameAt('香港特别行政区政府')).toBe('香港特别行政区');
    expect(placeNameAt('阿拉善盟行政公署')).toBe('阿拉善盟');
    expect(placeNameAt('大兴安岭地区行政公署')).toBe('大兴安岭地区');
    expect(placeNameAt('沛县人民政府')).toBe('沛县');
    // 沙市区 is a district of Jingzhou, not 沙市 and 区.
    expect(placeNameAt('荆州市沙市区人民政府')).toBe('荆州市沙市区');
  });

  it('gives the name as the text writes it, in traditional script too', () => {
    expect(placeNameAt('廣西壯族自治區科學技術廳')).toBe('廣西壯族自治區');
    expect(placeNameAt('南寧市良慶區:用好科技創新')).toBe('南寧市良慶區');
  });

  it('is no name where a level word stands alone, and never a development zone or a group of places', () => {
    expect(placeNameAt('市人民政府')).toBeUndefined();
    expect(placeNameAt('自治区人民政府')).toBeUndefined();
    expect(placeNameAt('自治區科技廳關于對自治區政協')).toBeUndefined();
    expect(placeNameAt('省长 张某某')).toBeUndefined();
    expect(placeNameAt('国家高新区')).toBeUndefined();
    expect(placeNameAt('南宁高新区管委会')).toBeUndefined();
    expect(placeNameAt('苏州工业园区')).toBeUndefined();
    expect(placeNameAt('经开区管委会')).toBeUndefined();
    expect(placeNameAt('雄安新区')).toBeUndefined();
    expect(placeNameAt('东部地区')).toBeUndefined();
    expect(placeNameAt('全市科技工作会议')).toBeUndefined();
    expect(placeNameAt('河北日报')).toBeUndefined();
    expect(placeNameAt('政府工作报告')).toBeUndefined();
    // An organ's name ends the run, though a division's name follows it.
    expect(placeNameAt('南京市科技局江宁区分局')).toBe('南京市');
    // A division's zone leaves the division: 苏州市 of 苏州市工业园区.
    expect(placeNameAt('苏州市工业园区管委会')).toBe('苏州市');
  });
});
