import type { Command } from '../../keys/words.js';
import { moved } from '../../state/navigation.js';
import { appendQuery, editFilter } from '../../text/query.js';
import { pickerRows } from './match.js';
import type { Picker, PickerChoice } from './state.js';
import { fold } from '../../../text/fold.js';

/**
 * What a key does to a picker, whatever it picks: pure, so that each use only says where its
 * choices come from and what their application does. The filter's letters come as typed text.
 */

/** The longest filter a picker keeps: no name is longer, and matching costs time with the filter's length. */
export const PICKER_QUERY = 60;

export type PickerOutcome =
  /** Still open, moved, edited or with a choice picked. */
  | { readonly picker: Picker }
  /** Enter: the ids to apply. */
  | { readonly chosen: readonly string[] }
  /** Esc, or Backspace with nothing typed: nothing is applied. */
  | { readonly cancelled: true };

/** The id of the row a picker that proposes ends with: a new choice by the name typed (no id has a NUL). */
export const NEW_CHOICE = '\u0000new';

/** The rows the picker's filter leaves, and the new choice it may propose when no row has the name typed. */
export function rowsOf(picker: Picker): readonly PickerChoice[] {
  const rows = pickerRows(picker.choices, picker.query);
  const name = picker.query.trim();
  if (picker.proposes === undefined || name === '' || rows.some((r) => r.names.some((n) => fold(n) === fold(name)))) return rows;
  return [...rows, { id: NEW_CHOICE, label: `${picker.proposes} “${name}”`, names: [] }];
}

/** Picked or unpicked: several at once where the picker takes several, else this one in place of the one before. */
function toggled(picker: Picker, id: string): readonly string[] {
  if (picker.picked.includes(id)) return picker.picked.filter((p) => p !== id);
  return picker.several ? [...picker.picked, id] : [id];
}

/** A key in the picker; `page` is how many rows a page holds. */
export function pick(picker: Picker, command: Command, page: number): PickerOutcome {
  const rows = rowsOf(picker);
  const cursor = moved(command, picker.cursor, { first: 0, last: rows.length - 1, page });
  if (cursor !== null) return { picker: { ...picker, cursor } };
  const under = rows[picker.cursor];
  switch (command) {
    case 'toggle':
      return { picker: under ? { ...picker, picked: toggled(picker, under.id) } : picker };
    case 'choose':
      // With nothing picked, Enter takes the row under the cursor (or clears); with no row left, it waits.
      if (picker.picked.length > 0 || picker.clears) return { chosen: picker.picked };
      return under ? { chosen: [under.id] } : { picker };
    case 'close':
      return { cancelled: true };
    default:
      return (
        editFilter<PickerOutcome>(
          picker.query,
          command,
          (query) => ({ picker: { ...picker, query, cursor: 0 } }),
          () => ({ cancelled: true }),
        ) ?? { picker }
      );
  }
}

/** Text typed or pasted into the filter: the rows start again from the best. */
export function typeIntoPicker(picker: Picker, text: string): Picker {
  return { ...picker, query: appendQuery(picker.query, text, PICKER_QUERY).query, cursor: 0 };
}
