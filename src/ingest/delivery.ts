import { datesIn } from './dates.js';
import { placeNameAt } from './places.js';
import { asWritten, lineOf, type Line } from './written.js';

/**
 * What a government work report says of itself under its title: the line that says when and
 * to which people's congress it was delivered (——2025年1月14日在河北省第十四届人民代表大会
 * 第三次会议上, in parentheses at times, on the title's line at times, or broken over two
 * lines), and its speaker, who heads the government that reports (河北省省长 张某某, 省长
 * 张某某, 自治区主席 张某某).
 */

export interface Delivery {
  /** The day it was delivered, YYYY-MM-DD (YYYY-MM where the line gives no day). */
  readonly date: string;
  /** The place whose congress heard it, as written (河北省), when the line names it: 省十四届人大 names none. */
  readonly place?: string;
  /** The index of the line it was read from (of a line broken in two, the first). */
  readonly index: number;
  /** What stands before it on its line: a title (政府工作报告——2025年…), or nothing. */
  readonly before: string;
  /** What stands after it on its line: the speaker, at times. */
  readonly after: string;
}

export interface Speaker {
  /** The government the speaker heads, as its place and 人民政府 (河北省人民政府); undefined where no place is named. */
  readonly government?: string;
}

/** The session: 人民代表大会 or 人大, and its session's number, ending 会议上. */
const SESSION = /(?:人民代表大会|人大)[^。，；]{0,16}?会议上\s*[)）]?/u;
/** Before the date: the line's start, a dash or a parenthesis (a title may come first). */
const OPENING = /(?:^|——?|—|－+|-{1,3}|–+|[（(]|\s)\s*$/u;

/** The delivery line among the first lines of a text, if it has one. */
export function deliveryIn(lines: readonly Line[]): Delivery | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.simple.length > 120 || !line.simple.includes('在')) continue;
    // A line broken inside the congress's name goes on in the next: ——2025年1月14日在北京市第十六届 / 人民代表大会第三次会议上.
    const joined = SESSION.test(line.simple) || i + 1 >= lines.length ? line : joinLines(line, lines[i + 1]!);
    const found = deliveryOn(joined);
    if (found) return { ...found, index: i };
  }
  return undefined;
}

function joinLines(a: Line, b: Line): Line {
  return { written: a.written + b.written, simple: a.simple + b.simple };
}

function deliveryOn(line: Line): Omit<Delivery, 'index'> | undefined {
  const session = SESSION.exec(line.simple);
  if (!session) return undefined;
  for (const date of datesIn(line.simple)) {
    const at = /^\s*在/u.exec(line.simple.slice(date.end));
    if (!at) continue;
    const before = line.simple.slice(0, date.start);
    if (!OPENING.test(before) || /[。，；]/u.test(before)) continue;
    // What follows on the line is a speaker or nothing: a sentence goes on (…会议上，省长作了报告) in a news report.
    if (/[，。；,]/u.test(line.simple.slice(session.index + session[0].length))) continue;
    const congress = line.simple.slice(date.end + at[0].length, session.index);
    const place = placeNameAt({ written: asWritten(line, date.end + at[0].length, session.index), simple: congress });
    return {
      date: date.value,
      ...(place === undefined ? {} : { place }),
      before: asWritten(line, 0, date.start).replace(/[—－–\-（(\s]+$/u, ''),
      after: asWritten(line, session.index + session[0].length, line.simple.length),
    };
  }
  return undefined;
}

/** The head of a government, by the level of the place it governs. */
const OFFICE =
  /^(?<place>\p{Script=Han}*?)代?(?<office>省长|市长|主席|区长|县长|州长|盟长|旗长)[\s·]*(?<name>\p{Script=Han}[\p{Script=Han}·•\s]{0,12})$/u;
/** An office's place given as its level alone: 省长, 自治区主席. */
const LEVEL_ALONE = /^(?:省|市|自治区|自治州|自治县|区|县|州|盟|旗)?$/u;

/**
 * The speaker's line (河北省省长 张某某, 北京市代市长 张某, 自治区主席 张某某), and the
 * government the speaker heads: the place the office names with 人民政府, or where the office
 * names its level alone, the place of the congress the report was delivered to.
 */
export function speakerOf(text: string | Line, congress: string | undefined): Speaker | undefined {
  const line = typeof text === 'string' ? lineOf(text) : text;
  const m = OFFICE.exec(line.simple);
  if (!m) return undefined;
  const prefix = m.groups!.place!;
  const place = placeNameAt({ written: asWritten(line, 0, prefix.length), simple: prefix });
  if (place !== undefined && place.length === prefix.length) return { government: `${place}人民政府` };
  if (LEVEL_ALONE.test(prefix)) return congress === undefined ? {} : { government: `${congress}人民政府` };
  return undefined;
}

/** The government a report's opening names: 我代表河北省人民政府 (or 我代表省人民政府: the congress's place). */
export function governmentIn(text: string | Line, congress: string | undefined): string | undefined {
  const line = typeof text === 'string' ? lineOf(text) : text;
  const m = /我代表(\p{Script=Han}{0,12}?)人民政府/u.exec(line.simple);
  if (!m) return undefined;
  const start = m.index + '我代表'.length;
  const named = { written: asWritten(line, start, start + m[1]!.length), simple: m[1]! };
  const place = placeNameAt(named);
  if (place !== undefined && place.length === named.simple.length) return `${place}人民政府`;
  return LEVEL_ALONE.test(m[1]!) && congress !== undefined ? `${congress}人民政府` : undefined;
}
