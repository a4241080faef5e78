import type { YearRange } from './filter.js';

/**
 * A year range or a value bound as typed into the explorer's filter box, read or refused with
 * the reason (a problem and what it is about, for the interface to say in its language). Pure.
 */

export type Problem =
  | { readonly problem: 'notYear'; readonly text: string }
  | { readonly problem: 'backwards'; readonly from: number; readonly to: number }
  | { readonly problem: 'notNumber'; readonly text: string };

/** Dashes and words that join a range, in either language: 2022-2024, 2022–2024, 2022 to 2024, 2022至2024. */
const JOINS = /\s*(?:-|–|—|~|～|to|至|到)\s*/u;
const YEAR = /^(\d{4})年?$/u;

function year(text: string): number | Problem {
  const found = YEAR.exec(text.trim());
  return found ? Number(found[1]) : { problem: 'notYear', text: text.trim() };
}

/** A year, a range, or a range open at one end; null for nothing typed (no range). */
export function readYearRange(typed: string): YearRange | null | Problem {
  const text = typed.trim();
  if (text === '') return null;
  const parts = text.split(JOINS);
  if (parts.length > 2) return { problem: 'notYear', text };
  const [start, end = start] = parts as [string, string?];
  const from = start.trim() === '' ? null : year(start);
  const to = end.trim() === '' ? null : year(end);
  if (typeof from === 'object' && from !== null) return from;
  if (typeof to === 'object' && to !== null) return to;
  if (from !== null && to !== null && from > to) return { problem: 'backwards', from, to };
  return { from, to };
}

/** A number as written (thousands marked with commas or not) and the unit after it, if any. */
const BOUND = /^(?:>=|<=|≥|≤|>|<)?\s*(-?[\d,]*\.?\d+)\s*(.*)$/u;

/** A bound's number and the unit it is for (null: every unit's numbers as written); null for nothing typed. */
export function readBound(typed: string): { readonly n: number; readonly unit: string | null } | null | Problem {
  const text = typed.trim();
  if (text === '') return null;
  const found = BOUND.exec(text);
  const n = found ? Number(found[1]!.replaceAll(',', '')) : NaN;
  if (!found || !Number.isFinite(n)) return { problem: 'notNumber', text };
  const unit = found[2]!.trim();
  return { n, unit: unit === '' ? null : unit };
}

export const isProblem = (x: unknown): x is Problem => typeof x === 'object' && x !== null && 'problem' in x;
