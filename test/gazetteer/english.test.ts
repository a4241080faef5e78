import { describe, expect, it } from 'vitest';
import { divisionOf, gazetteer } from '../../src/gazetteer/divisions.js';
import { englishOf, placePinyin } from '../../src/gazetteer/english.js';

const short = (code: string) => englishOf(divisionOf(code)!).short;
const full = (code: string) => englishOf(divisionOf(code)!).name;
/** The English short names of the divisions of a name, one for each. */
const shortOf = (name: string) => (gazetteer().byName.get(name) ?? []).map((d) => englishOf(d).short);

describe('English names', () => {
  it('pinyin as place names write it: capitalised, joined, an apostrophe before a, o, e', () => {
    expect(placePinyin(['xi', 'an'])).toBe("Xi'an");
    expect(placePinyin(['dong', 'e'])).toBe("Dong'e");
    expect(placePinyin(['ma', 'an', 'shan'])).toBe("Ma'anshan");
    expect(placePinyin(['xin', 'zhou'])).toBe('Xinzhou');
    expect(placePinyin(['an', 'kang'])).toBe('Ankang');
    expect(placePinyin(['lü', 'liang'])).toBe('Lüliang');
  });

  it('reads the place names pinyin-pro can read wrong as the places do', () => {
    const expected: Record<string, string> = {
      六安市: "Lu'an",
      西安市: "Xi'an",
      淮安市: "Huai'an",
      吉安市: "Ji'an",
      延安市: "Yan'an",
      蚌埠市: 'Bengbu',
      丽水市: 'Lishui',
      亳州市: 'Bozhou',
      长沙市: 'Changsha',
      重庆市: 'Chongqing',
      厦门市: 'Xiamen',
      乐山市: 'Leshan',
      番禺区: 'Panyu',
      洪洞县: 'Hongtong',
      莘县: 'Shenxian',
      铅山县: 'Yanshan',
      涡阳县: 'Guoyang',
      单县: 'Shanxian',
      大冶市: 'Daye',
      百色市: 'Baise',
      东阿县: "Dong'e",
      乐亭县: 'Laoting',
      乐清市: 'Yueqing',
      民乐县: 'Minle',
      六合区: 'Luhe',
      黄陂区: 'Huangpi',
      闵行区: 'Minhang',
      歙县: 'Shexian',
      浚县: 'Xunxian',
      花都区: 'Huadu',
      都江堰市: 'Dujiangyan',
      什邡市: 'Shifang',
      长子县: 'Zhangzi',
      吕梁市: 'Lüliang',
    };
    for (const [name, english] of Object.entries(expected)) expect(shortOf(name), name).toEqual([english]);
  });

  it('gives the names governments use in English', () => {
    const expected: Record<string, string> = {
      陕西省: 'Shaanxi',
      山西省: 'Shanxi',
      内蒙古自治区: 'Inner Mongolia',
      西藏自治区: 'Xizang',
      香港特别行政区: 'Hong Kong',
      澳门特别行政区: 'Macao',
      台湾省: 'Taiwan',
      呼和浩特市: 'Hohhot',
      乌鲁木齐市: 'Urumqi',
      拉萨市: 'Lhasa',
      哈尔滨市: 'Harbin',
      喀什地区: 'Kashgar',
      日喀则市: 'Shigatse',
      鄂尔多斯市: 'Ordos',
      呼伦贝尔市: 'Hulunbuir',
      巴彦淖尔市: 'Bayannur',
      乌兰察布市: 'Ulanqab',
      锡林郭勒盟: 'Xilingol',
      阿拉善盟: 'Alxa',
      兴安盟: 'Hinggan',
      克拉玛依市: 'Karamay',
      吐鲁番市: 'Turpan',
      和田地区: 'Hotan',
      阿勒泰地区: 'Altay',
      伊犁哈萨克自治州: 'Ili',
      博尔塔拉蒙古自治州: 'Bortala',
      巴音郭楞蒙古自治州: 'Bayingolin',
      克孜勒苏柯尔克孜自治州: 'Kizilsu',
      阿克苏地区: 'Aksu',
      林芝市: 'Nyingchi',
      昌都市: 'Qamdo',
      那曲市: 'Nagqu',
      阿里地区: 'Ngari',
      山南市: 'Shannan',
      果洛藏族自治州: 'Golog',
      甘孜藏族自治州: 'Garze',
      阿坝藏族羌族自治州: 'Ngawa',
      迪庆藏族自治州: 'Diqing',
      湾仔区: 'Wan Chai',
    };
    for (const [name, english] of Object.entries(expected)) expect(shortOf(name), name).toEqual([english]);
    // 兴安盟 is Hinggan, but Guangxi's 兴安县 is read in pinyin.
    expect(shortOf('兴安县')).toEqual(["Xing'an"]);
    // Panzhihua's 东区 is no Hong Kong district.
    expect(short('510402')).toBe('Dongqu');
    expect(short('810003')).toBe('Eastern');
  });

  it('full names by level, with the peoples of an autonomous division', () => {
    expect(full('130000')).toBe('Hebei Province');
    expect(full('110000')).toBe('Beijing Municipality');
    expect(full('150000')).toBe('Inner Mongolia Autonomous Region');
    expect(full('450000')).toBe('Guangxi Zhuang Autonomous Region');
    expect(full('540000')).toBe('Xizang Autonomous Region');
    expect(full('640000')).toBe('Ningxia Hui Autonomous Region');
    expect(full('650000')).toBe('Xinjiang Uygur Autonomous Region');
    expect(full('810000')).toBe('Hong Kong Special Administrative Region');
    expect(full('450100')).toBe('Nanning');
    expect(full('653100')).toBe('Kashgar Prefecture');
    expect(full('152500')).toBe('Xilingol League');
    expect(full('222400')).toBe('Yanbian Korean Autonomous Prefecture');
    expect(full('513200')).toBe('Ngawa Tibetan and Qiang Autonomous Prefecture');
    expect(full('450108')).toBe('Liangqing District');
    expect(full('320322')).toBe('Peixian County');
    expect(full('320583')).toBe('Kunshan City');
    expect(full('150721')).toBe('Arong Banner');
    expect(full('500240')).toBe('Shizhu Tujia Autonomous County');
    expect(full('622927')).toBe('Jishishan Bonan, Dongxiang and Salar Autonomous County');
    expect(full('150723')).toBe('Oroqen Autonomous Banner');
    expect(full('150722')).toBe('Molidawa Daur Autonomous Banner');
    expect(full('429021')).toBe('Shennongjia Forestry District');
    expect(full('520203')).toBe('Liuzhi Special District');
    expect(full('310115')).toBe('Pudong New Area');
    expect(full('710000')).toBe('Taiwan Province');
  });

  it('every division has English names of letters alone, pinyin or the government’s own', () => {
    for (const d of gazetteer().divisions) {
      const { short, name } = englishOf(d);
      const letters = /^8[12]/u.test(d.code) ? /^[\p{L}][\p{L} ,'-]*$/u : /^[A-Z][A-Za-zü' ,-]*$/u;
      expect(short, d.name).toMatch(letters);
      expect(name, d.name).toMatch(letters);
      expect(name.startsWith(short), d.name).toBe(!/^(460323)$/u.test(d.code));
    }
  });
});
