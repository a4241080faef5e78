import type { FactInput, SkippedInput } from '../../model/schema.js';
import { foldScript } from '../../text/fold.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { changesOf, startYearOf } from './changes.js';
import { GENRES, reviewedYear } from './conventions.js';
import { datedOf, headingsOf, kindOf, qualifierOf, sectionsOf, sentenceCues, yearOf, type KindBasis, type SentenceCues } from './cues.js';
import { LEAD, metricOf, NO_SUBJECT, type Read } from './metric.js';
import { occurrencesIn, type Occurrences } from './occurrences.js';
import { respectivelyOf } from './respectively.js';
import { countBelow, spansOf, type Span, type Spans } from './spans.js';
import { timeWordsOf } from './times.js';
import { placesNamed } from '../placeNames.js';
import { matchVocabulary, withoutIndicator, type Vocabulary } from './vocabulary.js';
import { measureFor } from './measures.js';
import { confidenceOf, englishDraft } from './drafting.js';
import { indicatorTables } from './indicatorTable.js';
import { tableDrafts } from './tableProposals.js';

/**
 * Proposes a figure for each number of a clean text that may be one: its metric (the words
 * before it in its clause), qualifier, kind, year, measure, indicator, category and place,
 * and the shortest quote that holds the metric and the number as written. Each says how sure
 * it is and why it is not surer. A proposal is a draft for a person to review, never a fact.
 */

export interface ProposalDocument {
  readonly id: string;
  readonly kind: string;
  readonly date: string | null;
  readonly place: string;
  readonly script?: string;
}

export interface ProposeInput {
  readonly text: string;
  readonly document: ProposalDocument;
  readonly vocabulary: Vocabulary;
}

/**
 * The longest quote: a quote is for a person to read beside its figure and find in the text.
 * Real ones are a clause or a sentence; a phrase the text repeats grows its quote to the
 * line, over 1,000 characters in one of the seeds. Past 2,000 characters, about two printed
 * pages, a quote is no help, and a line of figures with no stop would quote itself whole for
 * every figure in it.
 */
export const QUOTE_MAX = 2000;
/**
 * A skipped number is shown in its sentence or clause, as a person reads it; one longer than
 * this (the seeds' longest sentence is 255 characters) is cut to this much around the number,
 * so that a text of numbers with no stops writes a skipped list as long as the text, not as
 * its square.
 */
export const CONTEXT = 300;

/**
 * The quote: the metric's start to the number's end, made longer to the left until the text
 * holds it once: to its clause's start, then its sentence's, then its line's, while it is at
 * most QUOTE_MAX long. One found more often still is left so, and the checks move it to the
 * skipped list; undefined when even the shortest is longer than QUOTE_MAX.
 */
function quoteOf(text: string, spans: Spans, found: Occurrences, start: number, end: number): string | undefined {
  const quoted = (from: number) => text.slice(from, end).trim();
  const shortest = quoted(start);
  if (shortest.length > QUOTE_MAX) return undefined;
  for (const from of [start, spans.clauseStart(start), spans.sentenceAround(start).start, spans.lineStart(start)]) {
    const quote = quoted(from);
    if (quote.length > QUOTE_MAX) break;
    if (found.count(quote) === 1) return quote;
  }
  return shortest;
}

/** What a kind that its sentence does not state rests on, as its reason says. */
const KIND_REASONS: Readonly<Record<Exclude<KindBasis, 'sentence'>, string>> = {
  'section heading': 'kind from the section heading',
  "genre's convention": "kind from the genre's convention",
  'time word': 'kind from a time word',
  document: 'kind guessed from the document',
};

/**
 * The start of a change is the baseline of its end, a target or the figure a review reports
 * it reached, where both measure one indicator and the start is no later: only such a link
 * the dataset's checks accept. Any other start keeps the reason that says where it ends.
 */
function linkBaseline(start: FactInput, end: FactInput): void {
  if (start.indicator !== null && start.indicator === end.indicator && start.year <= end.year) start.baseline_of = end.id;
}

/** What every figure of a sentence shares, read once for them all. */
interface SentenceReading extends Span, SentenceCues {
  /** The place the sentence names nearest before a point of the text in it. */
  readonly placeBefore: (at: number) => string | undefined;
}

/** The proposals for a text, in text order, and the numbers passed over with why. */
export function propose({ text, document, vocabulary }: ProposeInput): { proposals: FactInput[]; skipped: SkippedInput[] } {
  // Everything a number looks up is found once for the text, so that a number costs the same in a long text as in a short one.
  const spans = spansOf(text);
  const found = occurrencesIn(text);
  const dated = datedOf(document.date);
  // A table of indicators' numbers are read with their row's unit and column's year, and by nothing else.
  const tables = indicatorTables(text, dated?.year);
  const table = tableDrafts(text, tables, { vocabulary, place: document.place, found });
  const inTables = new Set(table.rows.flatMap((r) => r.numbers));
  const tableSkips = tables.flatMap((t) => t.skipped);
  const all = findNumbers(text);
  const numbers = all.numbers.filter((m) => !inTables.has(m.start));
  const skipped = all.skipped.filter((s) => !inTables.has(s.start) && !tableSkips.some((t) => t.start <= s.start && s.end <= t.end));
  const sections = sectionsOf(text, document.kind, dated);
  const sectionStarts = Int32Array.from(sections, (s) => s.start);
  const headings = Int32Array.from(headingsOf(text));
  const documentYear = dated?.year;
  const reviewed = reviewedYear(document.kind, dated);
  const timesBefore = timeWordsOf(text, documentYear, spans);
  const respectively = respectivelyOf(text, numbers, { spans, lead: LEAD, reach: QUOTE_MAX });
  const changes = changesOf(text, numbers);
  /** By number index: its read (for a change's end to share its start's) and its proposal. */
  const reads = new Map<number, Read>();
  const proposed = new Map<number, FactInput>();
  let reading: SentenceReading | undefined;
  const sentenceAt = (at: number): SentenceReading => {
    const { start, end } = spans.sentenceAround(at);
    if (reading?.start !== start) {
      const sentence = text.slice(start, end);
      const named = placesNamed(vocabulary.places, sentence, document.place);
      reading = { start, end, ...sentenceCues(sentence), placeBefore: (position) => named(position - start) };
    }
    return reading;
  };
  /** The span around a skipped number, cut to CONTEXT characters around it where it is longer. */
  const context = (from: number, to: number, m: { start: number; end: number }) => {
    const cut = to - from > CONTEXT;
    return text.slice(cut ? Math.max(from, m.start - CONTEXT / 2) : from, cut ? Math.min(to, m.end + CONTEXT / 2) : to).trim();
  };
  const proposals: FactInput[] = [];
  const out: SkippedInput[] = skipped.map((s) => ({
    text: text.slice(s.start, s.end),
    quote: context(spans.clauseStart(s.start), Math.min(spans.sentenceAround(s.start).end, s.end + 8), s),
    why: s.why,
  }));
  out.push(...table.skipped);
  /** A table's rows before a point of the text take their place among the proposals, in text order. */
  let rowsDone = 0;
  const rowsBefore = (at: number) => {
    for (; rowsDone < table.rows.length && table.rows[rowsDone]!.at < at; rowsDone++) {
      const first = proposals.length + 1;
      proposals.push(...table.rows[rowsDone]!.proposals((n) => `${document.id}-p${String(first + n).padStart(3, '0')}`));
    }
  };
  const skip = (m: NumberMention, why: string) => {
    const sentence = spans.sentenceAround(m.start);
    out.push({ text: text.slice(m.start, m.end), quote: context(sentence.start, sentence.end, m), why });
  };
  const tooLong = `its metric and number take more than ${QUOTE_MAX} characters to quote`;
  // A headline (the first line, with no sentence's end) repeats the body's figures to draw the eye: a
  // figure it states that the text states again is the body's to propose.
  const firstLine = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const headline = firstLine <= 60 && !/[。；;]/u.test(text.slice(0, firstLine)) ? firstLine : 0;
  const repeated = (m: NumberMention) => m.end <= headline && text.indexOf(text.slice(m.start, m.end), headline) >= 0;
  let previous: Read | undefined;
  numbers.forEach((m, i) => {
    rowsBefore(m.start);
    if (repeated(m)) return skip(m, 'in the headline, and stated again in the text');
    const reasons: string[] = [];
    const section = sections[countBelow(sectionStarts, m.start + 1) - 1];
    const listed = respectively(i);
    const change = changes.get(i);
    const isStart = change?.from === i;
    const numberEnd = m.start + (/^[\d.,]+(?:\s*(?:-|—|–|~|～|至|到)\s*[\d.,]+)?/u.exec(text.slice(m.start))?.[0].length ?? 0);
    const { qualifier, end, strive } = qualifierOf(text, m, m.chinese ? m.end : numberEnd);
    // A change's end (从X提高到Y's Y) is of the metric its start was read with.
    const startRead = change && !isStart ? reads.get(change.from) : undefined;
    const read = listed
      ? { metric: listed, start: spans.clauseStart(m.start), inherited: false }
      : (startRead ?? metricOf(text, spans, m, isStart ? change.at : m.start, end, previous, QUOTE_MAX));
    if (read === undefined) return skip(m, tooLong);
    if (read === NO_SUBJECT) return skip(m, NO_SUBJECT);
    reads.set(i, read);
    if (listed) reasons.push('shared value in a 分别 list');
    if (read.inherited) reasons.push('metric inherited from previous clause');
    if (m.chinese) reasons.push('Chinese numeral');
    if (m.unit === '' && m.measure !== 'rank') reasons.push('no unit');
    if (m.reason) reasons.push(m.reason);
    const metricHan = read.metric.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (metricHan < 2) return skip(m, 'no metric found before the number');
    if (metricHan < 4) reasons.push('short metric');
    const sentence = sentenceAt(m.start);
    const times = timesBefore(m.start);
    // A change's start is what was; its end is a target or a report as its sentence and part say.
    const { kind, basis } = isStart
      ? { kind: 'reported' as const, basis: 'sentence' as const }
      : kindOf(sentence, section, document.kind, times.last);
    if (basis !== 'sentence') reasons.push(KIND_REASONS[basis]);
    // The year the start of a change names (从2020年的…) is not its end's.
    const { nearest, ...rest } = times;
    const own = change && !isStart && change.startYear !== undefined && nearest && nearest.at >= change.at ? rest : times;
    const heading = headings[countBelow(headings, m.start + 1) - 1];
    const ended = yearOf(sentence, kind, own, section, { year: documentYear, reviewed }, heading);
    const year =
      change && !isStart && change.endYear !== undefined
        ? { year: change.endYear, inferred: false }
        : isStart && ended
          ? startYearOf(change, ended, text.slice(sentence.start, m.start), {
              kind: kindOf(sentence, section, document.kind, timesBefore(numbers[change.to]!.start).last).kind,
              ...((sentence.plan ?? section?.time?.plan) ? { plan: (sentence.plan ?? section?.time?.plan)! } : {}),
              ...(documentYear !== undefined ? { latest: GENRES[document.kind]?.reviewed?.(dated!) ?? documentYear - 1 } : {}),
            })
          : ended;
    if (year === undefined) return skip(m, 'no year in the text, and the document has no date');
    if (year.inferred) reasons.push(`year inferred: ${year.why}`);
    if (isStart) reasons.push('start of a change: the figure after it is where it ends');
    const metricZh = foldScript(read.metric);
    const named = matchVocabulary(vocabulary, metricZh, sentence.placeBefore(m.start), document.place);
    // A number's own words (第4位, 增长3倍) say how it measures; else its metric and unit do, against the indicator's family.
    const { measure, fits } = m.measure ? { measure: m.measure, fits: true } : measureFor(metricZh, m.unit, named.unitFamily);
    // A figure in a unit none of the indicator's measures is counted in measures something else the metric names.
    const matched = fits ? named : withoutIndicator(named);
    const quote = quoteOf(text, spans, found, listed ? read.start : Math.min(read.start, m.start), Math.max(end, read.end ?? 0));
    if (quote === undefined) return skip(m, tooLong);
    const id = `${document.id}-p${String(proposals.length + 1).padStart(3, '0')}`;
    const proposal: FactInput = {
      id,
      status: 'proposed',
      confidence: confidenceOf(reasons),
      ...(reasons.length > 0 ? { reasons } : {}),
      kind,
      year: year.year,
      ...(year.inferred ? { year_inferred: true as const } : {}),
      ...('period' in year && year.period ? { period: year.period } : {}),
      ...(matched.place && matched.place !== document.place ? { place: matched.place } : {}),
      metric: englishDraft(metricZh, matched.indicatorName, measure, matched.unitFamily === 'percent'),
      indicator: matched.indicator ?? null,
      measure,
      ...(m.value === undefined ? { value_min: m.valueMin!, value_max: m.valueMax! } : { value: m.value }),
      unit: m.unit,
      qualifier: m.qualifier ?? qualifier,
      ...(strive ? { strive: true as const } : {}),
      ...(matched.category ? { category: matched.category } : {}),
      tags: matched.tags,
      quote,
    };
    proposals.push(proposal);
    proposed.set(i, proposal);
    // A change's end is proposed with its start: the start is its baseline where the dataset's checks allow one.
    const begun = change && !isStart ? proposed.get(change.from) : undefined;
    if (begun) linkBaseline(begun, proposal);
    previous = read;
  });
  rowsBefore(Infinity);
  return { proposals, skipped: out };
}
