import { isWithin, type Division } from './divisions.js';
import { nameIndex, type NameHit } from './nameIndex.js';
import { above, isBelow, rankedHits } from './resolve.js';

/** A division's name found in a text. */
export interface DivisionMention {
  /** UTF-16 offsets of the name in the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The name as the text writes it. */
  readonly name: string;
  /** What it stands for, best first: one division, or several when the name is shared and nothing in the text tells which (ask). */
  readonly divisions: readonly Division[];
}

/**
 * What follows a name that makes it part of a development zone's or a park's name (南宁市高新区,
 * 苏州工业园区, 西安高新技术产业开发区): a zone is no division, and its figures are not the city's.
 * 西安高新技术企业 are Xi'an's high-tech enterprises: 高新 alone begins no zone.
 */
const ZONE =
  /^(?:国家级)?(?:高新区|高新技术产业(?:开发区|园)|高新技术开发区|高新园|经开区|经济技术开发区|经济开发区|开发区|工业园|产业园|科技园|园区|新区|自贸区|自贸试验区|自贸港|自由贸易(?:试验区|港|区)|保税区|保税港|综合保税区|综保区|示范区|试验区|实验区|科技城|科学城)/u;

/**
 * What follows a short name that makes it part of another name: another place's (海南州, said of
 * 海南藏族自治州), a town's or a road's (中山路); unless it begins the name of a division below.
 */
const OTHER_NAME = /^[省市县州盟旗镇乡村路街]/u;

/**
 * Short names of prefecture-level cities that are also words, and what follows them where they
 * are the word: 长治久安 (lasting peace), 大理石 (marble), 三明治 (a sandwich). 安康 (well-being)
 * is as often the word as the city: it is taken only after its province or with its 市.
 */
const WORDS: ReadonlyMap<string, RegExp> = new Map([
  ['长治', /^久安/u],
  ['大理', /^石/u],
  ['三明', /^治/u],
  ['安康', /^/u],
]);

/**
 * The names of divisions in a text, in its order, each with the divisions it stands for: its
 * full names (苏州市, 洞头区, 鼓楼区) and the short names of province-level and prefecture-level
 * divisions (陕西, 苏州), traditional script read as simplified. A name is read the longest it
 * goes (吉林省, not 吉林 and 省), and not where it is part of a zone's or another place's name
 * (南宁市高新区, 苏州工业园区). A county-level division's short name (鼓楼, 良庆), and a full name of
 * one character and its level word (城区, 忠县), are too common a string to be a place alone: they
 * are read only right after the name of a division they are part of (南京鼓楼, 重庆市忠县) or
 * `within` the division of that code. A name after another (江苏省南京市鼓楼区, 吉林长春) stands
 * for a division below the one before it where it can, and the one before for one above it.
 */
export function divisionsIn(text: string, within?: string): DivisionMention[] {
  const index = nameIndex();
  const folded = index.fold(text);

  /** The ways of reading a name at `at`, after a name that stood for `before`, longest first; a zone's name is no reading, and ends the list. */
  const readings = (at: number, before: readonly Division[] | undefined): Reading[] => {
    const found: Reading[] = [];
    const matches = index.matchesAt(folded, at);
    for (let m = matches.length - 1; m >= 0; m--) {
      const { end, hits } = matches[m]!;
      const rest = folded.slice(end, end + 12);
      if (ZONE.test(rest)) return found.length > 0 ? found : [{ end, divisions: [] }];
      const name = folded.slice(at, end);
      const below = (d: Division) => index.matchesAt(folded, end).some((m) => m.hits.some((h) => isBelow(h.division, d)));
      const readable = hits.filter((h) => readableHere(h, name, rest, { before, within, below }));
      if (readable.length === 0) continue;
      const clues = { ...(within === undefined ? {} : { within }), ...(before === undefined ? {} : { after: before }) };
      found.push({ end, divisions: rankedHits(readable, clues) });
    }
    return found;
  };

  const mentions: { start: number; end: number; divisions: readonly Division[] }[] = [];
  for (let at = 0; at < folded.length;) {
    const before = mentions.at(-1)?.end === at ? mentions.at(-1) : undefined;
    const options = readings(at, before?.divisions);
    const chosen = options.length > 1 ? longestThatLeadsOn(options, readings) : options[0];
    if (chosen === undefined) {
      at++;
      continue;
    }
    // A zone's name is skipped whole: nothing in it is a place of its own.
    if (chosen.divisions.length > 0) {
      if (before) {
        const up = above(before.divisions, chosen.divisions);
        if (up.length > 0) before.divisions = up;
      }
      mentions.push({ start: at, end: chosen.end, divisions: chosen.divisions });
    }
    at = chosen.end;
  }
  return mentions.map((m) => ({ ...m, name: text.slice(m.start, m.end) }));
}

interface Reading {
  readonly end: number;
  readonly divisions: readonly Division[];
}

/**
 * The longest reading, unless nothing can be read after it and a shorter one is followed by a
 * name below it: 济南市中区 is 济南 and its 市中区, not 济南市 and 中区, which is no name.
 */
function longestThatLeadsOn(options: readonly Reading[], readings: (at: number, before: readonly Division[]) => Reading[]): Reading {
  const longest = options[0]!;
  if (longest.divisions.length === 0 || readings(longest.end, longest.divisions).length > 0) return longest;
  const leadsOn = (o: Reading) =>
    readings(o.end, o.divisions).some(
      (next) => next.end > longest.end && next.divisions.some((d) => o.divisions.some((p) => isBelow(d, p))),
    );
  return options.slice(1).find(leadsOn) ?? longest;
}

/** Whether a name's hit is a place where the text has it: see divisionsIn. */
function readableHere(
  hit: NameHit,
  name: string,
  rest: string,
  context: { before: readonly Division[] | undefined; within: string | undefined; below: (d: Division) => boolean },
): boolean {
  const { division, full } = hit;
  const { before, within, below } = context;
  const inContext = (before?.some((b) => isBelow(division, b)) ?? false) || (within !== undefined && isWithin(division, within));
  if (!full) {
    // 济南市中区: the 市 begins the name of a division of 济南's, 市中区.
    if (OTHER_NAME.test(rest) && !below(division)) return false;
    const word = WORDS.get(name);
    if (word?.test(rest) && !inContext) return false;
  }
  const common = division.tier === 'county' && (!full || division.short === division.name);
  return !common || inContext;
}
