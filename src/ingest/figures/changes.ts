import type { NumberMention } from './numbers.js';
import { YEAR, yearValue } from './years.js';

/**
 * A change from one level to another: 从2.77%提高到3.2%, 由15家跃升至38家, 从2020年的120亿元增加到
 * 2025年的180亿元. Two figures of one metric: the first is where the change starts, the second
 * where it ends, each with the year the text gives it, if any.
 */
export interface Change {
  /** The indices of its two numbers among the numbers. */
  readonly from: number;
  readonly to: number;
  /** Where its 从 or 由 stands: the metric is the words before it. */
  readonly at: number;
  readonly startYear?: number;
  /** Years before its end a 由上年的 or 从前年的 start names. */
  readonly startBack?: number;
  readonly endYear?: number;
}

const FROM = new RegExp(`(?:从|從|由)(?:${YEAR}(?:底|末)?的?|(上年|去年|上一年|前年)(?:底|末)?的)?$`, 'u');
/** What may stand between the two: a verb of change (提高, 跃升, 降) and 到 or 至, perhaps the end's year. */
const BETWEEN = new RegExp(`^[^，,。；;：:、\\d]{0,6}?(?:到|至)(?:${YEAR}(?:底|末)?的?)?$`, 'u');

/** The changes of a text, by the index of each of their two numbers. */
export function changesOf(text: string, numbers: readonly NumberMention[]): Map<number, Change> {
  const changes = new Map<number, Change>();
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    const from = FROM.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const between = from && BETWEEN.exec(text.slice(a.end, b.start));
    if (!from || !between) continue;
    const change: Change = {
      from: i,
      to: i + 1,
      at: a.start - from[0].length,
      ...(from[1] ? { startYear: yearValue(from[1]) } : {}),
      ...(from[2] ? { startBack: from[2] === '前年' ? 2 : 1 } : {}),
      ...(between[1] ? { endYear: yearValue(between[1]) } : {}),
    };
    changes.set(i, change).set(i + 1, change);
    i++;
  }
  return changes;
}

/** The year a change's end is for, as proposed. */
interface Ended {
  readonly year: number;
  readonly inferred: boolean;
  readonly why?: string;
  readonly period?: string;
}

/** A start year the sentence names before the change: 与2020年相比, 2020年以来, 自2021年. */
const BASE = new RegExp(`(?:比|较|較|与|與|自|从|從)${YEAR}|${YEAR}(?:以来|以來)`, 'u');

/** What else times a change's start: its end's kind, the plan its sentence or part names, the latest year its document reports. */
export interface StartContext {
  readonly kind: 'target' | 'reported';
  readonly plan?: { readonly start: number; readonly name: string };
  readonly latest?: number;
}

/**
 * The year a change's start is for: the year its 从 names, else the year the sentence names
 * as its base (与2020年相比), else the start of the period its end's year sums or of the plan
 * its sentence or part names (a five-year plan starts from the year before its first), else
 * a year before its end where the sentence compares with the year before (比上年); a target's
 * start is at latest the last year its document reports. Any but a stated year says so.
 */
export function startYearOf(change: Change, ended: Ended, before: string, context: StartContext): Ended {
  if (change.startYear !== undefined) return { year: change.startYear, inferred: false };
  if (change.startBack !== undefined)
    return { year: ended.year - change.startBack, inferred: true, why: 'the year before its end, which its 上年 names' };
  const base = BASE.exec(before);
  if (base) return { year: yearValue((base[1] ?? base[2])!), inferred: false };
  if (ended.period) return { year: Number(ended.period.slice(0, 4)) - 1, inferred: true, why: `the start of the period ${ended.period}` };
  const { plan, kind, latest } = context;
  if (plan) return { year: plan.start - 1, inferred: true, why: `the ${plan.name} plan starts from ${plan.start - 1}` };
  if (/比上年|较上年|較上年|比去年|较去年|較去年|同比/u.test(before))
    return { year: ended.year - 1, inferred: true, why: 'the year before its end, which it is compared with' };
  if (kind === 'target' && latest !== undefined && latest < ended.year)
    return { year: latest, inferred: true, why: 'the last year its document reports' };
  return { year: ended.year - 1, inferred: true, why: 'the year before its end: the text names no start' };
}
