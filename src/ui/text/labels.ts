import { formatValue } from '../../model/figureText.js';
import type { Dataset, Fact, Measure, PolicyDocument, UnitFamily } from '../../model/types.js';
import { inScript, simplifiedToTraditional, traditionalReady, type Script } from '../../model/script.js';
import { t, type Lang } from '../strings.js';

/** How the domain's things are named on screen, in the interface language and display script. */
export interface Labeller {
  place(id: string): string;
  category(id: string): string;
  kind(kind: Fact['kind']): string;
  value(fact: Fact): string;
  metric(fact: Fact): string;
  /** The metric's Chinese name, whatever the interface language (see `metricZh`). */
  metricZh(fact: Fact): string;
  measure(measure: Measure): string;
  family(family: UnitFamily): string;
  /** A figure in a list of results: "广西 · 瞪羚企业数量 · 169 家 · 2022年 实际值". */
  factLine(fact: Fact): string;
  zh(text: string): string;
  documentTitle(doc: PolicyDocument): string;
  date(doc: PolicyDocument): string;
}

/**
 * A metric's Chinese name in the display script. The data stores metric names simplified;
 * "as written" shows them in their document's script, so that a traditional text's metric
 * stands in one script with its unit and quote.
 */
export function metricZh(dataset: Dataset, fact: Fact, script: Script, asWritten = traditionalReady()): string {
  if (script !== 'original') return inScript(fact.metric.zh, script);
  // Until the converter is built (just after the first frame), the name shows as stored.
  const traditional = asWritten && dataset.documentById.get(fact.document)?.script === 'traditional';
  return traditional ? simplifiedToTraditional(fact.metric.zh) : fact.metric.zh;
}

/**
 * The words for a dataset's items in a language and script. `asWritten`: a traditional
 * document's names the data keeps simplified show in traditional (once the converter is built).
 */
export function labeller(dataset: Dataset, lang: Lang, script: Script, asWritten = traditionalReady()): Labeller {
  const zh = (text: string) => inScript(text, script);
  // Names stored per script show in the script asked for; "as written" shows simplified for the interface.
  const pick = (names: { zh_hans: string; zh_hant: string; en: string }) =>
    lang === 'en' ? names.en : script === 'traditional' ? names.zh_hant : names.zh_hans;
  const place = (id: string) => {
    const p = dataset.placeById.get(id);
    return p ? pick(p.short) : id;
  };
  const kind = (k: Fact['kind']) => t(k, lang);
  const value = (fact: Fact) => zh(formatValue(fact));
  const metric = (fact: Fact) => metricZh(dataset, fact, script, asWritten);
  return {
    place,
    category: (id) => {
      const c = dataset.categoryById.get(id);
      return c ? pick(c.name) : id;
    },
    kind,
    value,
    // A proposal may have no English name yet: its Chinese one stands in.
    metric: (fact) => (lang === 'en' ? (fact.metric.en ?? metric(fact)) : metric(fact)),
    metricZh: metric,
    measure: (m) => t(`measure-${m}`, lang),
    family: (f) => t(`family-${f}`, lang),
    factLine: (fact) =>
      lang === 'en'
        ? `${place(fact.place)} · ${metric(fact)} · ${value(fact)} · ${fact.year} ${kind(fact.kind)}`
        : `${place(fact.place)} · ${metric(fact)} · ${value(fact)} · ${fact.year}年${kind(fact.kind)}`,
    zh,
    // An ingested document may have no English title yet: its Chinese one stands in.
    documentTitle: (doc) => (lang === 'en' ? (doc.title.en ?? zh(doc.title.zh)) : zh(doc.title.zh)),
    date: (doc) => doc.date ?? t('unknownDate', lang),
  };
}
