import { describe, expect, it } from 'vitest';
import { nameParts } from '../../src/gazetteer/names.js';
import { PEOPLES, splitPeoples } from '../../src/gazetteer/peoples.js';

describe('a division name, read', () => {
  it('short names less the level word and its peoples', () => {
    const cases: [string, 'province' | 'prefecture' | 'county', string, string, string[]][] = [
      ['陕西省', 'province', '610000', '陕西', []],
      ['北京市', 'province', '110000', '北京', []],
      ['广西壮族自治区', 'province', '450000', '广西', ['壮']],
      ['内蒙古自治区', 'province', '150000', '内蒙古', []],
      ['新疆维吾尔自治区', 'province', '650000', '新疆', ['维吾尔']],
      ['宁夏回族自治区', 'province', '640000', '宁夏', ['回']],
      ['香港特别行政区', 'province', '810000', '香港', []],
      ['延边朝鲜族自治州', 'prefecture', '222400', '延边', ['朝鲜']],
      ['阿坝藏族羌族自治州', 'prefecture', '513200', '阿坝', ['藏', '羌']],
      ['博尔塔拉蒙古自治州', 'prefecture', '652700', '博尔塔拉', ['蒙古']],
      ['大兴安岭地区', 'prefecture', '232700', '大兴安岭', []],
      ['锡林郭勒盟', 'prefecture', '152500', '锡林郭勒', []],
      ['石柱土家族自治县', 'county', '500240', '石柱', ['土家']],
      ['互助土族自治县', 'county', '630223', '互助', ['土']],
      ['积石山保安族东乡族撒拉族自治县', 'county', '622927', '积石山', ['保安', '东乡', '撒拉']],
      ['鄂伦春自治旗', 'county', '150723', '鄂伦春', ['鄂伦春']],
      ['鄂温克族自治旗', 'county', '150724', '鄂温克', ['鄂温克']],
      ['东乡族自治县', 'county', '622926', '东乡', ['东乡']],
      ['莫力达瓦达斡尔族自治旗', 'county', '150722', '莫力达瓦', ['达斡尔']],
      ['融水苗族自治县', 'county', '450225', '融水', ['苗']],
      ['龙胜各族自治县', 'county', '450328', '龙胜', ['各族']],
      ['管城回族区', 'county', '410104', '管城', ['回']],
      ['回民区', 'county', '150103', '回民', []],
      // Names that end in a people's name by chance, with no 族 and no 自治: 白, 东乡, 水.
      ['正镶白旗', 'county', '152529', '正镶白', []],
      ['东乡区', 'county', '361003', '东乡', []],
      ['六盘水市', 'prefecture', '520200', '六盘水', []],
      ['神农架林区', 'county', '429021', '神农架', []],
      ['六枝特区', 'county', '520203', '六枝', []],
      ['浦东新区', 'county', '310115', '浦东', []],
      ['清新区', 'county', '441803', '清新', []],
      ['井陉矿区', 'county', '130107', '井陉', []],
      ['碑林区', 'county', '610103', '碑林', []],
      ['万柏林区', 'county', '140109', '万柏林', []],
      ['洞头区', 'county', '330305', '洞头', []],
      ['达尔罕茂明安联合旗', 'county', '150223', '达尔罕茂明安联合', []],
      // One character is no short name: it would be found in every text.
      ['忠县', 'county', '500233', '忠县', []],
      ['城区', 'county', '140302', '城区', []],
      ['矿区', 'county', '140303', '矿区', []],
      ['西沙群岛', 'county', '460321', '西沙群岛', []],
    ];
    for (const [name, tier, code, short, peoples] of cases) {
      expect(nameParts(name, tier, code), name).toMatchObject({ short, peoples });
    }
  });

  it('levels by tier and level word', () => {
    const cases: [string, 'province' | 'prefecture' | 'county', string, string][] = [
      ['河北省', 'province', '130000', 'province'],
      ['西藏自治区', 'province', '540000', 'autonomous-region'],
      ['重庆市', 'province', '500000', 'municipality'],
      ['澳门特别行政区', 'province', '820000', 'special-administrative-region'],
      ['南宁市', 'prefecture', '450100', 'city'],
      ['阿里地区', 'prefecture', '542500', 'prefecture'],
      ['兴安盟', 'prefecture', '152200', 'prefecture'],
      ['甘孜藏族自治州', 'prefecture', '513300', 'prefecture'],
      ['昆山市', 'county', '320583', 'city'],
      ['良庆区', 'county', '450108', 'district'],
      ['沛县', 'county', '320322', 'county'],
      ['阿荣旗', 'county', '150721', 'county'],
      ['鄂伦春自治旗', 'county', '150723', 'county'],
      ['石林彝族自治县', 'county', '530126', 'county'],
      ['神农架林区', 'county', '429021', 'county'],
      ['六枝特区', 'county', '520203', 'county'],
      // A district whose name ends in 林, not a forestry district: districts are numbered 01–20 and 51–70.
      ['碑林区', 'county', '610103', 'district'],
      ['金林区', 'county', '230751', 'district'],
      ['西沙群岛', 'county', '460321', 'county'],
    ];
    for (const [name, tier, code, level] of cases) expect(nameParts(name, tier, code).level, name).toBe(level);
  });
});

describe('peoples', () => {
  it('are the 55, each with its own English', () => {
    expect(PEOPLES.size).toBe(55);
    expect(new Set(PEOPLES.values()).size).toBe(55);
    for (const [zh, en] of PEOPLES) {
      expect(zh).toMatch(/^\p{Script=Han}+$/u);
      expect(zh.endsWith('族')).toBe(false);
      expect(en).toMatch(/^[A-Z][a-z']+$/u);
    }
  });

  it('are taken off the end of a name, the longest first, never leaving one character', () => {
    expect(splitPeoples('石柱土家族')).toEqual({ place: '石柱', peoples: ['土家'] });
    expect(splitPeoples('彭水苗族土家族')).toEqual({ place: '彭水', peoples: ['苗', '土家'] });
    expect(splitPeoples('双江拉祜族佤族布朗族傣族')).toEqual({ place: '双江', peoples: ['拉祜', '佤', '布朗', '傣'] });
    // 融水 ends in 水, a people's name, but 融 alone is no place.
    expect(splitPeoples('融水苗族')).toEqual({ place: '融水', peoples: ['苗'] });
    expect(splitPeoples('内蒙古')).toEqual({ place: '内蒙古', peoples: [] });
    expect(splitPeoples('鄂伦春')).toEqual({ place: '鄂伦春', peoples: ['鄂伦春'] });
    expect(splitPeoples('隆林各族')).toEqual({ place: '隆林', peoples: ['各族'] });
  });
});
