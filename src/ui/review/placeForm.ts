import { editedPlace, placeEditOf, PLACE_FIELDS, type PlaceEdits } from '../../review/placeFields.js';
import type { FolderPlaces, ProposedPlace } from '../../review/places.js';
import type { Command } from '../keys/words.js';
import { editQuery, typed } from '../text/query.js';

/**
 * The place form of the review: a proposed place the current proposal's document names, its
 * fields prefilled from the gazetteer, each editable as text (the field table's rules, as
 * `review --place ID --set-place` reads them), and a key that finishes it. Pure: finishing is
 * an effect the review screen makes.
 */

export interface PlaceForm {
  readonly id: string;
  readonly cursor: number;
  /** The fields given so far, over the prefill. */
  readonly edits: PlaceEdits;
  readonly text: { readonly field: number; readonly value: string } | null;
  /** Why the last typed value was refused, said in the form. */
  readonly message: string | null;
}

export type PlaceFormEffect = { readonly type: 'finishPlace'; readonly id: string; readonly edits: PlaceEdits };

/** A proposed place of the folder by id. */
export const proposedPlace = (places: FolderPlaces | null, id: string | undefined): ProposedPlace | undefined =>
  id === undefined ? undefined : places?.proposed.find((p) => p.entry.id === id);

export const openPlaceForm = (id: string): PlaceForm => ({ id, cursor: 0, edits: {}, text: null, message: null });

/** The place as the form would finish it: the prefill with the fields given. */
export const formPlace = (form: PlaceForm, place: ProposedPlace) => editedPlace(place.place, form.edits);

const merge = (a: PlaceEdits, b: PlaceEdits): PlaceEdits => ({
  ...a,
  ...b,
  name: { ...a.name, ...b.name },
  short: { ...a.short, ...b.short },
});

/** The form after a command; null once it is closed. */
export function placeFormUpdate(
  form: PlaceForm,
  place: ProposedPlace,
  command: Command,
): { form: PlaceForm | null; effects: PlaceFormEffect[] } {
  const stay = (f: PlaceForm) => ({ form: f, effects: [] });
  const { text } = form;
  if (text) {
    if (command === 'close') return stay({ ...form, text: null, message: null });
    if (command === 'deleteChar') return stay({ ...form, text: { ...text, value: editQuery(text.value, 'backspace') } });
    if (command === 'clearQuery') return stay({ ...form, text: { ...text, value: '' } });
    if (command !== 'choose') return stay(form);
    const edit = placeEditOf(PLACE_FIELDS[text.field]!, text.value);
    if (typeof edit === 'string') return stay({ ...form, message: edit });
    return stay({ ...form, edits: merge(form.edits, edit), text: null, message: null });
  }
  switch (command) {
    case 'close':
      return { form: null, effects: [] };
    case 'up':
    case 'down': {
      const cursor = Math.min(PLACE_FIELDS.length - 1, Math.max(0, form.cursor + (command === 'down' ? 1 : -1)));
      return stay({ ...form, cursor, message: null });
    }
    case 'choose':
      return stay({
        ...form,
        text: { field: form.cursor, value: PLACE_FIELDS[form.cursor]!.value(formPlace(form, place)) },
        message: null,
      });
    case 'finishPlace':
      return { form, effects: [{ type: 'finishPlace', id: form.id, edits: form.edits }] };
    default:
      return stay(form);
  }
}

/** Text typed into the field being edited. */
export function placeFormType(form: PlaceForm, text: string): PlaceForm {
  return form.text ? { ...form, text: { ...form.text, value: form.text.value + typed(text) } } : form;
}
