import { placeOf, readMetadata, type DocumentKind, type PlaceChoice } from '../ingest/meta.js';
import { DATE_NOTES } from '../ingest/dates.js';
import { kindOfTitle } from '../ingest/kinds.js';
import { DOCUMENT_KINDS } from '../model/schema.js';
import type { Place } from '../model/types.js';
import { dateProblem, idProblem, textProblem } from '../model/values.js';
import { UsageError } from '../args.js';

/**
 * What a new text is, for its document: its title, date, kind, place and publisher, each
 * from its option, else from the text, else from a person at the terminal, and checked as
 * the data is; what none of them gives is a usage error naming the option.
 */

export interface IngestOptions {
  readonly into: string;
  readonly place?: string;
  readonly 'place-id'?: string;
  readonly kind?: string;
  readonly date?: string;
  readonly title?: string;
  readonly publisher?: string;
}

export interface IngestIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks a person on a terminal and returns the answer; absent where nobody can answer. */
  ask?: (question: string) => string | undefined;
}

export interface Metadata {
  readonly title: string;
  /** A date, or "none" when the text states none. */
  readonly dateText: string;
  /** What the document's date note says of where its date came from: the text (and where in it) or a person; undefined for a date given by its option. */
  readonly dateNote: string | undefined;
  readonly kind: DocumentKind;
  readonly choice: PlaceChoice;
  readonly publisher: string | undefined;
}

/** An option's value, else what the text says, else a person's answer; a missing one is a usage error naming the option. */
function settle(
  given: string | undefined,
  read: string | undefined,
  io: IngestIo,
  option: string,
  question: string,
  valid: (v: string) => string | undefined,
): string {
  const value = given ?? read;
  if (value !== undefined) {
    const problem = valid(value);
    if (problem === undefined) return value;
    if (given !== undefined) throw new UsageError(`--${option}: ${problem}`);
  }
  for (let tries = 0; io.ask && tries < 3; tries++) {
    const answer = io.ask(question)?.trim();
    if (answer === undefined) break;
    const problem = valid(answer);
    if (problem === undefined) return answer;
    io.err(`${problem}\n`);
  }
  throw new UsageError(`cannot read ${option === 'date' ? 'the date' : `the ${option}`} from the text: give --${option}`);
}

/** The place a title names: the longest known name in it. */
function placeInTitle(title: string, places: readonly Place[]): string | undefined {
  const names = places.flatMap((p) => [p.name.zh_hans, p.name.zh_hant, p.short.zh_hans, p.short.zh_hant].map((n) => ({ n, id: p.id })));
  // The longest name, and of two as long the later: 江苏省扬州市 is Yangzhou.
  return names
    .map((name) => ({ ...name, at: title.lastIndexOf(name.n) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => b.n.length - a.n.length || b.at - a.at)[0]?.id;
}

/** The known place a text names for itself, its most trustworthy name first; of one name, the most specific place in it. */
function placeInNames(names: readonly string[], places: readonly Place[]): string | undefined {
  for (const name of names) {
    const found = placeInTitle(name, places);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The metadata of a text, from its clean and raw text, the folder's places and the options. */
export function metadataOf(clean: string, raw: string, places: readonly Place[], options: IngestOptions, io: IngestIo): Metadata {
  const read = readMetadata(raw.split(/\r\n?|\n/u), clean);
  const title = settle(options.title, read.title, io, 'title', 'Title of the document (as the text gives it): ', textProblem);
  const dateText = settle(
    options.date,
    read.date,
    io,
    'date',
    'Date (YYYY, YYYY-MM or YYYY-MM-DD; "none" if the text gives none): ',
    (v) => (v === 'none' ? undefined : dateProblem(v)),
  );
  const kind = settle(options.kind, kindOfTitle(title) ?? read.kind, io, 'kind', `Kind (${DOCUMENT_KINDS.join(', ')}): `, (v) =>
    (DOCUMENT_KINDS as readonly string[]).includes(v) ? undefined : `the kind is one of ${DOCUMENT_KINDS.join(', ')}`,
  ) as DocumentKind;
  let choice: PlaceChoice | undefined;
  settle(
    options.place,
    placeInNames(read.places, places) ?? placeInTitle(title, places),
    io,
    'place',
    "Place (a known place's id, or a new place's Chinese name such as 陕西省): ",
    (v) => {
      const found = textProblem(v) ?? placeOf(v, places, options['place-id']);
      if (typeof found === 'string') return found;
      if ('problem' in found) return found.problem;
      if ('proposed' in found && idProblem(found.proposed.id) !== undefined) {
        return `cannot make an id of "${v}" (${idProblem(found.proposed.id)}): give --place-id`;
      }
      choice = found;
      return undefined;
    },
  );
  // The same id again is the place an earlier text of the run proposed; another would be silently ignored.
  if ('known' in choice! && options['place-id'] !== undefined && options['place-id'] !== choice.known.id) {
    throw new UsageError(
      `--place-id names a new place, and ${choice.known.name.zh_hans} is the known place "${choice.known.id}": leave --place-id out`,
    );
  }
  const publisher =
    options.publisher ?? (read.publisher !== undefined && textProblem(read.publisher) === undefined ? read.publisher : undefined);
  const dateNote =
    options.date !== undefined
      ? undefined
      : dateText === read.date && read.dateFrom !== undefined
        ? DATE_NOTES[read.dateFrom]
        : 'Given by the person who ran ingest: the text states no date that could be read.';
  return { title, dateText, dateNote, kind, choice: choice!, publisher };
}
