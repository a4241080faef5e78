import { DIVISION_CODE, PLACE_LEVELS, type PlaceInput } from '../model/schema.js';
import { ID_PATTERN } from '../model/values.js';
import { hasHan } from '../text/fold.js';

/**
 * The fields of a proposed place a person finishes, one table for `review --place ID
 * --set-place NAME=VALUE` and for the review screen's place form: each field's name, its value
 * as text, and how a typed value is read into the place and checked, so that both accept and
 * refuse the same things with the same words.
 */

/** What finishing writes over a place's entry: its names, level, parent, code and aliases. */
export type PlaceEdits = {
  -readonly [K in 'name' | 'short']?: Partial<PlaceInput[K]>;
} & { level?: PlaceInput['level']; parent?: string | null; code?: string | null; aliases?: string[] };

export interface PlaceField {
  /** Its name on the command line and on the screen. */
  readonly name: string;
  /** The entry's value as text; empty for none. */
  value(place: PlaceInput): string;
  /** The typed text as an edit, or why it cannot be one. */
  parse(text: string): PlaceEdits | string;
}

type Script = 'zh_hans' | 'zh_hant' | 'en';

/** A name in one script: Chinese in the Chinese scripts, and English (no Chinese characters) in English. */
const named = (part: 'name' | 'short', script: Script): PlaceField => ({
  name: `${part}.${script}`,
  value: (p) => p[part][script],
  parse: (v) => {
    const what = `the ${part === 'short' ? 'short ' : ''}${script === 'en' ? 'English' : script === 'zh_hans' ? 'simplified' : 'traditional'} name`;
    if (v === '') return `${what} needs words`;
    if (script === 'en' && hasHan(v)) return `${what} is written in English, such as Xi'an High-tech Zone, not "${v}"`;
    if (script !== 'en' && !hasHan(v)) return `${what} is written in Chinese characters, not "${v}"`;
    return { [part]: { [script]: v } };
  },
});

export const PLACE_FIELDS: readonly PlaceField[] = [
  named('name', 'zh_hans'),
  named('name', 'zh_hant'),
  named('name', 'en'),
  named('short', 'zh_hans'),
  named('short', 'zh_hant'),
  named('short', 'en'),
  {
    name: 'level',
    value: (p) => p.level,
    parse: (v) =>
      (PLACE_LEVELS as readonly string[]).includes(v) ? { level: v as PlaceInput['level'] } : `takes ${PLACE_LEVELS.join(', ')}`,
  },
  {
    name: 'parent',
    value: (p) => p.parent ?? '',
    // Whether the parent is a place of the folder is the dataset's check, said when the place is finished.
    parse: (v) =>
      v === '' || v === 'none' ? { parent: null } : ID_PATTERN.test(v) ? { parent: v } : "takes a place's id, such as xian, or none",
  },
  {
    name: 'code',
    value: (p) => p.code ?? '',
    parse: (v) =>
      v === '' || v === 'none'
        ? { code: null }
        : DIVISION_CODE.test(v)
          ? { code: v }
          : 'a GB/T 2260 code is six digits, such as 610100, or none for a place that is no division',
  },
  {
    name: 'aliases',
    value: (p) => p.aliases.join(', '),
    parse: (v) => ({
      aliases: v
        .split(/[,，、]/u)
        .map((a) => a.trim())
        .filter(Boolean),
    }),
  },
];

export const PLACE_FIELD_NAMES: readonly string[] = PLACE_FIELDS.map((f) => f.name);

export const placeFieldNamed = (name: string): PlaceField | undefined => PLACE_FIELDS.find((f) => f.name === name);

/** A typed value of a field as an edit, or the one message both ways of finishing give for it: "name.en: …". */
export function placeEditOf(field: PlaceField, typed: string): PlaceEdits | string {
  const read = field.parse(typed.trim());
  return typeof read === 'string' ? `${field.name}: ${read}` : read;
}

/** The place with the edits made. */
export function editedPlace(place: PlaceInput, edits: PlaceEdits): PlaceInput {
  const { name, short, parent, code, ...rest } = edits;
  const next: PlaceInput = { ...place, ...rest, name: { ...place.name, ...name }, short: { ...place.short, ...short } };
  if (parent === null) delete next.parent;
  else if (parent !== undefined) next.parent = parent;
  if (code === null) delete next.code;
  else if (code !== undefined) next.code = code;
  return next;
}

/**
 * The place's values read through the table, each field's edit or its message: what finishing
 * refuses is what a field cannot be (an English name still in Chinese, as ingest leaves it).
 */
export function checkedPlace(place: PlaceInput): { place: PlaceInput } | { problem: string } {
  let next = place;
  for (const field of PLACE_FIELDS) {
    const edit = placeEditOf(field, field.value(place));
    if (typeof edit === 'string') return { problem: edit };
    next = editedPlace(next, edit);
  }
  return { place: next };
}
