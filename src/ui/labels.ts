import { formatValue } from '../cite/value.js';
import type { Dataset, Fact, PolicyDocument } from '../model/types.js';
import { inScript, type Script } from './script.js';
import { t, type Lang } from './strings.js';

/** How the domain's things are named on screen, in the interface language and display script. */
export interface Labeller {
  place(id: string): string;
  category(id: string): string;
  kind(kind: Fact['kind']): string;
  value(fact: Fact): string;
  metric(fact: Fact): string;
  zh(text: string): string;
  documentTitle(doc: PolicyDocument): string;
  date(doc: PolicyDocument): string;
}

export function labeller(dataset: Dataset, lang: Lang, script: Script): Labeller {
  const zh = (text: string) => inScript(text, script);
  // Names stored per script show in the script asked for; "as written" shows simplified for the interface.
  const pick = (names: { zh_hans: string; zh_hant: string; en: string }) =>
    lang === 'en' ? names.en : script === 'traditional' ? names.zh_hant : names.zh_hans;
  return {
    place: (id) => {
      const p = dataset.placeById.get(id);
      return p ? pick(p.short) : id;
    },
    category: (id) => {
      const c = dataset.categoryById.get(id);
      return c ? pick(c.name) : id;
    },
    kind: (kind) => t(kind, lang),
    value: (fact) => zh(formatValue(fact)),
    // A proposal may have no English name yet: its Chinese one stands in.
    metric: (fact) => (lang === 'en' ? (fact.metric.en ?? zh(fact.metric.zh)) : zh(fact.metric.zh)),
    zh,
    // An ingested document may have no English title yet: its Chinese one stands in.
    documentTitle: (doc) => (lang === 'en' ? (doc.title.en ?? zh(doc.title.zh)) : zh(doc.title.zh)),
    date: (doc) => doc.date ?? t('unknownDate', lang),
  };
}
