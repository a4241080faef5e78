import type { FactInput, SkippedInput } from '../model/schema.js';
import type { Measure } from '../model/types.js';
import { foldScript } from '../text/fold.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { GROWTH, headingsOf, kindOf, measureOf, qualifierOf, sectionsOf, sentenceCues, yearOf, type SentenceCues } from './cues.js';
import { occurrencesIn, type Occurrences } from './occurrences.js';
import { rankMetric } from './ranks.js';
import { respectivelyOf } from './respectively.js';
import { countBelow, spansOf, type Span, type Spans } from './spans.js';
import { timeWordsOf } from './times.js';
import { placesNamed } from './placeNames.js';
import { matchVocabulary, type Vocabulary } from './vocabulary.js';

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

/** Words that join a metric to its number, stripped from the metric's end. */
const LINK =
  /(?:达到|達到|达|達|为|為|是|突破|超过|超過|超|逾|增至|增加到|提高到|提升到|共计|共計|合计|合計|总计|總計|共|约|約|大约|大約|近|将近|將近|接近|不少于|不少於|不低于|不低於|不高于|不高於|不超过|不超過|高于|高於|低于|低於|最高|力争|力爭|冲刺|沖刺|保持在|控制在|确保|確保|年均|实现|實現|完成|有|在)+$/u;
/** Words at a clause's start that say when or how, not what is measured. */
const LEAD =
  /^(?:其中|目前|同时|同時|此外|另外|并|並|且|和|及|以及|全年|今年|去年|上年|当年|當年|截至\d{4}年(?:\d{1,2}月)?(?:底|末)?|到\d{4}年(?:底|末)?|\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:以来|以來)?|“十四五”(?:期间|期間)?|十四五(?:期间|期間)?)+/u;

interface Read {
  metric: string;
  /** Where the metric starts and ends in the text, for the quote. */
  start: number;
  end?: number;
  inherited: boolean;
  /** A rank's: what it ranks, for a rank after it that names only where (居全国第4位，全省第一). */
  ranked?: string;
}

/** What a count counts when the text names it after the number: 4項科技成果, 2家企業獲…獎. */
const COUNTED = /^[\p{Script=Han}“”"（）()·]{2,24}?(?=[，,；;。：:、]|$|和|及|与|與|提供|开展|開展|进行|進行)/u;

/** A metric is a name: forty characters hold any. An inherited one too, or a run of 同比增长 figures would lengthen it at each. */
const capped = (metric: string) => (metric.length > 40 ? metric.slice(-40) : metric);

/**
 * The metric of a number: the words before it in its clause, less what links them to it;
 * undefined where the clause runs on further back than a quote may be long.
 */
function metricOf(text: string, spans: Spans, m: NumberMention, end: number, previous: Read | undefined): Read | undefined {
  const clause = spans.clauseStart(m.start);
  // In a list of figures (实验室10个、研发机构15家) a figure's metric starts after the one before. It is
  // looked for no further back than a quote may be long: a clause that runs on past that has no metric to quote.
  const from = Math.max(clause, m.start - QUOTE_MAX);
  const listed = /^.*\d[\p{Script=Han}%]{0,4}[、和及]/u.exec(text.slice(from, m.start));
  if (!listed && from > clause) return undefined;
  const start = listed ? from + listed[0].length : clause;
  const words = text.slice(start, m.start);
  const lead = LEAD.exec(words)?.[0].length ?? 0;
  if (m.measure === 'rank') {
    // A rank's metric is what is ranked, where, and 排名; a clause that names only where (排名全省第3) ranks the clause before's.
    const { metric, ranked } = rankMetric(words.slice(lead));
    const inherit = previous !== undefined && (ranked.match(/\p{Script=Han}/gu)?.length ?? 0) < 2;
    const base = inherit ? (previous.ranked ?? previous.metric) : ranked;
    return { metric: capped(`${base}${metric.slice(ranked.length)}`), start: start + lead, inherited: inherit, ranked: base };
  }
  const metric = words
    .slice(lead)
    .replace(LINK, '')
    .replace(/[“”"「」（(]$/u, '')
    .trim();
  const han = metric.match(/\p{Script=Han}/gu)?.length ?? 0;
  // A count followed by what it counts, after a verb or nothing: the metric is the verb and the thing counted.
  const counted = m.unit !== '' && !/^(?:%|％|个百分点|個百分點)$/u.test(m.unit) && han <= 6 ? COUNTED.exec(text.slice(end)) : null;
  if (counted) return { metric: capped(`${metric}${counted[0]}`), start: start + lead, end: end + counted[0].length, inherited: false };
  // "同比增长15.36%": a change of the figure before; the metric is that figure's, changed.
  // A clause that names only how it counts (累计达到172家) counts what the clause before named.
  if (
    previous &&
    (han < 2 || (GROWTH.test(metric) && han <= 6) || /^(?:累计|累計|新增|共|合计|合計|总数|總數|总计|總計|其中)$/u.test(metric))
  ) {
    return { metric: capped(`${previous.metric}${metric}`), start: start + lead, inherited: true };
  }
  return { metric: capped(metric), start: start + lead, inherited: false };
}

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

/** A draft English name from the indicator's, saying how the figure measures it; none where that would mislead. */
function englishDraft(zh: string, indicator: string | undefined, measure: Measure, percent: boolean): FactInput['metric'] {
  const en = {
    stock: indicator,
    new: indicator && `new ${indicator}`,
    cumulative: indicator && `${indicator} (cumulative)`,
    growth: indicator && `growth of ${indicator}`,
    // A share at the level of an indicator counted in percent is the indicator itself (R&D intensity).
    share: percent ? indicator : undefined,
    rank: indicator && `${indicator} (rank)`,
  }[measure as 'stock'];
  return en === undefined ? { zh } : { zh, en };
}

function confidenceOf(reasons: readonly string[]): number {
  const cost: Record<string, number> = {
    'Chinese numeral': 0.4,
    'metric inherited from previous clause': 0.2,
    'shared value in a 分别 list': 0.15,
    'year inferred': 0.1,
    'kind guessed from the document': 0.15,
    'no unit': 0.25,
    'short metric': 0.25,
  };
  const c = reasons.reduce((left, r) => left - (cost[r.split(':')[0]!] ?? 0.1), 0.95);
  return Math.max(0.05, Math.round(c * 100) / 100);
}

/** What every figure of a sentence shares, read once for them all. */
interface SentenceReading extends Span, SentenceCues {
  /** The place the sentence names nearest before a point of the text in it. */
  readonly placeBefore: (at: number) => string | undefined;
}

/** The proposals for a text, in text order, and the numbers passed over with why. */
export function propose({ text, document, vocabulary }: ProposeInput): { proposals: FactInput[]; skipped: SkippedInput[] } {
  const { numbers, skipped } = findNumbers(text);
  // Everything a number looks up is found once for the text, so that a number costs the same in a long text as in a short one.
  const spans = spansOf(text);
  const found = occurrencesIn(text);
  const sections = sectionsOf(text);
  const sectionStarts = Int32Array.from(sections, (s) => s.start);
  const headings = Int32Array.from(headingsOf(text));
  const documentYear = document.date === null ? undefined : Number(document.date.slice(0, 4));
  const timesBefore = timeWordsOf(text, documentYear, spans);
  const respectively = respectivelyOf(text, numbers, { spans, lead: LEAD, reach: QUOTE_MAX });
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
  const skip = (m: NumberMention, why: string) => {
    const sentence = spans.sentenceAround(m.start);
    out.push({ text: text.slice(m.start, m.end), quote: context(sentence.start, sentence.end, m), why });
  };
  const tooLong = `its metric and number take more than ${QUOTE_MAX} characters to quote`;
  let previous: Read | undefined;
  numbers.forEach((m, i) => {
    const reasons: string[] = [];
    const section = sections[countBelow(sectionStarts, m.start + 1) - 1];
    const listed = respectively(i);
    const numberEnd = m.start + (/^[\d.,]+(?:\s*(?:-|—|–|~|～|至|到)\s*[\d.,]+)?/u.exec(text.slice(m.start))?.[0].length ?? 0);
    const { qualifier, end, strive } = qualifierOf(text, m, m.chinese ? m.end : numberEnd);
    const read = listed ? { metric: listed, start: spans.clauseStart(m.start), inherited: false } : metricOf(text, spans, m, end, previous);
    if (read === undefined) return skip(m, tooLong);
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
    const { kind, sure } = kindOf(sentence, section, document.kind, times.last);
    if (!sure) reasons.push('kind guessed from the document');
    const year = yearOf(sentence, times, section, documentYear, headings[countBelow(headings, m.start + 1) - 1]);
    if (year === undefined) return skip(m, 'no year in the text, and the document has no date');
    if (year.inferred) reasons.push(`year inferred: ${year.why}`);
    const metricZh = foldScript(read.metric);
    const matched = matchVocabulary(vocabulary, metricZh, sentence.placeBefore(m.start), document.place);
    // An indicator counted in percent (R&D intensity) is a share at its level: only its change is growth.
    const guessed = m.measure ?? measureOf(metricZh, m.unit);
    const measure = matched.unitFamily === 'percent' && m.unit === '%' && guessed === 'stock' ? 'share' : guessed;
    const quote = quoteOf(text, spans, found, listed ? read.start : Math.min(read.start, m.start), Math.max(end, read.end ?? 0));
    if (quote === undefined) return skip(m, tooLong);
    const id = `${document.id}-p${String(proposals.length + 1).padStart(3, '0')}`;
    proposals.push({
      id,
      status: 'proposed',
      confidence: confidenceOf(reasons),
      ...(reasons.length > 0 ? { reasons } : {}),
      kind,
      year: year.year,
      ...(year.inferred ? { year_inferred: true as const } : {}),
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
    });
    previous = read;
  });
  return { proposals, skipped: out };
}
