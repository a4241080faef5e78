import { readMetadata, type DocumentKind } from '../ingest/meta.js';
import { placeOf, placeOfText, type PlaceChoice } from '../ingest/placeChoice.js';
import { DATE_NOTES } from '../ingest/dates.js';
import { kindOfTitle } from '../ingest/kinds.js';
import type { Sidecar, SidecarField } from '../ingest/sidecar.js';
import { DOCUMENT_KINDS } from '../model/schema.js';
import type { Place } from '../model/types.js';
import { dateProblem, idProblem, textProblem } from '../model/values.js';

/**
 * What a new text is, for its document: its title, date, kind, place and publisher, each
 * from the text's sidecar, else its option, else the text, else a person at the terminal,
 * and checked as the data is. What none of them gives is gathered, every field at once, so
 * that one message says all a text lacks and how to give it.
 */

export interface IngestOptions {
  readonly into: string;
  readonly place?: string;
  readonly 'place-id'?: string;
  readonly kind?: string;
  readonly date?: string;
  readonly title?: string;
  readonly publisher?: string;
  /** Read a changed text in place of the one ingested before (see ingest's --replace). */
  readonly replace?: boolean;
}

export interface IngestIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks a person on a terminal and returns the answer; absent where nobody can answer. */
  ask?: (question: string) => string | undefined;
  /** How wide the terminal stdout is, where it is one: the corpus table is fitted to it. */
  columns?: number;
  /** Shows a line of progress in place (null clears it); absent where stderr is no terminal. */
  progress?: (line: string | null) => void;
}

export interface Metadata {
  readonly title: string;
  /** A date, or "none" when the text states none. */
  readonly dateText: string;
  /** What the document's date note says of where its date came from: the text (and where in it) or a person; undefined for a date given by an option or a sidecar. */
  readonly dateNote: string | undefined;
  readonly kind: DocumentKind;
  readonly choice: PlaceChoice;
  readonly publisher: string | undefined;
  /** The fields the text did not give: from a sidecar, an option or a person. */
  readonly given: readonly SidecarField[];
}

/** What a text lacks, every field of it, and what was wrong with a value given for one. */
export class MetadataMissing extends Error {
  constructor(
    readonly missing: readonly SidecarField[],
    readonly problems: readonly string[],
  ) {
    super([...problems, ...(missing.length > 0 ? [`cannot read ${missing.join(', ')} from the text`] : [])].join('; '));
  }
}

/** Where a text's values come from besides the text: its sidecar first, then the command line's options. */
export interface Givens {
  readonly sidecar: Sidecar;
  /** The sidecar's name, for a message about a value in it. */
  readonly sidecarName: string;
  readonly options: IngestOptions;
}

class Settling {
  readonly missing: SidecarField[] = [];
  readonly problems: string[] = [];
  readonly given: SidecarField[] = [];

  constructor(
    private readonly givens: Givens,
    private readonly io: IngestIo,
  ) {}

  /** The given value, else what the text says, else a person's answer; undefined, and noted, when none will do. */
  value(field: SidecarField, read: string | undefined, question: string, valid: (v: string) => string | undefined): string | undefined {
    return this.choose(field, read !== undefined && valid(read) === undefined ? read : undefined, question, (v) => {
      const problem = valid(v);
      return problem === undefined ? { value: v } : { problem };
    });
  }

  /** As value, for a field whose words stand for something else (a place's name for the place): `read` is what the text gave, `parse` reads the words given. */
  choose<T>(
    field: SidecarField,
    read: T | undefined,
    question: string,
    parse: (v: string) => { value: T } | { problem: string },
  ): T | undefined {
    const fromSidecar = this.givens.sidecar[field];
    const given = fromSidecar ?? this.givens.options[field as keyof IngestOptions];
    if (typeof given === 'string') {
      const parsed = parse(given);
      if ('value' in parsed) {
        this.given.push(field);
        return parsed.value;
      }
      this.problems.push(
        fromSidecar !== undefined ? `${this.givens.sidecarName} ${field}: ${parsed.problem}` : `--${field}: ${parsed.problem}`,
      );
      return undefined;
    }
    if (read !== undefined) return read;
    for (let tries = 0; this.io.ask && tries < 3; tries++) {
      const answer = this.io.ask(question)?.trim();
      if (answer === undefined) break;
      const parsed = parse(answer);
      if ('value' in parsed) {
        this.given.push(field);
        return parsed.value;
      }
      this.io.err(`${parsed.problem}\n`);
    }
    this.missing.push(field);
    return undefined;
  }
}

/** The metadata of a text, from its clean and raw text, the folder's places, its sidecar and the options; MetadataMissing when some cannot be had. */
export function metadataOf(clean: string, raw: string, places: readonly Place[], givens: Givens, io: IngestIo): Metadata {
  const settling = new Settling(givens, io);
  const read = readMetadata(raw.split(/\r\n?|\n/u), clean);
  const title = settling.value('title', read.title, 'Title of the document (as the text gives it): ', textProblem);
  const dateText = settling.value('date', read.date, 'Date (YYYY, YYYY-MM or YYYY-MM-DD; "none" if the text gives none): ', (v) =>
    v === 'none' ? undefined : dateProblem(v),
  );
  const kind = settling.value(
    'kind',
    (title === undefined ? undefined : kindOfTitle(title)) ?? read.kind,
    `Kind (${DOCUMENT_KINDS.join(', ')}): `,
    (v) => ((DOCUMENT_KINDS as readonly string[]).includes(v) ? undefined : `the kind is one of ${DOCUMENT_KINDS.join(', ')}`),
  ) as DocumentKind | undefined;
  const placeId = givens.sidecar['place-id'] ?? givens.options['place-id'];
  if (placeId !== undefined && idProblem(placeId) !== undefined) settling.problems.push(`place-id: ${idProblem(placeId)}`);
  const choice = settling.choose(
    'place',
    placeOfText([...(title === undefined ? [] : [title]), ...read.places], places),
    "Place (a known place's id, or its Chinese name such as 陕西省 or 南京市鼓楼区): ",
    (v): { value: PlaceChoice } | { problem: string } => {
      const found = textProblem(v) ?? placeOf(v, places, placeId);
      if (typeof found === 'string') return { problem: found };
      if ('problem' in found) return found;
      if ('proposed' in found && idProblem(found.proposed.id) !== undefined) {
        return { problem: `cannot make an id of "${v}" (${idProblem(found.proposed.id)}): give place-id` };
      }
      return { value: found };
    },
  );
  // The same id again is the place an earlier text of the run proposed; another would be silently ignored.
  const known = choice !== undefined && 'known' in choice ? choice.known : undefined;
  if (known && placeId !== undefined && placeId !== known.id) {
    const where = givens.sidecar['place-id'] !== undefined ? `${givens.sidecarName} place-id` : '--place-id';
    settling.problems.push(`${where} names a new place, and ${known.name.zh_hans} is the known place "${known.id}": leave it out`);
  }
  const publisher =
    givens.sidecar.publisher ??
    givens.options.publisher ??
    (read.publisher !== undefined && textProblem(read.publisher) === undefined ? read.publisher : undefined);
  // A date given by a sidecar or an option needs no note; one a person typed at the prompt is said to be theirs.
  const dateNote = !settling.given.includes('date')
    ? read.dateFrom === undefined
      ? undefined
      : DATE_NOTES[read.dateFrom]
    : (givens.sidecar.date ?? givens.options.date) === undefined
      ? 'Given by the person who ran ingest: the text states no date that could be read.'
      : undefined;
  if (title === undefined || dateText === undefined || kind === undefined || choice === undefined) {
    throw new MetadataMissing(settling.missing, settling.problems);
  }
  if (settling.problems.length > 0) throw new MetadataMissing([], settling.problems);
  return { title, dateText, dateNote, kind, choice, publisher, given: settling.given };
}
