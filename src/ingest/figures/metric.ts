import { GROWTH } from './cues.js';
import type { NumberMention } from './numbers.js';
import { rankMetric } from './ranks.js';
import type { Spans } from './spans.js';

/**
 * The metric of a number: the words before it in its clause, less what links them to it, or
 * the metric of the clause before where this one names only how its figure changed.
 */

/** Words that join a metric to its number, stripped from the metric's end. */
const LINK =
  /(?:达到|達到|达|達|为|為|是|突破|超过|超過|超|逾|增至|增加到|提高到|提升到|共计|共計|合计|合計|总计|總計|共|约|約|大约|大約|近|将近|將近|接近|不少于|不少於|不低于|不低於|不高于|不高於|不超过|不超過|高于|高於|低于|低於|最高|力争|力爭|冲刺|沖刺|保持在|控制在|确保|確保|年均|实现|實現|完成|有|在)+$/u;
/** Words at a clause's start that say when or how, not what is measured. */
export const LEAD =
  /^(?:其中|目前|同时|同時|此外|另外|并|並|且|和|及|以及|全年|今年|去年|上年|当年|當年|截至\d{4}\s?年(?:\d{1,2}月)?(?:底|末)?|到\d{4}\s?年(?:底|末)?|\d{4}\s?年(?:\d{1,2}月)?(?:底|末)?(?:以来|以來)?|“十[三四五六]五”(?:期间|期間|时期|時期|以来|以來)?|十[三四五六]五(?:期间|期間|时期|時期|以来|以來)?)+/u;
/**
 * A clause that names no subject, only how a figure changed or was counted (比上年净增1200家,
 * 累计达到172家): its figure is of what the clause before named.
 */
const SUBJECTLESS =
  /^(?:同比|比上年|比去年|较上年|較上年|较去年|較去年|与上年相比|與上年相比|年均|净增|淨增|净减|淨減|增加|增长|增長|提高|提升|下降|减少|減少|新增|累计|累計|共|合计|合計|总数|總數|总计|總計|其中|达到|達到|实现|實現|共有|拥有|擁有|了|是(?:\d{4}\s?年|上年|去年|上一年)?的)+$/u;
/** How the clause before counted its subject, left behind when the subject is carried into a clause that says how it counts. */
const CARRIED_MEASURE = /^(?:新增|新认定|新認定|净增|淨增|新培育|新建|累计|累計)/u;
/** What a rank may rank that names no subject: how much of the clause before's (总量居全国第4位, 增速排名第一). */
const RANKED_MEASURE = /^(?:总量|總量|总数|總數|数量|數量|规模|規模|增速|增幅|总额|總額|占比|佔比|比重)$/u;

export interface Read {
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

/** Why a number has no metric: its clause names no subject and none before it in its paragraph does. */
export const NO_SUBJECT = 'its clause names no subject, and no clause before it in its paragraph names one';

/**
 * The metric of a number: the words before it in its clause (from `at`, its 从 in a change), less
 * what links them to it; undefined where the clause runs on further back than `reach`, and
 * NO_SUBJECT where it names only how a figure changed and nothing before it in its paragraph
 * names what. A metric is carried only within a paragraph: a new one starts a new subject.
 */
export function metricOf(
  text: string,
  spans: Spans,
  m: NumberMention,
  at: number,
  end: number,
  previous: Read | undefined,
  reach: number,
): Read | typeof NO_SUBJECT | undefined {
  const clause = spans.clauseStart(at);
  // In a list of figures (实验室10个、研发机构15家) a figure's metric starts after the one before. It is
  // looked for no further back than a quote may be long: a clause that runs on past that has no metric to quote.
  const from = Math.max(clause, at - reach);
  const listed = /^.*\d[\p{Script=Han}%]{0,4}[、和及]/u.exec(text.slice(from, at));
  if (!listed && from > clause) return undefined;
  const start = listed ? from + listed[0].length : clause;
  const words = text.slice(start, at);
  const lead = LEAD.exec(words)?.[0].length ?? 0;
  if (m.measure === 'rank') {
    // A rank's metric is what is ranked, where, and 排名; a clause that names only where (排名全省第3) ranks the clause before's.
    const { metric, ranked } = rankMetric(words.slice(lead));
    const inherit = previous !== undefined && ((ranked.match(/\p{Script=Han}/gu)?.length ?? 0) < 2 || RANKED_MEASURE.test(ranked));
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
  const carried = previous !== undefined && previous.start >= spans.lineStart(at) ? previous : undefined;
  const subjectless = han > 0 && SUBJECTLESS.test(metric);
  // "同比增长15.36%": a change of the figure before; the metric is that figure's, changed.
  // A clause that names only how it counts (累计达到172家, 比上年净增1200家) counts what the clause before named.
  if (carried && (han < 2 || subjectless || (GROWTH.test(metric) && han <= 6))) {
    // What was new before (新增高新技术企业超3500家) is not new in a clause that counts its own way (总数达到2.9万家).
    const subject =
      han > 0 && !/^(?:新增|新認定|新认定|净增|淨增)/u.test(metric) ? carried.metric.replace(CARRIED_MEASURE, '') : carried.metric;
    return { metric: capped(`${subject}${metric}`), start: start + lead, inherited: true };
  }
  if (subjectless) return NO_SUBJECT;
  return { metric: capped(metric), start: start + lead, inherited: false };
}
