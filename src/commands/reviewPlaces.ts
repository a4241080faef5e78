import { UsageError } from '../args.js';
import { editedPlace, placeEditOf, PLACE_FIELD_NAMES, PLACE_FIELDS, placeFieldNamed, type PlaceEdits } from '../review/placeFields.js';
import { finishPlace, readPlaces, type ProposedPlace } from '../review/places.js';

/**
 * `review DIR --places` and `review DIR --place ID [--set-place FIELD=VALUE…]`: the folder's
 * proposed places with what the gazetteer would finish them to, and one finished. The fields
 * and their messages are the review's place table, as the screen's place form reads them.
 */

export interface PlaceOptions {
  readonly places?: boolean;
  readonly place?: string;
  readonly 'set-place'?: readonly string[];
}

/** Whether the options are about places: then they are all the run does. */
export const aboutPlaces = (o: PlaceOptions): boolean => o.places === true || o.place !== undefined || o['set-place'] !== undefined;

/** Place flags with others, or --set-place with no place to set, are usage errors saying what goes with what. */
export function checkPlaceFlags(options: PlaceOptions & { readonly [flag: string]: unknown }): void {
  if (!aboutPlaces(options)) return;
  if (options['set-place'] !== undefined && options.place === undefined) {
    throw new UsageError('--set-place edits the place --place ID finishes: add --place, or leave --set-place out');
  }
  if (options.places === true && options.place !== undefined) {
    throw new UsageError('--places lists the proposed places and --place ID finishes one: give one of them');
  }
  const other = Object.keys(options).find((k) => !['places', 'place', 'set-place'].includes(k) && options[k] !== undefined);
  if (other !== undefined) {
    throw new UsageError(`--${other} is about proposed figures, --places and --place about proposed places: give them in two runs`);
  }
}

/** `--set-place field=value` as edits of a place, read by the place table; a field or value that cannot be is a usage error. */
export function placeEditsOf(sets: readonly string[]): PlaceEdits {
  let edits: PlaceEdits = {};
  for (const set of sets) {
    const at = set.indexOf('=');
    const field = placeFieldNamed(at < 0 ? set : set.slice(0, at));
    if (at < 0 || field === undefined) {
      throw new UsageError(`--set-place takes FIELD=VALUE, FIELD one of ${PLACE_FIELD_NAMES.join(', ')} (not "${set}")`);
    }
    const edit = placeEditOf(field, set.slice(at + 1));
    if (typeof edit === 'string') throw new UsageError(`--set-place ${edit}`);
    edits = { ...edits, ...edit, name: { ...edits.name, ...edit.name }, short: { ...edits.short, ...edit.short } };
  }
  return edits;
}

/** A proposed place as the listing shows it: its id and name, then each field as finishing would write it, and what to know. */
export function placeLines(p: ProposedPlace, dir: string): string[] {
  const lines = [`${p.entry.id}  ${p.entry.level}  ${p.entry.name.zh_hans}${p.division ? `  (the division ${p.division.code})` : ''}`];
  for (const field of PLACE_FIELDS) {
    const value = field.value(p.place);
    const given = field.value(p.entry);
    lines.push(`  ${field.name.padEnd(14)}${value === '' ? '—' : value}${value !== given ? '   (prefilled)' : ''}`);
  }
  for (const note of p.notes) lines.push(`  note: ${note}`);
  lines.push(`  finish: policy-explorer review ${dir} --place ${p.entry.id} [--set-place FIELD=VALUE]`);
  return lines;
}

export function reviewPlacesCommand(
  dir: string,
  options: PlaceOptions,
  io: { out: (t: string) => void; err: (t: string) => void },
): number {
  const edits = placeEditsOf(options['set-place'] ?? []);
  const read = readPlaces(dir);
  if ('problem' in read) {
    io.err(`policy-explorer: ${dir}/${read.problem}\n`);
    return 1;
  }
  if (options.place === undefined) {
    const list = read.proposed.map((p) => placeLines(p, dir).join('\n'));
    io.out(
      list.length === 0
        ? 'No proposed places in this folder.\n'
        : `${list.length} proposed place${list.length === 1 ? '' : 's'}:\n${list.join('\n')}\n`,
    );
    return 0;
  }
  const outcome = finishPlace(dir, read, options.place, edits);
  if (!('written' in outcome)) {
    io.err(`policy-explorer: ${'conflict' in outcome ? outcome.conflict : outcome.problem}\n`);
    return 1;
  }
  const place = editedPlace(read.proposed.find((p) => p.entry.id === options.place)!.place, edits);
  io.out(`finished ${place.id} (${place.name.zh_hans}, ${place.name.en}) in places.yaml\n`);
  return 0;
}
