import { pinyin } from 'pinyin-pro';
import { foldScript } from '../text/fold.js';
import type { DOCUMENT_KINDS } from '../model/schema.js';
import type { Place } from '../model/types.js';

/**
 * What a raw text says about itself: its script, its date, its kind and its title, each
 * read only where the text states it. What cannot be read is left undefined, for the
 * command line to ask for; nothing here guesses a value the text does not give.
 */

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Traditional when folding to simplified changes a good share of its Han characters. */
export function scriptOf(text: string): 'traditional' | 'simplified' {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  const folded = [...foldScript(han.join(''))];
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== folded[i]) changed++;
  // Simplified texts change at none or a few (a name, a quoted term); a traditional text at one character in ten or more.
  return han.length > 0 && changed / han.length > 0.03 ? 'traditional' : 'simplified';
}

const DATE = /(?<!\d)((?:19|20)\d{2})(?:[-/.年]\s*(\d{1,2})(?:[-/.月]\s*(\d{1,2})日?)?)?/u;

/**
 * The date of a text, from its first lines (a dateline, a signature) or its last ones (a
 * signed reply): the full date first, else year and month. A year alone is no date: every
 * figure's year looks like one.
 */
export function dateOf(lines: readonly string[]): string | undefined {
  const candidates = [...lines.slice(0, 8), ...lines.slice(-4).reverse()];
  let month: string | undefined;
  for (const line of candidates) {
    const m = DATE.exec(line.trim());
    if (!m || m[2] === undefined) continue;
    const mm = Number(m[2]);
    if (mm < 1 || mm > 12) continue;
    const ym = `${m[1]}-${String(mm).padStart(2, '0')}`;
    // A dateline is a line that is mostly its date: a date inside a sentence is a figure's.
    const dateline = line.trim().length <= m[0].length + 30;
    if (!dateline) continue;
    if (m[3] !== undefined && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${ym}-${m[3].padStart(2, '0')}`;
    month ??= ym;
  }
  return month;
}

const KIND_WORDS: readonly [RegExp, DocumentKind][] = [
  [/政府工作报告|工作报告/u, 'work-report'],
  [/新闻发布会|发布会/u, 'press-conference'],
  [/提案的答复|建议的答复|答复/u, 'proposal-reply'],
  [/实施方案|行动方案|行动计划|工作方案|规划/u, 'action-plan'],
];

/** The kind a title names, read in simplified script; undefined when the title names none. */
export function kindOf(title: string): DocumentKind | undefined {
  const simplified = foldScript(title);
  return KIND_WORDS.find(([words]) => words.test(simplified))?.[1];
}

/** A place named by the user: a known place's id or Chinese name, or a new place's Chinese name. */
export type PlaceChoice = { known: Place } | { proposed: ProposedPlace };

export interface ProposedPlace {
  readonly id: string;
  readonly level: Place['level'];
  readonly parent?: string;
  readonly name: string;
}

const LEVELS: readonly [RegExp, Place['level']][] = [
  [/自治区$/u, 'autonomous-region'],
  [/省$/u, 'province'],
  [/市$/u, 'city'],
  [/[区县旗]$/u, 'district'],
  [/(?:开发区|高新区|新区|园区)$/u, 'development-zone'],
];

/**
 * The place `--place` names. A new place's level is read from its name's ending (省, 市, 区…),
 * and its parent where the name begins with a known place's (江苏省扬州市 → Jiangsu); its id is
 * for the user to give when the name does not give one.
 */
export function placeOf(named: string, places: readonly Place[], id?: string): PlaceChoice | { problem: string } {
  const byId = places.find((p) => p.id === named);
  if (byId) return { known: byId };
  const simplified = foldScript(named.trim());
  const byName = places.find((p) => [p.name.zh_hans, p.short.zh_hans, ...p.aliases].some((n) => foldScript(n) === simplified));
  if (byName) return { known: byName };
  if (!/\p{Script=Han}/u.test(simplified)) {
    return {
      problem: `no place "${named}": give a known place's id (${places.map((p) => p.id).join(', ')}) or a new place's Chinese name`,
    };
  }
  const level = LEVELS.slice()
    .reverse()
    .find(([ending]) => ending.test(simplified))?.[1];
  if (!level) return { problem: `cannot tell what kind of place "${named}" is: give its full name, such as 陕西省 or 西安市` };
  const parent = places
    .filter((p) => simplified.startsWith(p.name.zh_hans) && simplified !== p.name.zh_hans)
    .sort((a, b) => b.name.zh_hans.length - a.name.zh_hans.length)[0];
  // 江苏省苏州市 is Suzhou in Jiangsu: the id is the place's own name's.
  const placeId = id ?? pinyinId(parent ? simplified.slice(parent.name.zh_hans.length) : simplified);
  if (places.some((p) => p.id === placeId)) {
    return { problem: `a new place "${named}" would take the id "${placeId}", which is another place's: give --place-id` };
  }
  return { proposed: { id: placeId, level, name: simplified, ...(parent ? { parent: parent.id } : {}) } };
}

/** An id from a Chinese name: its pinyin without tones, less the level word (西安市 → xian). */
function pinyinId(name: string): string {
  const core = name.replace(/(?:壮族自治区|回族自治区|维吾尔自治区|自治区|省|市|区|县|旗)$/u, '') || name;
  return pinyin(core, { toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
