import { asWritten, lineOf, type Line } from './written.js';

/**
 * The name of a place a title, a line or a publisher starts with, as it is written: the run of
 * divisions' names (河北省, 江苏省苏州市, 内蒙古自治区) before the rest (人民政府, 科学技术局,
 * 政府工作报告). It is a name, not yet a place: a gazetteer tells which division it names.
 * A development zone (国家高新区, 苏州工业园区) or a group of places (东部地区, 全市) is no
 * division, and a level word alone (市人民政府, 自治区主席) names none.
 */

/** A division's level word, and how long the name before it may be (沛县 has one character; 双江拉祜族佤族布朗族傣族自治县, eleven). */
const LEVELS: readonly [string, number, number][] = [
  ['特别行政区', 2, 2],
  ['自治区', 2, 5],
  ['自治州', 2, 9],
  ['自治县', 2, 11],
  ['自治旗', 2, 8],
  ['地区', 2, 6],
  ['省', 2, 3],
  ['市', 2, 5],
  ['盟', 2, 4],
  ['县', 1, 5],
  ['区', 2, 5],
  ['旗', 2, 8],
];
const MAX_NAME = Math.max(...LEVELS.map(([, , max]) => max));
/** Names that end in a level word and are no division: zones, areas, and words for "the whole", "this", "every". */
const NOT_DIVISION =
  /(?:开发区|高新区|经开区|新区|园区|保税区|示范区|试验区|实验区|自贸区|贸易区|片区|合作区|功能区|集聚区|核心区|先导区|创新区|综试区|综保区|景区|社区|校区|湾区|街区|辖区|港区|工业区|产业区|特区)$/u;
const NOT_A_NAME =
  /^(?:全|本|我|该|各|此|每|同|城|郊|辖|山|矿|林|牧|老|省|市|县|区|自治|东|西|南|北|中|东部|西部|南部|北部|中部|东北|西北|西南|东南|华东|华北|华南|华中|沿海|沿边|边疆|民族|少数民族|贫困|欠发达|发达|重点|周边|其他|有关|相关|部分|城乡|农村|偏远|革命老|长三角|珠三角|京津冀)$/u;
/** Words of an organ's name or of a sentence, which a division's name never holds. */
const NOT_IN_A_NAME = /关于|人民|政府|代表|会议|科学|技术|科技|工作|报告|印发|发展|规划|方案|[局厅委府办届第]/u;

/** The place name `text` starts with, or undefined when it starts with none. */
export function placeNameAt(text: string | Line): string | undefined {
  const line = typeof text === 'string' ? lineOf(text) : text;
  let end = 0;
  for (let segments = 0; segments < 4; segments++) {
    const next = divisionAt(line.simple, end);
    if (next === undefined) break;
    end = next;
  }
  return end === 0 ? undefined : asWritten(line, 0, end);
}

/**
 * Where the name of one division that starts at `from` ends: its shortest name that is one
 * (沙市区 is not 沙市 and 区), else undefined.
 */
function divisionAt(text: string, from: number): number | undefined {
  for (let length = 1; length <= MAX_NAME && /\p{Script=Han}/u.test(text[from + length - 1] ?? ''); length++) {
    for (const [word] of LEVELS) {
      if (!text.startsWith(word, from + length)) continue;
      const whole = text.slice(from, from + length + word.length);
      // The level is the longest the name ends with: 东部地区 is 东部 and 地区, and no 东部地 of level 区.
      const [level, min, max] = LEVELS.find(([w]) => whole.endsWith(w))!;
      const name = whole.slice(0, -level.length);
      if (name.length < min || name.length > max || NOT_A_NAME.test(name) || NOT_IN_A_NAME.test(name) || NOT_DIVISION.test(whole)) continue;
      return from + whole.length;
    }
  }
  return undefined;
}
