import { MEASURES, QUALIFIERS, type FactInput } from '../model/schema.js';
import { ID_PATTERN } from '../model/values.js';
import type { Edits } from './decisions.js';
import { idNamed, type FolderNames, type Listed } from './names.js';

/**
 * The fields of a proposal a person may edit, one table for `review --set NAME=VALUE` and for
 * the review screen: each field's name, how the screen edits it (typed, or stepped through a
 * few values), its value as text, and how a typed value is read and checked. Both ways of
 * editing read a value here, so they accept and refuse the same things with the same words.
 */

export interface EditableField {
  /** Its name on the command line and on the screen. */
  readonly name: string;
  /** Typed in a box, or chosen from a list: a few fixed values, or a list of the folder's. */
  readonly input: 'text' | 'choice';
  /** A choice's fixed values, in the order a list shows them. */
  readonly values?: readonly string[];
  /** The folder's list a choice is made from (its indicators, categories, places or topics). */
  readonly list?: Listed;
  /** Whether several may be chosen (topics); the value is then the ids joined by commas. */
  readonly several?: true;
  /** The proposal's value as the box starts with it; empty for none. */
  value(fact: FactInput): string;
  /** The typed text as an edit, or why it cannot be one. */
  parse(text: string, names: FolderNames): Edits | string;
}

/** A list as a person types it: split at commas and 、, either script's. */
const listed = (v: string): string[] =>
  v
    .split(/[,，、;；]/u)
    .map((t) => t.trim())
    .filter(Boolean);

const words = (v: string, what: string): string | undefined => (v === '' ? `${what} needs words` : undefined);

const choice = (name: string, values: readonly string[], key: 'kind' | 'qualifier' | 'measure'): EditableField => ({
  name,
  input: 'choice',
  values,
  value: (f) => f[key],
  parse: (v) => (values.includes(v) ? { [key]: v } : `takes ${values.join(', ')}`),
});

/** A field that names an entry of a folder's list (an indicator, a category) by its id or a name; none or nothing clears it. */
const named = (name: 'indicator' | 'category' | 'place', listedAs: Listed): EditableField => ({
  name,
  input: 'choice',
  list: listedAs,
  value: (f) => f[name] ?? '',
  parse: (v, names) => {
    if (v === '' || v === 'none') return { [name]: null };
    const id = idNamed(names, listedAs, v);
    return id === undefined ? `no ${listedAs} is named "${v}" in this folder; give its id or a name its list gives it` : { [name]: id };
  },
});

/** A link to another figure by its id (progress_of, baseline_of); none or nothing unlinks. The checks say whether the link holds. */
const link = (name: 'progress_of' | 'baseline_of'): EditableField => ({
  name,
  input: 'text',
  value: (f) => f[name] ?? '',
  parse: (v) =>
    v === '' || v === 'none'
      ? { [name]: null }
      : ID_PATTERN.test(v)
        ? { [name]: v }
        : "takes a figure's id, such as nanning-2023-hitech-count, or none",
});

export const EDITABLE_FIELDS: readonly EditableField[] = [
  {
    name: 'metric.zh',
    input: 'text',
    value: (f) => f.metric.zh,
    parse: (v) => words(v, 'the metric') ?? { metricZh: v },
  },
  {
    name: 'metric.en',
    input: 'text',
    value: (f) => f.metric.en ?? '',
    parse: (v) => words(v, 'the English name') ?? { metricEn: v },
  },
  choice('kind', ['target', 'reported'], 'kind'),
  {
    name: 'year',
    input: 'text',
    value: (f) => String(f.year),
    parse: (v) => (/^\d{4}$/u.test(v) ? { year: Number(v) } : 'a year is four digits, such as 2024'),
  },
  choice('qualifier', QUALIFIERS, 'qualifier'),
  {
    name: 'value',
    input: 'text',
    value: (f) => (f.value !== undefined ? String(f.value) : `${f.value_min}-${f.value_max}`),
    parse: (v) => {
      const range = /^(-?\d+(?:\.\d+)?)\s*[-–~～]\s*(-?\d+(?:\.\d+)?)$/u.exec(v);
      if (range && Number(range[1]) < Number(range[2])) return { value: { value_min: Number(range[1]), value_max: Number(range[2]) } };
      return /^-?\d+(?:\.\d+)?$/u.test(v)
        ? { value: { value: Number(v) } }
        : 'a number as the quote writes it, such as 1.94 or 1729, or a range such as 3-5';
    },
  },
  {
    name: 'unit',
    input: 'text',
    value: (f) => f.unit,
    // A figure with no unit (a ratio's term) is written with none.
    parse: (v) => (v === '' ? 'a unit as the quote writes it, such as 家 or 亿元, or none' : { unit: v === 'none' ? '' : v }),
  },
  named('indicator', 'indicator'),
  choice('measure', MEASURES, 'measure'),
  named('category', 'category'),
  // A figure's own place, where it is not its document's (a province's report giving a city's figure).
  named('place', 'place'),
  {
    name: 'tags',
    input: 'choice',
    list: 'topic',
    several: true,
    value: (f) => f.tags.join(', '),
    parse: (v, names) => {
      const typed = listed(v);
      if (typed.length === 0) return 'a fact needs at least one topic, such as rnd';
      const ids = typed.map((t) => idNamed(names, 'topic', t));
      const unknown = typed.filter((_, i) => ids[i] === undefined);
      return unknown.length > 0 ? `no topic is named ${unknown.map((t) => `"${t}"`).join(', ')} in this folder` : { tags: ids as string[] };
    },
  },
  {
    name: 'responsible',
    input: 'text',
    value: (f) => (f.responsible ?? []).join('、'),
    // The bodies as the text names them; none or nothing: the text names none.
    parse: (v) => {
      const bodies = v === 'none' ? [] : listed(v);
      const twice = bodies.find((body, i) => bodies.indexOf(body) !== i);
      if (twice !== undefined) return `names "${twice}" twice`;
      return { responsible: bodies.length > 0 ? bodies : null };
    },
  },
  {
    name: 'note',
    input: 'text',
    value: (f) => f.note ?? '',
    parse: (v) => words(v, 'a note') ?? { note: v },
  },
  link('progress_of'),
  link('baseline_of'),
];

export const FIELD_NAMES: readonly string[] = EDITABLE_FIELDS.map((f) => f.name);

/** A field by its name. */
export const fieldNamed = (name: string): EditableField | undefined => EDITABLE_FIELDS.find((f) => f.name === name);

/** A typed value of a field as an edit, or the one message both ways of editing give for it: "year: a year is four digits…". */
export function editOf(field: EditableField, typed: string, names: FolderNames): Edits | string {
  const read = field.parse(typed.trim(), names);
  return typeof read === 'string' ? `${field.name}: ${read}` : read;
}
