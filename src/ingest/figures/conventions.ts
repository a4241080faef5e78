import { PLAN, planYears } from './years.js';

/**
 * How the genres time their figures by convention, where the text does not say: a work
 * report of year Y reviews Y−1 and plans Y; its five-year review is as of the plan's last
 * year; a plan's targets fall due at its end. Each part of a text (its role) is started by
 * a heading or by the words that open a paragraph, and says what its figures are and when.
 * A year or a target word the sentence itself states always comes first: these are only
 * what a careful reader assumes when it is silent, and each figure that rests on one says so.
 */

export type Role = 'year-review' | 'year-plan' | 'plan-review' | 'plan-targets';

interface Part {
  readonly kind: 'target' | 'reported';
  /** Words of a heading (a short line with no sentence end) that start the part. */
  readonly heading?: RegExp;
  /** Words a paragraph's first clause starts with that start the part. */
  readonly opening?: RegExp;
}

/** What each part of a text is, wherever a genre has it. */
export const PARTS: Readonly<Record<Role, Part>> = {
  'year-review': {
    kind: 'reported',
    heading: /回顾|回顧|总结|總結|成效|成绩|成績|进展|進展|完成情况|完成情況|过去一年|過去一年|一年来|一年來/u,
    opening: /^(?:回顾)?(?:过去一年|過去一年|一年来|一年來|去年)$/u,
  },
  'year-plan': {
    kind: 'target',
    heading:
      /重点工作|重點工作|主要任务|主要任務|预期目标|預期目標|目标任务|目標任務|工作安排|工作打算|工作思路|目标|目標|计划|計劃|安排|打算|展望/u,
    opening: /^(?:今年|本年)(?!以来|以來)/u,
  },
  // A named plan's part is a review or its targets by whether the plan has ended (planRole).
  // A plan's 发展基础 or 发展现状 reviews what the plan before it left: its figures are reported.
  'plan-review': {
    kind: 'reported',
    heading: /过去五年|過去五年|五年来|五年來|发展基础|發展基礎|发展现状|發展現狀|现实基础|現實基礎/u,
    opening: /^(?:过去五年|過去五年|五年来|五年來)/u,
  },
  'plan-targets': { kind: 'target' },
};

/** A text's date: its year, and its month where known. */
export interface Dated {
  readonly year: number;
  readonly month?: number;
}

interface Genre {
  /** The part a text of the kind opens with, before any heading or opening names one. */
  readonly opening?: Role;
  /** The year its review part reviews, and the year its plan part plans. */
  readonly reviewed?: (date: Dated) => number;
  readonly planned?: (date: Dated) => number;
}

/**
 * The genres, by document kind. A work report is given at the year's first sessions, so it
 * reviews the year before; an S&T bureau's summary is written at the year's end or in the
 * first weeks of the next, so one dated in January to March reviews the year before.
 */
export const GENRES: Readonly<Record<string, Genre>> = {
  'work-report': { opening: 'year-review', reviewed: ({ year }) => year - 1, planned: ({ year }) => year },
  'bureau-summary': {
    opening: 'year-review',
    reviewed: ({ year, month }) => (month !== undefined && month <= 3 ? year - 1 : year),
    planned: ({ year, month }) => (month !== undefined && month <= 3 ? year : year + 1),
  },
};

/** The plan a piece of text names (十四五), with its years. */
export function planNamed(text: string): { start: number; end: number; name: string } | undefined {
  const m = PLAN.exec(text);
  const years = m ? planYears(m[1]!) : undefined;
  return years && { ...years, name: `${m![1]}五` };
}

/** Words that look back over a named plan: “十四五”以来, 十四五时期取得的成就. */
const SINCE = /以来|以來|回顾|回顧|成就|成绩|成績|过去|過去/u;

/** A named plan's part: a review where the plan has ended by the text's year or the words look back, else its targets. */
export function planRole(words: string, plan: { end: number }, date: Dated | undefined): Role {
  return SINCE.test(words) || (date !== undefined && plan.end < date.year) ? 'plan-review' : 'plan-targets';
}

/** The role a line starts, if any: from its words if it is a heading, else from its first clause. */
export function roleOfLine(line: string, heading: boolean, date: Dated | undefined): Role | undefined {
  const words = heading ? line : (/^[^，,。；;：:]*/u.exec(line.trim())?.[0] ?? '');
  const plan = planNamed(words);
  // A named plan opens a part only where it leads its paragraph ("十四五"时期，…), not in passing.
  if (plan && (heading || /^[“"「]?十/u.test(words))) return planRole(words, plan, date);
  for (const role of ['plan-review', 'year-review', 'year-plan'] as const) {
    const part = PARTS[role];
    if ((heading ? part.heading : part.opening)?.test(words)) return role;
  }
  return undefined;
}

/** When a part's figures are, as its genre has it: the year, and the period a five-year review covers. */
export interface PartTime {
  readonly year: number;
  readonly period?: string;
  readonly why: string;
  /** The plan it reviews or whose targets it sets. */
  readonly plan?: { readonly start: number; readonly end: number; readonly name: string };
}

/** The year a text of the kind reports on: the year its review covers, else its date's. */
export function reviewedYear(kind: string, date: Dated | undefined): number | undefined {
  return date && (GENRES[kind]?.reviewed?.(date) ?? date.year);
}

export function timeOfPart(
  role: Role,
  kind: string,
  date: Dated | undefined,
  plan: { start: number; end: number; name: string } | undefined,
): PartTime | undefined {
  const genre = GENRES[kind];
  const reviewed = date && genre?.reviewed?.(date);
  if (role === 'year-review')
    return reviewed === undefined ? undefined : { year: reviewed, why: `a ${kind} dated ${date!.year} reviews ${reviewed}` };
  if (role === 'year-plan') {
    const planned = date && genre?.planned?.(date);
    return planned === undefined ? undefined : { year: planned, why: `a ${kind} dated ${date!.year} plans ${planned}` };
  }
  if (role === 'plan-targets') return plan && { year: plan.end, why: `the ${plan.name} plan ends in ${plan.end}`, plan };
  // A review of a plan is as of its last year, or of the last year the text can report where that is earlier.
  const last = reviewed ?? date?.year;
  if (plan) {
    const year = last === undefined ? plan.end : Math.min(plan.end, last);
    return {
      year,
      period: `${plan.start}-${year}`,
      why: `a review of the ${plan.name} plan (${plan.start}-${plan.end}) is as of ${year}`,
      plan,
    };
  }
  return last === undefined
    ? undefined
    : { year: last, period: `${last - 4}-${last}`, why: `the past five years a ${kind} reviews end in ${last}` };
}
