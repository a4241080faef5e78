import { firstControl } from './controls.js';

/**
 * The checks a value must pass to be written into the data, the same whether it comes from
 * a file being read, a flag or a person's answer: an id becomes a file name and a part of
 * other ids, a date a year of every figure, and a name is printed to a terminal.
 */

/** Lowercase words joined by "-": safe as a file name on every system, and in a URL or a shell. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
export const ID_MESSAGE = 'an id is lowercase words joined by "-"';
/** Ids are names a person types; a longer one is a mistake, and would come near a file name's limit. */
export const ID_MAX = 80;

/** Why `value` cannot be an id, or undefined when it can. */
export function idProblem(value: string): string | undefined {
  if (value.length > ID_MAX) return `an id is at most ${ID_MAX} characters (this one has ${value.length})`;
  return ID_PATTERN.test(value) ? undefined : `${ID_MESSAGE} (such as xian or suzhou-gaoxin), not ${JSON.stringify(value)}`;
}

/** The years the data can speak of: from the founding of the PRC to the far end of any plan. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/u;
export const DATE_MESSAGE = 'a date is YYYY, YYYY-MM or YYYY-MM-DD';

/** Why `value` cannot be a document's date (a real day of a year the data can speak of), or undefined when it can. */
export function dateProblem(value: string): string | undefined {
  const m = DATE.exec(value);
  if (!m) return DATE_MESSAGE;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `the year ${m[1]} is outside ${FIRST_YEAR}–${LAST_YEAR}`;
  if (m[3] !== undefined) {
    const day = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
    if (day.getUTCDate() !== Number(m[3])) return `${value} is not a day of the calendar`;
  }
  return undefined;
}

/** Why `value` cannot be a name or title in the data (printed to a terminal, one line), or undefined when it can. */
export function textProblem(value: string): string | undefined {
  if (value.trim() === '') return 'must not be empty';
  const control = firstControl(value);
  return control ? `has control character ${control.code} at character ${control.character}` : undefined;
}
