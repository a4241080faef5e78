import { PLACE_FIELDS } from '../../review/placeFields.js';
import { seg, type Line } from '../text/lines.js';
import { displayWidth, truncate } from '../text/text.js';
import { fieldLabel, rt } from './words.js';
import { wrap } from '../text/wrap.js';
import { formPlace, proposedPlace } from './placeForm.js';
import { namedProposedPlace, type ReviewState } from './reviewState.js';

/**
 * The review's lines for proposed places: the line under a proposal whose document names one,
 * and the place form, its fields as finishing would write them (those the gazetteer or the
 * reviewer filled marked), what to know before finishing, and why a typed value was refused.
 * Drawing only.
 */

/** The line saying the proposal's place is proposed, with the key that opens it; none where it is not. */
export function proposedPlaceLine(state: ReviewState, width: number): Line[] {
  const place = namedProposedPlace(state);
  if (!place) return [];
  const text = rt('placeProposed', state.lang, { id: place.entry.id, name: place.entry.name.zh_hans });
  const label = `${fieldLabel('place', state.lang)}  `;
  return [[seg(label, 'dim'), seg(truncate(text, Math.max(1, width - displayWidth(label))), 'warn')]];
}

export function placeFormLines(state: ReviewState, width: number): Line[] {
  const form = state.placeForm!;
  const { lang } = state;
  const place = proposedPlace(state.places, form.id);
  if (!place) return [];
  const now = formPlace(form, place);
  const lines: Line[] = [
    [
      seg(
        truncate(rt('placeTitle', lang, { id: place.entry.id, name: place.entry.name.zh_hans, level: place.entry.level }), width),
        'bold',
      ),
    ],
    [seg(truncate(rt('placeHint', lang), width), 'dim')],
    [],
  ];
  PLACE_FIELDS.forEach((field, i) => {
    const editing = form.text?.field === i;
    const value = editing ? `${form.text!.value}▏` : field.value(now) || '—';
    const filled = !editing && field.value(now) !== field.value(place.entry) ? `  ·  ${rt('placeFilled', lang)}` : '';
    const style = editing ? 'bold' : form.cursor === i ? 'current' : 'plain';
    lines.push([
      seg(field.name.padEnd(14), 'dim'),
      seg(truncate(value, Math.max(1, width - 14 - filled.length)), style),
      seg(filled, 'dim'),
    ]);
  });
  const said = [...place.notes, ...(form.message ? [form.message] : [])];
  if (said.length > 0) lines.push([]);
  for (const note of said) lines.push(...wrap(note, width).map((w): Line => [seg(w.text, 'warn')]));
  return lines;
}
