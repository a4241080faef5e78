/**
 * China's 55 minority peoples, as the names of autonomous divisions write them (广西壮族自治区,
 * 阿坝藏族羌族自治州, 鄂伦春自治旗), with the English the governments give those divisions
 * (Guangxi Zhuang Autonomous Region, Xinjiang Uygur, Yanbian Korean). No package keeps this
 * table, so it is kept here by hand; it changes only when the state recognises another people.
 */
export const PEOPLES: ReadonlyMap<string, string> = new Map([
  ['壮', 'Zhuang'],
  ['满', 'Manchu'],
  ['回', 'Hui'],
  ['苗', 'Miao'],
  ['维吾尔', 'Uygur'],
  ['土家', 'Tujia'],
  ['彝', 'Yi'],
  ['蒙古', 'Mongolian'],
  ['藏', 'Tibetan'],
  ['布依', 'Bouyei'],
  ['侗', 'Dong'],
  ['瑶', 'Yao'],
  ['朝鲜', 'Korean'],
  ['白', 'Bai'],
  ['哈尼', 'Hani'],
  ['哈萨克', 'Kazak'],
  ['黎', 'Li'],
  ['傣', 'Dai'],
  ['畲', 'She'],
  ['傈僳', 'Lisu'],
  ['仡佬', 'Gelao'],
  ['东乡', 'Dongxiang'],
  ['高山', 'Gaoshan'],
  ['拉祜', 'Lahu'],
  ['水', 'Shui'],
  ['佤', 'Va'],
  ['纳西', 'Naxi'],
  ['羌', 'Qiang'],
  ['土', 'Tu'],
  ['仫佬', 'Mulao'],
  ['锡伯', 'Xibe'],
  ['柯尔克孜', 'Kirgiz'],
  ['达斡尔', 'Daur'],
  ['景颇', 'Jingpo'],
  ['毛南', 'Maonan'],
  ['撒拉', 'Salar'],
  ['布朗', 'Blang'],
  ['塔吉克', 'Tajik'],
  ['阿昌', 'Achang'],
  ['普米', 'Pumi'],
  ['鄂温克', 'Ewenki'],
  ['怒', 'Nu'],
  ['京', 'Gin'],
  ['基诺', 'Jino'],
  ['德昂', "De'ang"],
  ['保安', 'Bonan'],
  ['俄罗斯', 'Russian'],
  ['裕固', 'Yugur'],
  ['乌孜别克', 'Uzbek'],
  ['门巴', 'Monba'],
  ['鄂伦春', 'Oroqen'],
  ['独龙', 'Derung'],
  ['塔塔尔', 'Tatar'],
  ['赫哲', 'Hezhen'],
  ['珞巴', 'Lhoba'],
]);

const PEOPLE_NAMES = [...PEOPLES.keys()];

/** What a division autonomous for all the peoples living in it writes instead of their names (龙胜各族自治县). */
export const ALL_PEOPLES = '各族';

/**
 * The peoples an autonomous division's name lists before its level word, and the name before
 * them: 阿坝藏族羌族 → 阿坝, [藏, 羌]. A people may be written with 族 or without (博尔塔拉蒙古).
 * Where taking the peoples off would leave less than two characters the name is the people's
 * own (鄂伦春, 鄂温克族) or ends in one by chance (内蒙古): the rest is then the name itself,
 * with no peoples, unless what is left is nothing but a people's name.
 */
export function splitPeoples(stem: string): { place: string; peoples: string[] } {
  // 龙胜各族, 隆林各族: for all the peoples living there.
  if (stem.endsWith(ALL_PEOPLES) && stem.length > ALL_PEOPLES.length + 1)
    return { place: stem.slice(0, -ALL_PEOPLES.length), peoples: [ALL_PEOPLES] };
  const peoples: string[] = [];
  let place = stem;
  for (;;) {
    const people = PEOPLE_NAMES.find((p) => place.endsWith(`${p}族`) || place.endsWith(p));
    if (people === undefined) break;
    const rest = place.slice(0, place.length - people.length - (place.endsWith(`${people}族`) ? 1 : 0));
    if (rest.length < 2) {
      // 鄂伦春, 鄂温克族: the division is named for its people alone.
      if (rest === '' && peoples.length === 0) return { place: people, peoples: [people] };
      break;
    }
    peoples.unshift(people);
    place = rest;
  }
  return { place, peoples };
}
