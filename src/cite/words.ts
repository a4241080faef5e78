import type { Fact, PolicyDocument, Qualifier } from '../model/types.js';
import { formatValue } from '../model/figureText.js';

/**
 * The words a citation is written in, English or Chinese. A Chinese citation uses Chinese
 * words throughout; only the figure's digits and unit and the names from the data remain.
 */
export type CiteLang = 'en' | 'zh';

/**
 * How a citation is written: its language, and the script the explorer displays Chinese in
 * (`zh` renders text in it). Names, titles and sections follow the display script; a quote
 * never does, since it must stay verbatim. "As written" (`original`), a Chinese citation
 * reads in its document's script: `traditional` writes the citation's own words and the
 * names the data keeps simplified (place, metric) in a traditional document's script.
 * Without it they stay simplified.
 */
export interface CiteStyle {
  readonly lang: CiteLang;
  readonly script: 'original' | 'simplified' | 'traditional';
  readonly zh: (text: string) => string;
  readonly traditional?: (text: string) => string;
}

export const AS_WRITTEN: CiteStyle = { lang: 'en', script: 'original', zh: (t) => t };

/** Written before the number: "at least 1,800 家", "不少于1,800 家". */
const QUALIFIER: Record<Qualifier, Record<CiteLang, string>> = {
  exact: { en: '', zh: '' },
  about: { en: 'about', zh: '约' },
  nearly: { en: 'nearly', zh: '近' },
  at_least: { en: 'at least', zh: '不少于' },
  more_than: { en: 'more than', zh: '超过' },
  at_most: { en: 'at most', zh: '不超过' },
  less_than: { en: 'less than', zh: '低于' },
};

/** The figure as the data holds it, with its qualifier in words: "at least 1,800 家", "约20%". */
export function valueWords(fact: Fact, lang: CiteLang): string {
  const figure = formatValue({ ...fact, qualifier: 'exact' });
  const word = QUALIFIER[fact.qualifier][lang];
  if (word === '') return figure;
  return lang === 'en' ? `${word} ${figure}` : `${word}${figure}`;
}

/**
 * "target for 2023", "stretch target for 2024" (力争), "actual figure for 2024"; "2023年目标",
 * "2024年实际值". A year the text implies but does not state says so: "actual figure for 2024,
 * year inferred", "2024年实际值，年份为推断".
 */
export function kindWords(fact: Fact, lang: CiteLang): string {
  const inferred = fact.year_inferred === true;
  // A figure read by ingest and not reviewed is a draft: nobody should paste it as a fact.
  const proposed = fact.status === 'proposed';
  // A five-year review's figure is as of the plan's last year, for the period it reviews.
  const period = fact.period?.replace('-', '–');
  if (lang === 'zh')
    return `${fact.year}年${fact.kind === 'reported' ? '实际值' : fact.strive ? '力争目标' : '目标'}${period ? `，${period}年期间` : ''}${inferred ? '，年份为推断' : ''}${proposed ? '，待审核的提议' : ''}`;
  return `${fact.kind === 'reported' ? 'actual figure' : fact.strive ? 'stretch target' : 'target'} for ${fact.year}${period ? `, period ${period}` : ''}${inferred ? ', year inferred' : ''}${proposed ? ', proposed and not yet reviewed' : ''}`;
}

/** The words for a text that states no date: ours is no omission, the source has none. */
export const NO_DATE: Record<CiteLang, string> = { en: 'date not stated in the text', zh: '文中未注明日期' };

/** "2024-10-31" in English, "2024年10月31日" in Chinese; a year alone or a month stays as precise as the data. */
export function dateWords(doc: PolicyDocument, lang: CiteLang): string {
  if (doc.date === null) return NO_DATE[lang];
  if (lang === 'en') return doc.date;
  const [year, month, day] = doc.date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** What a rendering of the quote in the display script is marked as. */
export const CONVERTED: Record<'simplified' | 'traditional', Record<CiteLang, string>> = {
  simplified: { en: 'simplified', zh: '简体' },
  traditional: { en: 'traditional', zh: '繁体' },
};
