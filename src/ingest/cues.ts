import type { Qualifier } from '../model/schema.js';
import type { Measure } from '../model/types.js';
import type { NumberMention } from './numbers.js';
import type { TimesBefore } from './times.js';

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
  readonly year?: number;
}

/** Headings (short lines with no sentence end) that say what follows: 2025年重点工作 is targets, 工作回顾 is reports. */
export function sectionsOf(text: string): Section[] {
  const sections: Section[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const heading = line.length <= 30 && !/[。；;]$/u.test(line);
    if (heading) {
      const year = /((?:19|20)\d{2})年/u.exec(line)?.[1];
      const kind = /重点工作|重點工作|主要任务|主要任務|目标|目標|计划|計劃|安排|打算|展望/u.test(line)
        ? 'target'
        : /回顾|回顧|成效|成绩|成績|进展|進展|完成情况|完成情況/u.test(line)
          ? 'reported'
          : undefined;
      if (kind || year) sections.push({ start: at, ...(kind ? { kind } : {}), ...(year ? { year: Number(year) } : {}) });
    }
    at += line.length + 1;
  }
  return sections;
}

/** Where each heading line starts: a year the text named before a heading does not carry past it. */
export function headingsOf(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= 40 && !/[。；;，,]/u.test(line.slice(0, -1)) && !/[。；;]$/u.test(line)) starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

const TARGET_CUES = /到\d{4}年|力争|力爭|目标|目標|将|將|预计|預計|计划|計劃|确保|確保|争取|爭取|要|冲刺|沖刺|预期|預期|每年/u;
const REPORTED_CUES = /已|累计|累計|截至|同比|比上年|较上年|較上年|去年|上年|实现了|實現了|完成了|获批|獲批|认定|認定|获评|獲評|入选|入選/u;

/** What a sentence says of every figure in it, read once for them all. */
export interface SentenceCues {
  /** Words of a target (到20XX年, 力争, 目标) and of a reported figure (已, 累计, 同比). */
  readonly target: boolean;
  readonly reported: boolean;
  /** The year a target is due by: 到20XX年, 20XX年底. */
  readonly due?: number;
  /** 十四五, the plan that ends in 2025. */
  readonly fiveYear: boolean;
}

export function sentenceCues(sentence: string): SentenceCues {
  const due = /(?:到|至)((?:19|20)\d{2})年/u.exec(sentence) ?? /((?:19|20)\d{2})年(?:底|末)/u.exec(sentence);
  return {
    target: TARGET_CUES.test(sentence),
    reported: REPORTED_CUES.test(sentence),
    ...(due ? { due: Number(due[1]) } : {}),
    fiveYear: /十四五/u.test(sentence),
  };
}

export function kindOf(
  { target, reported }: SentenceCues,
  section: Section | undefined,
  documentKind: string,
  lastTime: string | undefined,
): { kind: 'target' | 'reported'; sure: boolean } {
  if (target && !reported) return { kind: 'target', sure: true };
  if (reported && !target) return { kind: 'reported', sure: true };
  if (section?.kind) return { kind: section.kind, sure: !target && !reported };
  // A report's 今年 states what is planned for the year; 去年 and 今年以来 what was done.
  if (lastTime !== undefined && /^(?:今年|本年)$/u.test(lastTime)) return { kind: 'target', sure: false };
  if (lastTime !== undefined && /去年|上年|前年|以来|以來/u.test(lastTime)) return { kind: 'reported', sure: false };
  return { kind: documentKind === 'action-plan' ? 'target' : 'reported', sure: false };
}

/**
 * The year a figure is for: a target's 到20XX年 or 20XX年底 in its sentence, else the nearest
 * time word before it (in its sentence, its paragraph, then the text before), else the
 * section's heading, else the document's date. Only a year its own sentence states is read;
 * any other is inferred, and says from where.
 */
export function yearOf(
  sentence: SentenceCues & { readonly start: number },
  times: TimesBefore,
  section: Section | undefined,
  documentYear: number | undefined,
  heading: number | undefined,
) {
  const { nearest, framing } = times;
  if (nearest && nearest.at >= sentence.start) return { year: nearest.year, inferred: false };
  if (sentence.due !== undefined) return { year: sentence.due, inferred: false };
  if (sentence.fiveYear) return { year: 2025, inferred: true, why: 'the 14th Five-Year Plan ends in 2025' };
  // A year named inside a paragraph times that paragraph; one that opens a paragraph ("2021年,…",
  // "去年以来,…") frames what follows, up to the next heading.
  if (framing && framing.at >= (heading ?? 0)) return { year: framing.year, inferred: true, why: 'the year the text last named' };
  if (section?.year !== undefined) return { year: section.year, inferred: true, why: "the section heading's year" };
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
