import type { Qualifier } from '../../model/schema.js';
import { planNamed } from './conventions.js';
import { cellsOf, NUMBER_CUT, unglued, YEAR_CUT, type Cell } from './tableCells.js';

/**
 * A plan's table of main indicators (主要指标), as a clean text leaves it: a header line naming
 * the 指标 column and year columns (2020年, 2025年) or base and target columns (基期值, 目标值),
 * then a line for each indicator, its cells apart by tabs or spaces:
 *
 *   指标 单位 2020年 2025年 属性
 *   全社会研发经费投入强度 % 2.85 3.5 预期性
 *
 * A number in such a row has no unit after it, so the reader of numbers passes it over; here
 * the unit is its row's 单位 cell and the year its column's. A base column's value is what was
 * (reported) and a target column's what is due, the base its start.
 */

export interface TableValue {
  /** The number's offsets in the text, and the end of its cell (a qualifier, a bracket). */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Written in brackets, [300]: a sum over the plan's years, as such tables mark one. */
  readonly cumulative: boolean;
  readonly kind: 'reported' | 'target';
  readonly year: number;
  /** Why the year is not the column's own, where the column names none (基期值: the plan's). */
  readonly inferred?: string;
  /** The years a cumulative value sums, where the plan says. */
  readonly period?: string;
  /** The index among its row's values of the target this value is the base of. */
  readonly baseOf?: number;
}

export interface TableRow {
  /** Where its line and its 指标 cell start. */
  readonly lineStart: number;
  readonly start: number;
  readonly metric: string;
  /** As written, less the brackets some tables put around it: (%) is %. */
  readonly unit: string;
  /** Where the unit cell ends, for a quote that must hold it. */
  readonly unitEnd: number;
  readonly values: readonly TableValue[];
}

/** A number of a table not read as a figure, and why. */
export interface TableSkip {
  readonly start: number;
  readonly end: number;
  readonly why: string;
}

export interface IndicatorTable {
  /** From its header's start to its last row's end. */
  readonly start: number;
  readonly end: number;
  readonly rows: readonly TableRow[];
  readonly skipped: readonly TableSkip[];
}

type Role = 'metric' | 'unit' | 'value' | 'other';
interface Column {
  readonly role: Role;
  readonly year?: number;
  /** What the header's words say the column is: a base (基期, 现状) or a target (目标, 规划). */
  readonly label?: 'base' | 'target';
}

const METRIC_HEAD = /^(?:主要|具体|核心|关键)?指标(?:名称|内容|项目)?$/u;
const UNIT_HEAD = /^(?:计量)?单位$/u;
const BASE_WORDS = /基期|基准|基数|现状|现值|完成|实际/u;
const TARGET_WORDS = /目标|规划|预期值|期末/u;
const YEAR_HEAD = /((?:19|20)\d{2})\s?年?/u;

function columnOf(head: string): Column {
  if (METRIC_HEAD.test(head)) return { role: 'metric' };
  if (UNIT_HEAD.test(head)) return { role: 'unit' };
  const year = YEAR_HEAD.exec(head);
  const label = BASE_WORDS.test(head) ? 'base' : TARGET_WORDS.test(head) ? 'target' : undefined;
  if (!year && !label) return { role: 'other' };
  return { role: 'value', ...(year ? { year: Number(year[1]) } : {}), ...(label ? { label } : {}) };
}

/** A header: three or more short cells, no sentence's punctuation, a 指标 column and a value column. */
function headerOf(cells: readonly Cell[]): Column[] | undefined {
  if (cells.length < 3 || cells.some((c) => c.text.length > 16 || /[，。；,;]/u.test(c.text))) return undefined;
  const columns = cells.map((c) => columnOf(c.text));
  const metric = columns.filter((c) => c.role === 'metric').length;
  return metric === 1 && columns.some((c) => c.role === 'value') ? columns : undefined;
}

interface Timed {
  readonly kind: 'reported' | 'target';
  readonly year: number;
  readonly inferred?: string;
  /** The plan's years where the column is its last year, or the years before it where the column is its base: what a sum in it sums. */
  readonly period?: string;
}

/**
 * The kind and year of each value column. A column names its year, else its plan's (基期值 is
 * the year before the plan's first, 目标值 its last). A column its words call a base is
 * reported, a target a target; of bare years, the first of several is the base, and one
 * before the document's year is reported too.
 */
function timesOf(columns: readonly Column[], before: string, documentYear: number | undefined): (Timed | undefined)[] | undefined {
  const plan = planNamed(before);
  const values = columns.filter((c) => c.role === 'value');
  const first = values[0];
  const timed = columns.map((c): Timed | undefined => {
    if (c.role !== 'value') return undefined;
    const bare = c.label === undefined;
    const kind =
      c.label === 'base' || (bare && ((values.length > 1 && c === first) || (documentYear !== undefined && c.year! < documentYear)))
        ? 'reported'
        : 'target';
    const year = c.year ?? (plan && (kind === 'reported' ? plan.start - 1 : plan.end));
    if (year === undefined) return undefined;
    const period = !plan
      ? undefined
      : year === plan.end
        ? `${plan.start}-${plan.end}`
        : year === plan.start - 1
          ? `${plan.start - 5}-${year}`
          : undefined;
    return {
      kind,
      year,
      ...(c.year === undefined ? { inferred: `the ${plan!.name} plan's ${kind === 'reported' ? 'base year' : 'last year'}` } : {}),
      ...(period ? { period } : {}),
    };
  });
  return timed.every((t, i) => (columns[i]!.role === 'value') === (t !== undefined)) ? timed : undefined;
}

const NONE = /^(?:—+|-+|－+|–|\/|／|无|…+)$/u;
const VALUE = /^(>|＞|≥|≧|<|＜|≤|≦|不低于|不少于|超过)?\s*([[［【])?(\d+(?:,\d{3})*(?:\.\d+)?)([\]］】])?(以上|及以上|左右|以下|以内)?$/u;
const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  '>': 'more_than',
  '＞': 'more_than',
  超过: 'more_than',
  '≥': 'at_least',
  '≧': 'at_least',
  不低于: 'at_least',
  不少于: 'at_least',
  以上: 'at_least',
  及以上: 'at_least',
  '<': 'less_than',
  '＜': 'less_than',
  '≤': 'at_most',
  '≦': 'at_most',
  以下: 'at_most',
  以内: 'at_most',
  左右: 'about',
};

/** A cell that holds a value or says there is none: a number, short, with at most a qualifier's words. */
const valueLike = (cell: Cell | undefined) =>
  cell !== undefined &&
  (NONE.test(cell.text) || (/\d/u.test(cell.text) && cell.text.length <= 12 && (cell.text.match(/\p{Script=Han}/gu)?.length ?? 0) <= 3));
const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * A row's cells against the header's columns. A row as long as the header is read cell by
 * cell; a shorter one (a 类别 cell merged over several rows, an empty 单位 cell that left no
 * trace) is aligned on its values, the last run of value cells as many as the header's.
 */
function alignRow(cells: readonly Cell[], columns: readonly Column[]): ((role: number) => Cell | undefined) | undefined {
  const valueAt = columns.findIndex((c) => c.role === 'value');
  const count = columns.filter((c) => c.role === 'value').length;
  const fits = (offset: number) => columns.every((c, i) => c.role !== 'value' || valueLike(cells[i + offset]));
  let offset: number | undefined = cells.length === columns.length && fits(0) ? 0 : undefined;
  for (let i = cells.length - count; offset === undefined && i >= 1; i--) if (fits(i - valueAt)) offset = i - valueAt;
  return offset === undefined ? undefined : (i) => cells[i + offset];
}

type RowReading = { row: TableRow; skipped: TableSkip[] } | { skip: TableSkip } | undefined;

function readRow(line: string, at: number, columns: readonly Column[], times: readonly (Timed | undefined)[]): RowReading {
  if (/[，。；！？]/u.test(line)) return undefined;
  const cells = cellsOf(line, at);
  const cellAt = alignRow(cells, columns) ?? alignRow(unglued(cells, NUMBER_CUT), columns);
  if (!cellAt) return undefined;
  const metricColumn = columns.findIndex((c) => c.role === 'metric');
  const unitColumn = columns.findIndex((c) => c.role === 'unit');
  let metric = cellAt(metricColumn);
  let unit = unitColumn < 0 ? undefined : cellAt(unitColumn);
  // An empty 单位 cell leaves no trace between spaces: the metric is then read where the unit would be.
  if ((!metric || hanCount(metric.text) < 2) && unit && hanCount(unit.text) >= 2 && unitColumn === metricColumn + 1) {
    metric = unit;
    unit = undefined;
  }
  if (!metric || hanCount(metric.text) < 2 || valueLike(metric)) return undefined;
  // With no 单位 column, a table puts the unit in brackets after the metric: 技术合同成交额（亿元）.
  const bracketed = unitColumn < 0 ? /[（(]([^（）()]{1,8})[）)]$/u.exec(metric.text) : null;
  if (bracketed) {
    unit = { text: bracketed[1]!, start: metric.end - bracketed[0].length, end: metric.end };
    metric = { ...metric, text: metric.text.slice(0, -bracketed[0].length), end: unit.start };
  }
  const read = columns
    .map((c, i) => (c.role === 'value' ? { cell: cellAt(i)!, time: times[i]! } : undefined))
    .filter((v) => v !== undefined);
  const numbered = read.filter((v) => !NONE.test(v.cell.text));
  if (numbered.length === 0) return undefined;
  const unitText = unit?.text.replace(/^[（(]([^）)]+)[）)]$/u, '$1') ?? '';
  if (unitText === '' || NONE.test(unitText)) {
    const first = numbered[0]!.cell;
    return {
      skip: {
        start: first.start,
        end: numbered.at(-1)!.cell.end,
        why: `a table row whose 单位 cell is ${unitText === '' ? 'empty' : 'none (—)'}: ${metric.text}`,
      },
    };
  }
  const values: TableValue[] = [];
  const skipped: TableSkip[] = [];
  for (const { cell, time } of numbered) {
    // A cell may repeat its row's unit (3.2% in a row of %): the value is read without it, and its quote holds it.
    const own = cell.text.endsWith(unitText) && /\d$/u.test(cell.text.slice(0, -unitText.length));
    const m = VALUE.exec(own ? cell.text.slice(0, -unitText.length) : cell.text);
    if (!m || (m[2] === undefined) !== (m[4] === undefined)) {
      skipped.push({ start: cell.start, end: cell.end, why: `a cell of a table of indicators that is not a plain value: ${cell.text}` });
      continue;
    }
    const start = cell.start + cell.text.indexOf(m[3]!);
    values.push({
      start,
      end: cell.end,
      value: Number(m[3]!.replace(/,/gu, '')),
      qualifier: QUALIFIERS[m[1] ?? m[5] ?? ''] ?? 'exact',
      cumulative: m[2] !== undefined,
      kind: time.kind,
      year: time.year,
      ...(time.inferred ? { inferred: time.inferred } : {}),
      ...(m[2] !== undefined && time.period ? { period: time.period } : {}),
    });
  }
  return {
    row: { lineStart: at, start: metric.start, metric: metric.text, unit: unitText, unitEnd: unit!.end, values: linked(values) },
    skipped,
  };
}

/** The last base before the targets is the baseline of the last target, the plan's goal; a sum over years is no level's start. */
function linked(values: TableValue[]): TableValue[] {
  const target = values.findLastIndex((v) => v.kind === 'target');
  const base = values.findLastIndex((v, i) => i < target && v.kind === 'reported');
  if (base < 0 || values[base]!.cumulative !== values[target]!.cumulative || values[base]!.year > values[target]!.year) return values;
  return values.map((v, i) => (i === base ? { ...v, baseOf: target } : v));
}

/** A line that names a group of rows (创新投入) between rows: short, no digits, no punctuation. */
const GROUP = /^[\p{Script=Han}、（）()]{2,12}$/u;

/**
 * The tables of indicators of a clean text, in text order: each header line, the rows under
 * it to the first line that is none (blank lines and a group's name between rows are passed),
 * and the rows skipped with why. A header whose value columns have no year, and no plan named
 * in the lines above it or the text's first, makes no table.
 */
export function indicatorTables(text: string, documentYear?: number): IndicatorTable[] {
  let at = 0;
  const lines: Cell[] = text.split('\n').map((line) => {
    const cell = { text: line, start: at, end: at + line.length };
    at = cell.end + 1;
    return cell;
  });
  const tables: IndicatorTable[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!;
    const columns = headerOf(unglued(cellsOf(header.text, header.start), YEAR_CUT));
    if (!columns) continue;
    const before = [lines[0]!.text, ...lines.slice(Math.max(0, h - 3), h).map((l) => l.text)].reverse().join('\n');
    const times = timesOf(columns, before, documentYear);
    if (!times) continue;
    const rows: TableRow[] = [];
    const skipped: TableSkip[] = [];
    let end = header.end;
    let next = h + 1;
    for (; next < lines.length; next++) {
      const line = lines[next]!;
      if (line.text.trim() === '' || GROUP.test(line.text.trim())) continue;
      const read = readRow(line.text, line.start, columns, times);
      if (!read) break;
      if ('skip' in read) skipped.push(read.skip);
      else {
        rows.push(read.row);
        skipped.push(...read.skipped);
      }
      end = line.end;
    }
    if (rows.length === 0 && skipped.length === 0) continue;
    tables.push({ start: header.start, end, rows, skipped });
    h = next - 1;
  }
  return tables;
}
