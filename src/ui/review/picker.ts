import type { EditableField } from '../../review/fields.js';
import type { FolderNames, Named } from '../../review/names.js';
import { gazetteer, lineOf } from '../../gazetteer/divisions.js';
import { englishOf } from '../../gazetteer/english.js';
import type { FactInput } from '../../model/schema.js';
import type { Command } from '../keys/words.js';
import { NEW_CHOICE, pick, typeIntoPicker } from '../modes/picker/reducer.js';
import type { Picker, PickerChoice } from '../modes/picker/state.js';
import type { Lang } from '../strings.js';
import { rt, valueWords } from './words.js';

/**
 * Choosing a field's value from a list, in the review: the field's few values (kind, qualifier,
 * measure) or the folder's indicators, categories, places or topics, filtered as the explorer's
 * pickers are (either script, pinyin, English, a letter or two astray). What is chosen is read
 * as `review --set` reads it, so a list and a typed value are held to the same rules.
 */

export interface FieldPicker extends Picker {
  readonly field: EditableField;
}

/** A gazetteer division's choice: its id is this and its code (no place id has a colon). */
export const DIVISION = 'division:';

/** Every division of the gazetteer as a choice, made once: its names in both scripts' reading and English, and where it is. */
let divisions: readonly PickerChoice[] | undefined;
function divisionChoices(): readonly PickerChoice[] {
  divisions ??= gazetteer().divisions.map((d) => {
    const english = englishOf(d);
    const within = lineOf(d)
      .slice(1)
      .map((up) => up.name)
      .join(', ');
    return {
      id: `${DIVISION}${d.code}`,
      label: `${d.name} · ${english.name}${within ? ` · ${within}` : ''} · GB/T 2260 ${d.code}`,
      names: [d.name, d.short, english.name, english.short],
    };
  });
  return divisions;
}

/**
 * A figure's place: the folder's places, then every division of the gazetteer the folder has
 * not, so that a place no ingest named is chosen as readily. Made once for each reading of the
 * folder's places, so the filter's index of them is built once.
 */
const placeChoices = new WeakMap<readonly Named[], readonly PickerChoice[]>();
function placesOf(places: readonly Named[]): readonly PickerChoice[] {
  let choices = placeChoices.get(places);
  if (!choices) {
    const codes = new Set(places.map((p) => p.code));
    choices = [
      ...places.map((n) => ({ id: n.id, label: n.label, names: n.written })),
      ...divisionChoices().filter((c) => !codes.has(c.id.slice(DIVISION.length))),
    ];
    placeChoices.set(places, choices);
  }
  return choices;
}

/** The choices a field's list offers, labelled in the interface's language. */
export function choicesOf(field: EditableField, names: FolderNames, lang: Lang): readonly PickerChoice[] {
  if (field.list === 'place') return placesOf(names.place);
  if (field.list) return names[field.list].map((n) => ({ id: n.id, label: n.label, names: n.written }));
  return (field.values ?? []).map((value) => {
    const words = valueWords(field.name, value);
    return { id: value, label: words[lang] === value ? value : `${words[lang]} · ${value}`, names: [value, words.en, words.zh] };
  });
}

/**
 * The field's list, its cursor on the value the proposal has; topics start picked, as a list of
 * several does, so that Space adds or takes one away and Enter keeps the rest. An indicator's
 * list offers a name no indicator has as a new one.
 */
export function fieldPicker(field: EditableField, fact: FactInput, names: FolderNames, lang: Lang): FieldPicker {
  const choices = choicesOf(field, names, lang);
  const now = field.value(fact);
  const picked = field.several ? now.split(', ').filter((id) => choices.some((c) => c.id === id)) : [];
  return {
    field,
    title: field.name,
    choices,
    query: '',
    cursor: Math.max(
      0,
      choices.findIndex((c) => c.id === now),
    ),
    picked,
    several: field.several ?? false,
    ...(field.list === 'indicator' ? { proposes: rt('newIndicator', lang) } : {}),
  };
}

export type FieldPickerOutcome =
  | { readonly picker: FieldPicker }
  /** The value to read as `review --set` would read it. */
  | { readonly value: string }
  /** A new indicator by this name is to be proposed. */
  | { readonly newIndicator: string }
  /** A division of the gazetteer the folder has no place for, by its code. */
  | { readonly division: string }
  | { readonly cancelled: true };

/** A key in the field's list; `page` is how many rows a page holds. */
export function fieldPick(picker: FieldPicker, command: Command, page: number): FieldPickerOutcome {
  const outcome = pick(picker, command, page);
  if ('cancelled' in outcome) return outcome;
  if ('picker' in outcome) return { picker: { ...picker, ...outcome.picker } };
  if (outcome.chosen.includes(NEW_CHOICE)) return { newIndicator: picker.query.trim() };
  const division = outcome.chosen.find((id) => id.startsWith(DIVISION));
  if (division !== undefined) return { division: division.slice(DIVISION.length) };
  return { value: outcome.chosen.join(', ') };
}

/** Text typed or pasted into the list's filter. */
export function typeIntoFieldPicker(picker: FieldPicker, text: string): FieldPicker {
  return { ...picker, ...typeIntoPicker(picker, text) };
}
