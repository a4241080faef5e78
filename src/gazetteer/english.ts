import { pinyin } from 'pinyin-pro';
import type { Division } from './divisions.js';
import { ALL_PEOPLES, PEOPLES } from './peoples.js';

/** A division's English names: short (Nanning, Xi'an, Inner Mongolia) and full (Guangxi Zhuang Autonomous Region). */
export interface EnglishName {
  readonly short: string;
  readonly name: string;
}

/**
 * Names whose governments give them in English otherwise than in pinyin: Shaanxi, spelt so
 * beside Shanxi; the names of Mongolian, Uygur and Tibetan places, from their own languages;
 * Hong Kong, Macao and Taiwan. Keyed by the short name (which every division of that short name
 * takes: 和田地区, 和田市 and 和田县 are all Hotan), or by the full name where another division of
 * the short name is read in pinyin (兴安盟 is Hinggan, 兴安县 in Guangxi Xing'an).
 */
export const OFFICIAL: ReadonlyMap<string, string> = new Map([
  ['陕西', 'Shaanxi'],
  ['内蒙古', 'Inner Mongolia'],
  ['西藏', 'Xizang'],
  ['香港', 'Hong Kong'],
  ['澳门', 'Macao'],
  ['台湾', 'Taiwan'],
  // Inner Mongolia
  ['呼和浩特', 'Hohhot'],
  ['鄂尔多斯', 'Ordos'],
  ['呼伦贝尔', 'Hulunbuir'],
  ['巴彦淖尔', 'Bayannur'],
  ['乌兰察布', 'Ulanqab'],
  ['锡林郭勒', 'Xilingol'],
  ['阿拉善', 'Alxa'],
  ['兴安盟', 'Hinggan'],
  ['二连浩特', 'Erenhot'],
  ['锡林浩特', 'Xilinhot'],
  ['乌兰浩特', 'Ulanhot'],
  ['阿尔山', 'Arxan'],
  ['霍林郭勒', 'Holingol'],
  ['额尔古纳', 'Ergun'],
  // Heilongjiang
  ['哈尔滨', 'Harbin'],
  ['齐齐哈尔', 'Qiqihar'],
  // Xinjiang
  ['乌鲁木齐', 'Urumqi'],
  ['克拉玛依', 'Karamay'],
  ['吐鲁番', 'Turpan'],
  ['喀什', 'Kashgar'],
  ['和田', 'Hotan'],
  ['阿勒泰', 'Altay'],
  ['伊犁', 'Ili'],
  ['博尔塔拉', 'Bortala'],
  ['巴音郭楞', 'Bayingolin'],
  ['克孜勒苏', 'Kizilsu'],
  ['阿克苏', 'Aksu'],
  ['库尔勒', 'Korla'],
  ['阿图什', 'Artux'],
  ['霍尔果斯', 'Khorgos'],
  // Xizang
  ['拉萨', 'Lhasa'],
  ['日喀则', 'Shigatse'],
  ['林芝', 'Nyingchi'],
  ['昌都', 'Qamdo'],
  ['那曲', 'Nagqu'],
  ['阿里', 'Ngari'],
  // Qinghai and Sichuan
  ['果洛', 'Golog'],
  ['甘孜', 'Garze'],
  ['阿坝', 'Ngawa'],
]);

/**
 * Names pinyin-pro reads wrong: characters read otherwise in these place names (乐亭 Laoting,
 * 六合 Luhe, 黄陂 Huangpi), found by reading every division's name with it and checking each
 * name of a character it gives more than one reading. Keyed as OFFICIAL is.
 */
const READINGS: ReadonlyMap<string, string> = new Map([
  ['乐亭', 'Laoting'],
  ['乐清', 'Yueqing'],
  ['民乐', 'Minle'],
  ['洪洞', 'Hongtong'],
  ['蚌山', 'Bengshan'],
  ['涡阳', 'Guoyang'],
  ['歙县', 'Shexian'],
  ['单县', 'Shanxian'],
  ['浚县', 'Xunxian'],
  ['蔚县', 'Yuxian'],
  ['泌阳', 'Biyang'],
  ['六合', 'Luhe'],
  ['筠连', 'Junlian'],
  ['黄陂', 'Huangpi'],
  ['牟定', 'Mouding'],
  ['繁峙', 'Fanshi'],
  ['尉犁', 'Yuli'],
  ['万柏林', 'Wanbailin'],
  ['闵行', 'Minhang'],
  ['召陵', 'Shaoling'],
  ['大城', 'Dacheng'],
  ['大埔', 'Dabu'],
]);

/** Characters every place name reads one way, where pinyin-pro reads another: 花都 Huadu, 什邡 Shifang. */
const CHARACTER_READINGS: ReadonlyMap<string, string> = new Map([
  ['都', 'du'],
  ['什', 'shi'],
]);

/**
 * Divisions named in other languages than Mandarin, whole: Hong Kong's districts by their
 * government's English, Macao's parishes by their Portuguese, and the Xisha, Nansha and
 * Zhongsha islands, whose names have no level word. Keyed by code (Panzhihua has an 东区 too):
 * [short, full].
 */
const WHOLE_NAMES: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['810001', ['Central and Western', 'Central and Western District']],
  ['810002', ['Wan Chai', 'Wan Chai District']],
  ['810003', ['Eastern', 'Eastern District']],
  ['810004', ['Southern', 'Southern District']],
  ['810005', ['Yau Tsim Mong', 'Yau Tsim Mong District']],
  ['810006', ['Sham Shui Po', 'Sham Shui Po District']],
  ['810007', ['Kowloon City', 'Kowloon City District']],
  ['810008', ['Wong Tai Sin', 'Wong Tai Sin District']],
  ['810009', ['Kwun Tong', 'Kwun Tong District']],
  ['810010', ['Tsuen Wan', 'Tsuen Wan District']],
  ['810011', ['Tuen Mun', 'Tuen Mun District']],
  ['810012', ['Yuen Long', 'Yuen Long District']],
  ['810013', ['North', 'North District']],
  ['810014', ['Tai Po', 'Tai Po District']],
  ['810015', ['Sai Kung', 'Sai Kung District']],
  ['810016', ['Sha Tin', 'Sha Tin District']],
  ['810017', ['Kwai Tsing', 'Kwai Tsing District']],
  ['810018', ['Islands', 'Islands District']],
  ['820001', ['Nossa Senhora de Fátima', 'Nossa Senhora de Fátima Parish']],
  ['820002', ['Santo António', 'Santo António Parish']],
  ['820003', ['São Lázaro', 'São Lázaro Parish']],
  ['820004', ['Sé', 'Sé Parish']],
  ['820005', ['São Lourenço', 'São Lourenço Parish']],
  ['820006', ['Nossa Senhora do Carmo', 'Nossa Senhora do Carmo Parish']],
  ['820007', ['Cotai', 'Cotai']],
  ['820008', ['São Francisco Xavier', 'São Francisco Xavier Parish']],
  ['460321', ['Xisha Islands', 'Xisha Islands']],
  ['460322', ['Nansha Islands', 'Nansha Islands']],
  ['460323', ['Zhongsha Islands', 'Islands, Reefs and Waters of the Zhongsha Islands']],
]);

/** Other English names a reader may meet for a division, by short name: Tibet for Xizang. */
export const ENGLISH_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['西藏', ['Tibet']],
  ['澳门', ['Macau']],
]);

/** The English of a level word, after the short name: Hebei Province, Yanbian Korean Autonomous Prefecture. */
const LEVEL_ENGLISH: Readonly<Record<string, string>> = {
  省: 'Province',
  自治区: 'Autonomous Region',
  特别行政区: 'Special Administrative Region',
  自治州: 'Autonomous Prefecture',
  地区: 'Prefecture',
  盟: 'League',
  自治县: 'Autonomous County',
  自治旗: 'Autonomous Banner',
  县: 'County',
  旗: 'Banner',
  区: 'District',
  新区: 'New Area',
  矿区: 'Mining District',
  林区: 'Forestry District',
  特区: 'Special District',
  市: 'City',
};

/** The English of a division's level: Province, Municipality, Autonomous Prefecture, City, County. */
export function levelEnglish(division: Division): string {
  return division.level === 'municipality' ? 'Municipality' : (LEVEL_ENGLISH[division.levelWord] ?? 'Unit');
}

/**
 * Pinyin as place names write it: capitalised, the syllables joined, an apostrophe before a
 * syllable that begins with a, o or e (西安 Xi'an, 东阿 Dong'e), ü kept (吕梁 Lüliang).
 */
export function placePinyin(syllables: readonly string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/u.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The syllables of a name, read in the context of the whole name (六安市 lu an). */
function syllablesOf(name: string): string[] {
  const read = pinyin(name, { toneType: 'none', type: 'array' });
  return [...name].map((char, i) => CHARACTER_READINGS.get(char) ?? read[i] ?? char);
}

/** A list of peoples in English: Tibetan, Tibetan and Qiang, Bonan, Dongxiang and Salar. */
function peoplesEnglish(peoples: readonly string[]): string {
  const names = peoples.map((p) => (p === ALL_PEOPLES ? 'Various Nationalities' : PEOPLES.get(p)!));
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** The short English name: the official one, else the pinyin of the short name. */
function shortEnglish(division: Division): string {
  const { name, short } = division;
  const known = OFFICIAL.get(name) ?? READINGS.get(name) ?? OFFICIAL.get(short) ?? READINGS.get(short);
  if (known !== undefined) return known;
  // A division named for its people alone is called by the people's English: Oroqen, Dongxiang.
  if (division.peoples.length === 1 && short === division.peoples[0]) return PEOPLES.get(short)!;
  return placePinyin(syllablesOf(name).slice(0, [...short].length));
}

const cache = new WeakMap<Division, EnglishName>();

/**
 * A division's English names. The short one: Nanning, Xi'an, Shaanxi. The full one: a province
 * Hebei Province; a municipality Beijing Municipality; an autonomous region with its people
 * (Guangxi Zhuang Autonomous Region); a prefecture-level city its short name (Nanning); a
 * county-level city X City; a 地区 X Prefecture, a 盟 X League, an autonomous prefecture, county
 * or banner with its peoples (Yanbian Korean Autonomous Prefecture); a district, county or
 * banner X District, X County, X Banner. A county named by one character and its level word is
 * called by both (单县 Shanxian, Shanxian County), as its government does.
 */
export function englishOf(division: Division): EnglishName {
  let english = cache.get(division);
  if (english === undefined) {
    english = made(division);
    cache.set(division, english);
  }
  return english;
}

function made(division: Division): EnglishName {
  const whole = WHOLE_NAMES.get(division.code);
  if (whole) return { short: whole[0], name: whole[1] };
  const short = shortEnglish(division);
  const { level, peoples, tier } = division;
  if (level === 'municipality') return { short, name: `${short} Municipality` };
  if (level === 'city' && tier === 'prefecture') return { short, name: short };
  // Oroqen Autonomous Banner, not Oroqen Oroqen Autonomous Banner.
  const own = peoples.length === 1 && division.short === peoples[0];
  const people = peoples.length > 0 && !own ? ` ${peoplesEnglish(peoples)}` : '';
  return { short, name: `${short}${people} ${levelEnglish(division)}` };
}
