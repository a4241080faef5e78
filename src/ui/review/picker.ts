import type { EditableField } from '../../review/fields.js';
import type { FolderNames } from '../../review/names.js';
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

/** The choices a field's list offers, labelled in the interface's language. */
export function choicesOf(field: EditableField, names: FolderNames, lang: Lang): readonly PickerChoice[] {
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
  | { readonly cancelled: true };

/** A key in the field's list; `page` is how many rows a page holds. */
export function fieldPick(picker: FieldPicker, command: Command, page: number): FieldPickerOutcome {
  const outcome = pick(picker, command, page);
  if ('cancelled' in outcome) return outcome;
  if ('picker' in outcome) return { picker: { ...picker, ...outcome.picker } };
  if (outcome.chosen.includes(NEW_CHOICE)) return { newIndicator: picker.query.trim() };
  return { value: outcome.chosen.join(', ') };
}

/** Text typed or pasted into the list's filter. */
export function typeIntoFieldPicker(picker: FieldPicker, text: string): FieldPicker {
  return { ...picker, ...typeIntoPicker(picker, text) };
}
