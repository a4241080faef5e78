import type { FactInput, Qualifier, SkippedInput } from '../model/schema.js';
import type { Measure } from '../model/types.js';
import { foldScript } from '../search/fold.js';
import { findNumbers, type NumberMention } from './numbers.js';
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

const CLAUSE_END = /[，,；;。！!？?：:\n]/u;
/** Words that join a metric to its number, stripped from the metric's end. */
const LINK =
  /(?:达到|達到|达|達|为|為|是|突破|超过|超過|超|逾|增至|增加到|提高到|提升到|共计|共計|合计|合計|总计|總計|共|约|約|大约|大約|近|将近|將近|接近|不少于|不少於|不低于|不低於|不高于|不高於|不超过|不超過|高于|高於|低于|低於|最高|力争|力爭|冲刺|沖刺|保持在|控制在|确保|確保|年均|实现|實現|完成|有|在)+$/u;
/** Words at a clause's start that say when or how, not what is measured. */
const LEAD =
  /^(?:其中|目前|同时|同時|此外|另外|并|並|且|和|及|以及|全年|今年|去年|上年|当年|當年|截至\d{4}年(?:\d{1,2}月)?(?:底|末)?|到\d{4}年(?:底|末)?|\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:以来|以來)?|“十四五”(?:期间|期間)?|十四五(?:期间|期間)?)+/u;
const GROWTH = /(?:同比|比上年|较上年|較上年|年均)?(?:增长|增長|提高|提升|增加|下降|减少|減少)(?:率)?$/u;

const QUALIFIER_BEFORE: readonly [RegExp, Qualifier][] = [
  [/(?:不少于|不少於|不低于|不低於)$/u, 'at_least'],
  [/(?:不高于|不高於|不超过|不超過|最高|最多)$/u, 'at_most'],
  [/(?:超过|超過|突破|逾|超|高于|高於)$/u, 'more_than'],
  [/(?:近|将近|將近|接近)$/u, 'nearly'],
  [/(?:约|約|大约|大約)$/u, 'about'],
];

function qualifierOf(text: string, m: NumberMention, numberEnd: number): { qualifier: Qualifier; end: number; strive: boolean } {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  const inside = text.slice(numberEnd, m.end);
  const after = text.slice(m.end, m.end + 2);
  let qualifier: Qualifier = 'exact';
  let end = m.end;
  if (/^(?:以上|及以上)/u.test(after)) {
    qualifier = 'at_least';
    end += after.startsWith('及') ? 3 : 2;
  } else if (/^左右/u.test(after)) {
    qualifier = 'about';
    end += 2;
  } else if (/^(?:以下|以内|以內)/u.test(after)) {
    qualifier = 'at_most';
    end += 2;
  } else if (/[多余餘]/u.test(inside) || /^[多余餘]/u.test(after)) {
    qualifier = 'more_than';
    if (/^[多余餘]/u.test(after)) end += 1;
  } else {
    qualifier = QUALIFIER_BEFORE.find(([cue]) => cue.test(before))?.[1] ?? 'exact';
  }
  return { qualifier, end, strive: /力争|力爭/u.test(text.slice(Math.max(0, m.start - 12), m.start)) };
}

/** The sentence around a position: from the last 。 or line start to the next (a ； joins the parts of one sentence). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[。\n！？!?]/u.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[。\n！？!?]/u.test(text[end]!)) end++;
  return { start, end };
}

function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  return start;
}

interface Section {
  readonly start: number;
  readonly kind?: 'target' | 'reported';
  readonly year?: number;
}

/** Headings (short lines with no sentence end) that say what follows: 2025年重点工作 is targets, 工作回顾 is reports. */
function sectionsOf(text: string): Section[] {
  const sections: Section[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const heading = line.length <= 30 && !/[。；;]$/u.test(line);
    if (heading) {
      const year = /((?:19|20)\d{2})年/u.exec(line)?.[1];
      const kind = /重点工作|重點工作|主要任务|主要任務|目标|目標|计划|計劃|安排|打算|展望/u.test(line)
        ? 'target'
        : /回顾|回顧|成效|成绩|成績|进展|進展|完成情况|完成情況/u.test(line)
          ? 'reported'
          : undefined;
      if (kind || year) sections.push({ start: at, ...(kind ? { kind } : {}), ...(year ? { year: Number(year) } : {}) });
    }
    at += line.length + 1;
  }
  return sections;
}

/** Where each heading line starts: a year the text named before a heading does not carry past it. */
function headingsOf(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= 40 && !/[。；;，,]/u.test(line.slice(0, -1)) && !/[。；;]$/u.test(line)) starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

const TARGET_CUES = /到\d{4}年|力争|力爭|目标|目標|将|將|预计|預計|计划|計劃|确保|確保|争取|爭取|要|冲刺|沖刺|预期|預期|每年/u;
const REPORTED_CUES = /已|累计|累計|截至|同比|比上年|较上年|較上年|去年|上年|实现了|實現了|完成了|获批|獲批|认定|認定|获评|獲評|入选|入選/u;

function kindOf(
  sentence: string,
  section: Section | undefined,
  documentKind: string,
  lastTime: string | undefined,
): { kind: 'target' | 'reported'; sure: boolean } {
  const target = TARGET_CUES.test(sentence);
  const reported = REPORTED_CUES.test(sentence);
  if (target && !reported) return { kind: 'target', sure: true };
  if (reported && !target) return { kind: 'reported', sure: true };
  if (section?.kind) return { kind: section.kind, sure: !target && !reported };
  // A report's 今年 states what is planned for the year; 去年 and 今年以来 what was done.
  if (lastTime !== undefined && /^(?:今年|本年)$/u.test(lastTime)) return { kind: 'target', sure: false };
  if (lastTime !== undefined && /去年|上年|前年|以来|以來/u.test(lastTime)) return { kind: 'reported', sure: false };
  return { kind: documentKind === 'action-plan' ? 'target' : 'reported', sure: false };
}

/** Words that set the time of what follows: a year, 今年, 去年, 目前. */
const WHEN = /(比|较|較|与|與|获|獲)?((?:19|20)\d{2})年(?!度)(以来|以來)?|今年|本年|去年|上年|前年|目前|截至目前|当前|當前/gu;

/** The time words that end before `at`. */
const earlier = (times: readonly RegExpMatchArray[], at: number) => times.filter((w) => w.index! + w[0].length <= at);

/** The year a time word names, given the document's year; undefined for a base year (比2020年) or an award year. */
function yearNamed(m: RegExpMatchArray, documentYear: number | undefined): number | undefined {
  // "2022年以来" runs up to the document's date: its figures are as of then.
  if (m[2] !== undefined && m[3] !== undefined) return documentYear ?? Number(m[2]);
  if (m[2] !== undefined) return m[1] === undefined ? Number(m[2]) : undefined;
  if (documentYear === undefined) return undefined;
  if (/去年|上年/u.test(m[0])) return documentYear - 1;
  if (m[0] === '前年') return documentYear - 2;
  return documentYear;
}

/**
 * The year a figure is for: a target's 到20XX年 or 20XX年底 in its sentence, else the nearest
 * time word before it (in its sentence, its paragraph, then the text before), else the
 * section's heading, else the document's date. Only a year its own sentence states is read;
 * any other is inferred, and says from where.
 */
function yearOf(
  text: string,
  sentence: { start: number; end: number },
  m: NumberMention,
  section: Section | undefined,
  documentYear: number | undefined,
  heading: number | undefined,
  times: readonly RegExpMatchArray[],
) {
  const whole = text.slice(sentence.start, sentence.end);
  const due = /(?:到|至)((?:19|20)\d{2})年/u.exec(whole) ?? /((?:19|20)\d{2})年(?:底|末)/u.exec(whole);
  const before = earlier(times, m.start)
    .map((w) => ({ at: w.index!, year: yearNamed(w, documentYear) }))
    .filter((w): w is { at: number; year: number } => w.year !== undefined);
  const nearest = before.at(-1);
  if (nearest && nearest.at >= sentence.start) return { year: nearest.year, inferred: false };
  // A year named inside a paragraph times that paragraph; one that opens a paragraph ("2021年,…",
  // "去年以来,…") frames what follows, up to the next heading.
  const opens = (at: number) => /^[\s“"—]*(?:到|至|截至|截止)?$/u.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
  const framing = before.filter((w) => opens(w.at)).at(-1);
  if (due) return { year: Number(due[1]), inferred: false };
  if (/十四五/u.test(whole)) return { year: 2025, inferred: true, why: 'the 14th Five-Year Plan ends in 2025' };
  if (framing && framing.at >= (heading ?? 0)) return { year: framing.year, inferred: true, why: 'the year the text last named' };
  if (section?.year !== undefined) return { year: section.year, inferred: true, why: "the section heading's year" };
  return documentYear === undefined ? undefined : { year: documentYear, inferred: true, why: "the document's date" };
}

function measureOf(metric: string, unit: string): Measure {
  if (/^(?:%|％|个百分点|個百分點)$/u.test(unit) && GROWTH.test(metric)) return 'growth';
  if (/占比|佔比|比重|占|佔|率$/u.test(metric) && /^(?:%|％)$/u.test(unit)) return 'share';
  if (/累计|累計/u.test(metric)) return 'cumulative';
  if (/新增|新认定|新認定|新招引|新获批|新獲批|新建|新培育|获批|獲批|新引进|新引進/u.test(metric)) return 'new';
  if (/最高|补助|補助|奖励|獎勵|贴息|貼息/u.test(metric)) return 'cap';
  return 'stock';
}

interface Read {
  metric: string;
  /** Where the metric starts and ends in the text, for the quote. */
  start: number;
  end?: number;
  inherited: boolean;
}

/** What a count counts when the text names it after the number: 4項科技成果, 2家企業獲…獎. */
const COUNTED = /^[\p{Script=Han}“”"（）()·]{2,24}?(?=[，,；;。：:、]|$|和|及|与|與|提供|开展|開展|进行|進行)/u;

/** The metric of a number: the words before it in its clause, less what links them to it. */
function metricOf(text: string, m: NumberMention, end: number, previous: Read | undefined): Read {
  let start = clauseStart(text, m.start);
  // In a list of figures (实验室10个、研发机构15家) a figure's metric starts after the one before.
  const listed = /^.*\d[\p{Script=Han}%]{0,4}[、和及]/u.exec(text.slice(start, m.start));
  if (listed) start += listed[0].length;
  const words = text.slice(start, m.start);
  const lead = LEAD.exec(words)?.[0].length ?? 0;
  const metric = words
    .slice(lead)
    .replace(LINK, '')
    .replace(/[“”"「」（(]$/u, '')
    .trim();
  const han = metric.match(/\p{Script=Han}/gu)?.length ?? 0;
  // A count followed by what it counts, after a verb or nothing: the metric is the verb and the thing counted.
  const counted = m.unit !== '' && !/^(?:%|％|个百分点|個百分點)$/u.test(m.unit) && han <= 6 ? COUNTED.exec(text.slice(end)) : null;
  if (counted) return { metric: `${metric}${counted[0]}`, start: start + lead, end: end + counted[0].length, inherited: false };
  // "同比增长15.36%": a change of the figure before; the metric is that figure's, changed.
  // A clause that names only how it counts (累计达到172家) counts what the clause before named.
  if (
    previous &&
    (han < 2 || (GROWTH.test(metric) && han <= 6) || /^(?:累计|累計|新增|共|合计|合計|总数|總數|总计|總計|其中)$/u.test(metric))
  ) {
    return { metric: `${previous.metric}${metric}`, start: start + lead, inherited: true };
  }
  return { metric: metric.length > 40 ? metric.slice(-40) : metric, start: start + lead, inherited: false };
}

/** A 分别 list: "A、B分别达到1、2" pairs each metric with its value, in order. */
function respectively(text: string, mentions: readonly NumberMention[], i: number): string | undefined {
  const m = mentions[i]!;
  const sentence = sentenceAround(text, m.start);
  const at = text.slice(sentence.start, m.start).search(/分别|分別/u);
  if (at < 0) return undefined;
  const cue = sentence.start + at;
  const names = text
    .slice(clauseStart(text, cue), cue)
    .replace(LEAD, '')
    .split(/、|和|及|与|與/u)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const values = mentions.filter((n) => n.start > cue && n.end <= sentence.end && !/[，,；;。]/u.test(text.slice(cue, n.start)));
  const k = values.indexOf(m);
  return k >= 0 && values.length === names.length ? names[k] : undefined;
}

/**
 * The quote: the metric's start to the number's end, made longer to the left until the text
 * holds it once: to its clause's start, then its sentence's, then its line's. One found more
 * often still is left so, and the checks move it to the skipped list.
 */
function quoteOf(text: string, start: number, end: number): string {
  const once = (from: number) => {
    const quote = text.slice(from, end).trim();
    return text.indexOf(quote) === text.lastIndexOf(quote) ? quote : null;
  };
  const starts = [start, clauseStart(text, start), sentenceAround(text, start).start, text.lastIndexOf('\n', start - 1) + 1];
  for (const from of starts) {
    const quote = once(from);
    if (quote !== null) return quote;
  }
  return text.slice(start, end).trim();
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

/** The proposals for a text, in text order, and the numbers passed over with why. */
export function propose({ text, document, vocabulary }: ProposeInput): { proposals: FactInput[]; skipped: SkippedInput[] } {
  const { numbers, skipped } = findNumbers(text);
  const sections = sectionsOf(text);
  const headings = headingsOf(text);
  // The text's time words, found once: each number looks back at those before it.
  const times = [...text.matchAll(WHEN)];
  const documentYear = document.date === null ? undefined : Number(document.date.slice(0, 4));
  const proposals: FactInput[] = [];
  const out: SkippedInput[] = skipped.map((s) => ({
    text: text.slice(s.start, s.end),
    quote: text.slice(clauseStart(text, s.start), Math.min(sentenceAround(text, s.start).end, s.end + 8)).trim(),
    why: s.why,
  }));
  let previous: Read | undefined;
  numbers.forEach((m, i) => {
    const reasons: string[] = [];
    const sentence = sentenceAround(text, m.start);
    const section = sections.filter((s) => s.start <= m.start).at(-1);
    const listed = respectively(text, numbers, i);
    const numberEnd = m.start + (/^[\d.,]+(?:\s*(?:-|—|–|~|～|至|到)\s*[\d.,]+)?/u.exec(text.slice(m.start))?.[0].length ?? 0);
    const { qualifier, end, strive } = qualifierOf(text, m, m.chinese ? m.end : numberEnd);
    const read: Read = listed ? { metric: listed, start: clauseStart(text, m.start), inherited: false } : metricOf(text, m, end, previous);
    if (listed) reasons.push('shared value in a 分别 list');
    if (read.inherited) reasons.push('metric inherited from previous clause');
    if (m.chinese) reasons.push('Chinese numeral');
    if (m.unit === '') reasons.push('no unit');
    const metricHan = read.metric.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (metricHan < 2) {
      out.push({
        text: text.slice(m.start, m.end),
        quote: text.slice(sentence.start, sentence.end).trim(),
        why: 'no metric found before the number',
      });
      return;
    }
    if (metricHan < 4) reasons.push('short metric');
    const lastTime = earlier(times, m.start).at(-1)?.[0];
    const { kind, sure } = kindOf(text.slice(sentence.start, sentence.end), section, document.kind, lastTime);
    if (!sure) reasons.push('kind guessed from the document');
    const year = yearOf(text, sentence, m, section, documentYear, headings.filter((h) => h <= m.start).at(-1), times);
    if (year === undefined) {
      out.push({
        text: text.slice(m.start, m.end),
        quote: text.slice(sentence.start, sentence.end).trim(),
        why: 'no year in the text, and the document has no date',
      });
      return;
    }
    if (year.inferred) reasons.push(`year inferred: ${year.why}`);
    const metricZh = foldScript(read.metric);
    const matched = matchVocabulary(vocabulary, metricZh, text.slice(sentence.start, m.start), document.place);
    // An indicator counted in percent (R&D intensity) is a share at its level: only its change is growth.
    const guessed = measureOf(metricZh, m.unit);
    const measure = matched.unitFamily === 'percent' && m.unit === '%' && guessed === 'stock' ? 'share' : guessed;
    const quote = quoteOf(text, listed ? read.start : Math.min(read.start, m.start), Math.max(end, read.end ?? 0));
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
      qualifier,
      ...(strive ? { strive: true as const } : {}),
      ...(matched.category ? { category: matched.category } : {}),
      tags: matched.tags,
      quote,
    });
    previous = read;
  });
  return { proposals, skipped: out };
}
