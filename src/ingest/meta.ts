import { foldScript } from '../text/fold.js';
import { genericSteps } from '../model/clean.js';
import { pageDateIn, type DateSource } from './dates.js';
import { deliveryIn, governmentIn, speakerOf } from './delivery.js';
import { kindOfShape, kindOfTitle, type DocumentKind } from './kinds.js';
import { placeNameAt } from './places.js';
import { isNewsOutlet, labelledPublishers } from './publisher.js';
import { signatureIn } from './signature.js';
import { titleIn } from './title.js';
import { isParagraph, lineOf } from './written.js';

/**
 * What a raw text says about itself: its script, title, date, kind, publisher and places,
 * each read only where the text states it (the reading of each is in its own file: title,
 * dates, delivery, signature, publisher, kinds, places). What cannot be read is left
 * undefined, for the command line to ask for; nothing here guesses a value the text does not give.
 */

export type { DocumentKind } from './kinds.js';
export type { DateSource } from './dates.js';

/** Traditional when folding to simplified changes a good share of its Han characters. */
export function scriptOf(text: string): 'traditional' | 'simplified' {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  const folded = [...foldScript(han.join(''))];
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== folded[i]) changed++;
  // Simplified texts change at none or a few (a name, a quoted term); a traditional text at one character in ten or more.
  return han.length > 0 && changed / han.length > 0.03 ? 'traditional' : 'simplified';
}

/** What a text says of itself, each value as the text gives it; what it does not say is undefined. */
export interface TextMetadata {
  /** The document's title as the text gives it. */
  title?: string;
  /** YYYY-MM-DD, or YYYY-MM when only year and month are stated. */
  date?: string;
  /** Where the date was read, for the document's date note. */
  dateFrom?: DateSource;
  kind?: DocumentKind;
  /** The publisher as the text names it (河北省人民政府, 苏州市科学技术局, 河北日报). */
  publisher?: string;
  /**
   * The names of the places the text names for itself, most trustworthy first: its title's,
   * its delivery line's, its publisher's (for a work report, the government its speaker
   * heads) and its page's fields'. As written, not resolved into divisions; never a
   * development zone or a group of places.
   */
  places: string[];
}

/** The page's head: its lines before the article's first paragraph, at most this many. */
const HEAD_LINES = 30;
/** The article's first lines, where its title, delivery line, speaker and salutation stand. */
const OPENING_LINES = 12;
/** The lines just after the head and the page's last lines, where a page puts its publishing date and source at times. */
const AFTER_HEAD_LINES = 10;
const TAIL_LINES = 15;

/**
 * What a text says about itself, read from its raw lines (a page's chrome: 发布时间, 来源, a
 * signature the cleaning left out) and its clean text (the article: its headline, a report's
 * delivery line and speaker, a reply's salutation). Each value is read where a page states it:
 *  - the date: the day a report was delivered, else the day under a signature, else the
 *    page's publishing date or dateline;
 *  - the kind: from the title, else from the text's shape;
 *  - the publisher: for a work report the government its speaker heads, for a news report
 *    the newspaper its page names, else the organ that signs it, else the page's 发文机关,
 *    发布机构 or 来源.
 */
export function readMetadata(rawLines: readonly string[], cleanText: string): TextMetadata {
  const raw = genericSteps(rawLines.join('\n'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const paragraph = raw.findIndex(isParagraph);
  const headEnd = Math.min(paragraph < 0 ? raw.length : paragraph, HEAD_LINES);
  const head = raw.slice(0, headEnd).map(lineOf);
  const rest = [
    ...raw.slice(headEnd, headEnd + AFTER_HEAD_LINES),
    ...raw.slice(Math.max(headEnd + AFTER_HEAD_LINES, raw.length - TAIL_LINES)),
  ].map(lineOf);
  const clean = cleanText.split('\n').filter((l) => l.trim() !== '');
  const opening = clean.slice(0, OPENING_LINES).map((l) => lineOf(l.slice(0, 300)));
  const closing = clean.slice(Math.max(OPENING_LINES, clean.length - 3)).map((l) => lineOf(l.slice(0, 300)));

  // The title is read around the delivery line of the article, not one the cleaning left in the page's head.
  const delivered = deliveryIn(opening);
  const delivery = delivered ?? deliveryIn(head);
  const title = titleIn(opening, head, delivered);
  const congress = delivery?.place;
  const speaker = [delivery?.after ?? '', ...opening.slice(0, 8).map((l) => l.written), ...head.map((l) => l.written)]
    .map((t) => speakerOf(t, congress))
    .find((s) => s !== undefined);
  const government = speaker?.government ?? firstOf(opening, (l) => governmentIn(l, congress));
  const labelled = labelledPublishers([...head, ...rest]);
  const source = labelled.find((l) => l.label === 'source')?.name;
  const issuer = labelled.find((l) => l.label === 'issuer')?.name;
  const signature = signatureIn(raw);

  const kind =
    (title === undefined ? undefined : kindOfTitle(title)) ??
    kindOfShape({
      delivered: delivery !== undefined,
      governmentSpeaks: government !== undefined,
      ends: [...head, ...opening, ...closing].map((l) => l.simple),
      outlet: source !== undefined && isNewsOutlet(source),
      title,
      publisher: signature?.organs ?? issuer ?? source,
    });
  const publisher =
    kind === 'work-report'
      ? (government ?? issuer ?? source ?? signature?.organs)
      : kind === 'news-report'
        ? (source ?? issuer ?? signature?.organs)
        : (signature?.organs ?? issuer ?? source);

  const page = pageDateIn(head, rest);
  const dated: { date: string; from: DateSource } | undefined = delivery
    ? { date: delivery.date, from: 'delivered' }
    : signature
      ? { date: signature.date, from: 'signed' }
      : page;

  const named = [
    title === undefined
      ? undefined
      : placeNameAt(title.replace(/^(?:\d{4}年度?|关于(?:印发|转发|公布|发布)?|關於(?:印發|轉發|公佈|發佈)?|《)+/u, '')),
    congress,
    // A speaker's place is the place of the government the speaker heads, the work report's publisher.
    publisher === undefined ? undefined : placeNameAt(publisher),
    ...labelled.map((l) => placeNameAt(l.name)),
  ];
  return {
    ...(title === undefined ? {} : { title }),
    ...(dated === undefined ? {} : { date: dated.date, dateFrom: dated.from }),
    ...(kind === undefined ? {} : { kind }),
    ...(publisher === undefined ? {} : { publisher }),
    places: [...new Set(named.filter((n) => n !== undefined))],
  };
}

function firstOf<T, R>(items: readonly T[], read: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = read(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
