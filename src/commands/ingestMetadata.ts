import { dateOf, kindOf, placeOf, type DocumentKind, type PlaceChoice } from '../ingest/meta.js';
import { placeMentions } from '../ingest/placeNames.js';
import { DOCUMENT_KINDS } from '../model/schema.js';
import type { Place } from '../model/types.js';
import { foldScript } from '../text/fold.js';
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

/**
 * The place a title names: the longest it names as a text's places are read (a name inside a
 * longer one is not taken); none where that is a place not listed (扬州经济技术开发区) or a group
 * (国家高新区).
 */
function placeInTitle(title: string, places: readonly Place[]): string | undefined {
  return placeMentions(places, foldScript(title)).sort((a, b) => b.end - b.start - (a.end - a.start))[0]?.place;
}

/** The publisher a "来源：" or "發布機構：" line names, if the text has one. */
function publisherIn(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 15)) {
    const m = /(?:来源|來源|发布机构|發布機構)\s*[:：]\s*([^\s|｜]{2,30})/u.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** The metadata of a text, from its clean and raw text, the folder's places and the options. */
export function metadataOf(clean: string, raw: string, places: readonly Place[], options: IngestOptions, io: IngestIo): Metadata {
  const lines = clean.split('\n');
  const rawLines = raw.split(/\r\n?|\n/u);
  const firstLine = lines[0]?.trim();
  const titleGuess = firstLine && firstLine.length <= 60 && !/[。；;]$/u.test(firstLine) ? firstLine : undefined;
  const title = settle(options.title, titleGuess, io, 'title', 'Title of the document (as the text gives it): ', textProblem);
  const dateText = settle(
    options.date,
    dateOf(rawLines),
    io,
    'date',
    'Date (YYYY, YYYY-MM or YYYY-MM-DD; "none" if the text gives none): ',
    (v) => (v === 'none' ? undefined : dateProblem(v)),
  );
  const kind = settle(options.kind, kindOf(title), io, 'kind', `Kind (${DOCUMENT_KINDS.join(', ')}): `, (v) =>
    (DOCUMENT_KINDS as readonly string[]).includes(v) ? undefined : `the kind is one of ${DOCUMENT_KINDS.join(', ')}`,
  ) as DocumentKind;
  let choice: PlaceChoice | undefined;
  settle(
    options.place,
    placeInTitle(title, places),
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
  const publisherRead = publisherIn(rawLines);
  const publisher =
    options.publisher ?? (publisherRead !== undefined && textProblem(publisherRead) === undefined ? publisherRead : undefined);
  return { title, dateText, kind, choice: choice!, publisher };
}
