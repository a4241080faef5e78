import type { Qualifier } from '../../model/schema.js';
import type { Measure } from '../../model/types.js';
import type { NumberMention } from './numbers.js';
import { GENRES, PARTS, planNamed, roleOfLine, timeOfPart, type Dated, type PartTime, type Role } from './conventions.js';
import type { TimesBefore } from './times.js';
import { PLAN, YEAR, yearValue } from './years.js';

/**
 * What the words around a number say about it: its qualifier (以上, 超过, 近, 20多), the
 * headings over it, whether it is a target or a reported figure, the year it is for, and how
 * it measures what it counts.
 */

export const GROWTH = /(?:同比|比上年|较上年|較上年|年均)?(?:增长|增長|提高|提升|增加|下降|减少|減少|增速|增幅)(?:率)?$/u;

const QUALIFIER_BEFORE: readonly [RegExp, Qualifier][] = [
  [/(?:不少于|不少於|不低于|不低於)$/u, 'at_least'],
  [/(?:不高于|不高於|不超过|不超過|最高|最多)$/u, 'at_most'],
  [/(?:超过|超過|突破|逾|超|高于|高於)$/u, 'more_than'],
  [/(?:近|将近|將近|接近)$/u, 'nearly'],
  [/(?:约|約|大约|大約)$/u, 'about'],
];

export function qualifierOf(text: string, m: NumberMention, numberEnd: number): { qualifier: Qualifier; end: number; strive: boolean } {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  const inside = text.slice(numberEnd, m.end);
  const after = text.slice(m.end, m.end + 2);
  let qualifier: Qualifier = 'exact';
  let end = m.end;
  if (/^(?:以上|及以上)/u.test(after)) {
    qualifier = 'at_least';
    end += after.startsWith('及') ? 3 : 2;
  } else if (/^左右/u.test(after)) {
    qualifier = 'about';
    end += 2;
  } else if (/^(?:以下|以内|以內)/u.test(after)) {
    qualifier = 'at_most';
    end += 2;
  } else if (/[多余餘]/u.test(inside) || /^[多余餘]/u.test(after)) {
    qualifier = 'more_than';
    if (/^[多余餘]/u.test(after)) end += 1;
  } else {
    qualifier = QUALIFIER_BEFORE.find(([cue]) => cue.test(before))?.[1] ?? 'exact';
  }
  return { qualifier, end, strive: /力争|力爭/u.test(text.slice(Math.max(0, m.start - 12), m.start)) };
}

export interface Section {
  readonly start: number;
  readonly kind?: 'target' | 'reported';
  /** The year its heading names. */
  readonly year?: number;
  /** The part of the text it starts, by its genre's conventions, and whether a heading named it. */
  readonly role?: Role;
  readonly headed?: boolean;
  /** When its figures are by convention, where the text does not say. */
  readonly time?: PartTime;
}

/** The month and year of a document's date ("2025-01-20", "2025-01", "2025"). */
export function datedOf(date: string | null): Dated | undefined {
  if (date === null) return undefined;
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), ...(month > 0 ? { month } : {}) };
}

/**
 * The parts of a text: headings (short lines with no sentence end) that say what follows
 * (2025年重点工作 is targets, 工作回顾 is reports) or name a year, and paragraphs whose first
 * words start a part of the genre (过去一年, 过去五年, “十四五”时期, 今年). A text opens with
 * the part its genre opens with (a work report with its review), and a plan that names
 * itself (十四五…规划) in its first lines is its targets.
 */
export function sectionsOf(text: string, documentKind = 'other', date?: Dated): Section[] {
  const sections: Section[] = [];
  const part = (start: number, role: Role, headed: boolean, words: string, year?: number): Section => {
    const time = timeOfPart(role, documentKind, date, planNamed(words));
    return { start, kind: PARTS[role].kind, role, headed, ...(year ? { year } : {}), ...(time ? { time } : {}) };
  };
  const opening = GENRES[documentKind]?.opening;
  const plan = /规划|規劃/u.test(text.slice(0, 200)) ? planNamed(text.slice(0, 200)) : undefined;
  if (opening) sections.push(part(0, opening, false, ''));
  else if (plan && documentKind === 'action-plan') sections.push(part(0, 'plan-targets', false, text.slice(0, 200)));
  let at = 0;
  for (const line of text.split('\n')) {
    const heading = line.length <= 30 && !/[。；;]$/u.test(line);
    const role = roleOfLine(line, heading, date);
    const named = heading ? YEAR_NAMED.exec(line)?.[1] : undefined;
    const year = named === undefined ? undefined : yearValue(named);
    // A heading that names only a year (2023年, 一、2023年工作总结) keeps the part it stands in.
    const current = sections.at(-1);
    if (role) sections.push(part(at, role, heading, line, year));
    else if (year) sections.push({ ...current, start: at, year });
    at += line.length + 1;
  }
  return sections;
}

/** Where each heading line starts: a year the text named before a heading does not carry past it. */
export function headingsOf(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // A blank line parts paragraphs; it heads nothing, or a year opening a plan's goals would not reach past its first paragraph.
    const heading = line.trim() !== '' && line.length <= 40 && !/[。；;，,]/u.test(line.slice(0, -1)) && !/[。；;]$/u.test(line);
    if (heading) starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

// 要 of 主要 or 重要, and 将 of 将近 (nearly), are no target; nor is a change's end (增加到2020年的896家).
const TARGET_CUES = new RegExp(
  `(?<!增加|提高|提升|增长|增長|上升|跃升|躍升|扩大|擴大)到${YEAR}(?!的)|到${PLAN.source}末|力争|力爭|目标|目標|将(?!近)|將(?!近)|预计|預計|计划|計劃|确保|確保|争取|爭取|(?<![主重需])要|冲刺|沖刺|预期|預期|每年`,
  'u',
);
const REPORTED_CUES =
  /已|累计|累計|截至|同比|比上年|较上年|較上年|去年|上年|以来|以來|实现了|實現了|完成了|获批|獲批|认定|認定|获评|獲評|入选|入選/u;

/** What a sentence says of every figure in it, read once for them all. */
export interface SentenceCues {
  /** Words of a target (到20XX年, 力争, 目标) and of a reported figure (已, 累计, 同比). */
  readonly target: boolean;
  readonly reported: boolean;
  /** The year a target is due by: 到20XX年, 20XX年底, 到“十五五”末. */
  readonly due?: number;
  /** The five-year plan it names (十四五), with its years. */
  readonly plan?: { readonly start: number; readonly end: number; readonly name: string };
}

/** A year a line names; the year a target is due by (到2025年, 2025年底); a plan's end (到“十五五”末). Built once, not per sentence. */
const YEAR_NAMED = new RegExp(YEAR, 'u');
const DUE_BY = new RegExp(`(?:到|至)${YEAR}`, 'u');
const DUE_AT_END = new RegExp(`${YEAR}(?:底|末)`, 'u');
const PLAN_END = new RegExp(`(?:到|至)${PLAN.source}(?:末|期末)`, 'u');

export function sentenceCues(sentence: string): SentenceCues {
  const due = DUE_BY.exec(sentence) ?? DUE_AT_END.exec(sentence);
  const plan = planNamed(sentence);
  const planEnd = plan && PLAN_END.test(sentence) ? plan.end : undefined;
  return {
    target: TARGET_CUES.test(sentence),
    reported: REPORTED_CUES.test(sentence),
    ...(due ? { due: yearValue(due[1]!) } : planEnd ? { due: planEnd } : {}),
    ...(plan ? { plan } : {}),
  };
}

/** What a figure's kind rests on, said in its reasons where it is not its own sentence. */
export type KindBasis = 'sentence' | 'section heading' | "genre's convention" | 'time word' | 'document';

export function kindOf(
  { target, reported }: SentenceCues,
  section: Section | undefined,
  documentKind: string,
  lastTime: string | undefined,
): { kind: 'target' | 'reported'; basis: KindBasis } {
  if (target && !reported) return { kind: 'target', basis: 'sentence' };
  if (reported && !target) return { kind: 'reported', basis: 'sentence' };
  if (section?.kind) return { kind: section.kind, basis: section.headed ? 'section heading' : "genre's convention" };
  // A report's 今年 states what is planned for the year; 去年 and 今年以来 what was done.
  if (lastTime !== undefined && /^(?:今年|本年)$/u.test(lastTime)) return { kind: 'target', basis: 'time word' };
  if (lastTime !== undefined && /去年|上年|前年|以来|以來/u.test(lastTime)) return { kind: 'reported', basis: 'time word' };
  return { kind: documentKind === 'action-plan' ? 'target' : 'reported', basis: 'document' };
}

/** The year a figure is for, whether the text states it, why not, and the period it sums where a review covers one. */
export interface YearRead {
  readonly year: number;
  readonly inferred: boolean;
  readonly why?: string;
  readonly period?: string;
}

/**
 * The year a figure is for: a year its sentence names before it, a target's 到20XX年 or
 * 20XX年底, a plan the sentence names, else the year that opens its paragraph, the section
 * heading's, the genre's convention for its part, or the document's date. Only a year its own
 * sentence states is read; any other is inferred, and says from where.
 */
export function yearOf(
  sentence: SentenceCues & { readonly start: number },
  kind: 'target' | 'reported',
  times: TimesBefore,
  section: Section | undefined,
  document: { readonly year?: number; readonly reviewed?: number },
  heading: number | undefined,
): YearRead | undefined {
  const documentYear = document.year;
  const { nearest, framing } = times;
  if (nearest && nearest.at >= sentence.start) return { year: nearest.year, inferred: false };
  if (sentence.due !== undefined) return { year: sentence.due, inferred: false };
  const { plan } = sentence;
  if (plan && kind === 'target') return { year: plan.end, inferred: true, why: `the ${plan.name} plan ends in ${plan.end}` };
  if (plan) {
    // A review of a plan is as of its end, or of the last year the document reports where that is earlier.
    const year = document.reviewed === undefined ? plan.end : Math.min(plan.end, document.reviewed);
    return { year, inferred: true, why: `a review of the ${plan.name} plan is as of ${year}`, period: `${plan.start}-${year}` };
  }
  // A year named further into a paragraph times its own sentence only; one in a paragraph's first sentence ("2021年,…",
  // "记者获悉，2023年，我市…",
  // "去年以来,…") frames what follows, up to the next heading.
  if (framing && framing.at >= Math.max(heading ?? 0, section?.start ?? 0))
    return { year: framing.year, inferred: true, why: 'the year the text last named' };
  if (section?.year !== undefined) return { year: section.year, inferred: true, why: "the section heading's year" };
  if (section?.time)
    return {
      year: section.time.year,
      inferred: true,
      why: section.time.why,
      ...(section.time.period ? { period: section.time.period } : {}),
    };
  return documentYear === undefined ? undefined : { year: documentYear, inferred: true, why: "the document's date" };
}

export function measureOf(metric: string, unit: string): Measure {
  if (/^(?:%|％|个百分点|個百分點)$/u.test(unit) && GROWTH.test(metric)) return 'growth';
  if (/占比|佔比|比重|占|佔|率$/u.test(metric) && /^(?:%|％)$/u.test(unit)) return 'share';
  if (/累计|累計/u.test(metric)) return 'cumulative';
  if (
    /新增|净增|淨增|新认定|新認定|新招引|新获批|新獲批|新建|新培育|获批|獲批|新引进|新引進|新入库|新入庫|新设立|新設立|新备案|新備案/u.test(
      metric,
    )
  )
    return 'new';
  if (/最高|补助|補助|奖励|獎勵|贴息|貼息/u.test(metric)) return 'cap';
  return 'stock';
}
