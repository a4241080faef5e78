import { join } from 'node:path';
import type { z } from 'zod';
import { entriesOrNone } from '../../model/source.js';
import { CategoriesFileSchema, IndicatorsFileSchema, PlacesFileSchema, SynonymsFileSchema, TopicsFileSchema } from '../../model/schema.js';
import type { Category, Indicator, Place, Topic } from '../../model/types.js';
import { foldScript } from '../../text/fold.js';
import { wording } from './indicatorWords.js';

/**
 * The dataset's own words, which a proposal's place, category, indicator and topics are
 * read by: names and aliases, folded to simplified script, and the synonym groups that let
 * 高企 stand for 高新技术企业.
 */
export interface Vocabulary {
  readonly places: readonly Place[];
  readonly categories: readonly Category[];
  readonly indicators: readonly Indicator[];
  readonly topics: readonly Topic[];
  readonly synonyms: readonly (readonly string[])[];
  /** Indicators a figure may mean that the list lacks (data/indicator-catalogue.yaml): one that wins is proposed with its figure. */
  readonly catalogue?: readonly Indicator[];
}

const list = <S extends z.ZodType>(dir: string, name: string, schema: S) => entriesOrNone(join(dir, `${name}.yaml`), schema);

/**
 * A folder's lists; one that is missing or broken is empty here (validate reports it). With
 * `catalogue`, a catalogue file's indicators the folder's list lacks may be matched too.
 */
export function vocabularyOf(dir: string, catalogue?: string): Vocabulary {
  const indicators = list(dir, 'indicators', IndicatorsFileSchema);
  const extra =
    catalogue === undefined ? [] : entriesOrNone(catalogue, IndicatorsFileSchema).filter((i) => !indicators.some((l) => l.id === i.id));
  return {
    ...(extra.length > 0 ? { catalogue: extra } : {}),
    places: list(dir, 'places', PlacesFileSchema),
    categories: list(dir, 'categories', CategoriesFileSchema),
    indicators,
    topics: list(dir, 'topics', TopicsFileSchema),
    synonyms: list(dir, 'synonyms', SynonymsFileSchema),
  };
}

const han = (word: string) => /\p{Script=Han}/u.test(word);

/** Script conversion costs microseconds a string: each name is folded once, not once a number. */
const folded = new Map<string, string>();
const fold = (word: string): string => {
  let f = folded.get(word);
  if (f === undefined) folded.set(word, (f = foldScript(word)));
  return f;
};

/** The dataset's names as a metric is matched against them: folded, with no name of one character or without Han. */
interface Names<T> {
  readonly entry: T;
  readonly names: readonly string[];
}

interface Prepared {
  readonly synonyms: readonly (readonly string[])[];
  /** The synonyms in the one wording indicators are matched in. */
  readonly wordedSynonyms: readonly (readonly string[])[];
  readonly indicators: readonly Names<Indicator>[];
  readonly categories: readonly Names<Category>[];
  readonly topics: ReadonlySet<string>;
}

/** Each vocabulary's names, prepared once: filtering and folding them for every number cost more than the rest of its reading. */
const prepared = new WeakMap<Vocabulary, Prepared>();

function prepare(v: Vocabulary): Prepared {
  let p = prepared.get(v);
  if (p === undefined) {
    const named = <T>(entries: readonly T[], names: (entry: T) => readonly string[]) =>
      entries.map((entry) => ({
        entry,
        names: names(entry)
          .map(fold)
          .filter((n) => n.length >= 2 && han(n)),
      }));
    // An indicator's names in the one wording a metric is read into (研发经费支出 as 研发投入), each once.
    const worded = <T>(entries: readonly Names<T>[]) =>
      entries.map(({ entry, names }) => ({ entry, names: [...new Set(names.map(wording))] }));
    p = {
      synonyms: v.synonyms.map((group) => group.filter(han).map(fold)),
      wordedSynonyms: v.synonyms.map((group) => [...new Set(group.filter(han).map((w) => wording(fold(w))))]),
      // The list's indicators before the catalogue's: of two names that end alike and are as long, the first stays.
      indicators: worded(named([...v.indicators, ...(v.catalogue ?? [])], (i) => [i.name.zh_hans, i.name.zh_hant, ...i.aliases])),
      categories: named(v.categories, (c) => [c.name.zh_hans, c.name.zh_hant, ...c.aliases]),
      topics: new Set(v.topics.map((t) => t.id)),
    };
    prepared.set(v, p);
  }
  return p;
}

/** Words of a metric and the synonyms they stand for, folded. */
function widened(metric: string, synonyms: Prepared['synonyms']): string[] {
  const words = [metric];
  for (const folded of synonyms) {
    const hit = folded.find((w) => w.length >= 2 && metric.includes(w));
    if (hit !== undefined) for (const other of folded) if (other !== hit) words.push(metric.replace(hit, other));
  }
  return words;
}

/**
 * The entry a metric names: a Chinese noun phrase ends in its head, so the name that ends
 * latest in the metric wins (研发经费投入强度 is an intensity, not spending), then the longest.
 */
function longest<T>(entries: readonly Names<T>[], words: readonly string[]): T | undefined {
  let best: { entry: T; end: number; length: number } | undefined;
  for (const { entry, names } of entries) {
    for (const n of names) {
      for (const w of words) {
        const at = w.lastIndexOf(n);
        if (at < 0) continue;
        const end = at + n.length - w.length;
        if (!best || end > best.end || (end === best.end && n.length > best.length)) best = { entry, end, length: n.length };
      }
    }
  }
  return best?.entry;
}

/** Topic words, for a figure no indicator or category names: the topic's own name and a few others. */
const TOPIC_WORDS: Readonly<Record<string, RegExp>> = {
  enterprises: /企业|公司/u,
  rnd: /研发|研究与试验发展|R&D/u,
  platforms: /平台|中心|实验室|研究院|研究机构/u,
  talent: /人才|团队|专家|博士|硕士|特派员/u,
  'tech-transfer': /成果|技术合同|转化|专利/u,
  finance: /贷款|融资|担保|基金|授信|贷/u,
  funding: /资金|财政|经费|补助|奖补|投入/u,
  industry: /产值|营业收入|产业|增加值|项目/u,
  awards: /奖|大赛/u,
  incubators: /孵化|众创|创业|星创|双创/u,
  agriculture: /农业|农林|种业|乡村/u,
  health: /医|药|健康/u,
  international: /国际|对外|海外|境外/u,
  policy: /政策|措施|方案/u,
};

export interface Matched {
  readonly indicator?: string;
  readonly indicatorName?: string;
  /** What the indicator's level is counted in: a percent indicator's level is a share. */
  readonly unitFamily?: string;
  readonly category?: string;
  readonly place?: string;
  readonly tags: string[];
}

/** What the dataset's words make of a metric: its indicator, category and topics; its place is the one named before it, if any. */
export function matchVocabulary(v: Vocabulary, metric: string, named: string | undefined, documentPlace: string): Matched {
  const names = prepare(v);
  const words = widened(metric, names.synonyms);
  const indicator = longest(names.indicators, widened(wording(metric), names.wordedSynonyms));
  const category = longest(names.categories, words);
  let tags = indicator ? [...indicator.topics] : [];
  if (tags.length === 0 && category)
    tags = [...new Set(v.indicators.filter((i) => i.categories.includes(category.id)).flatMap((i) => i.topics))];
  if (tags.length === 0)
    tags = Object.entries(TOPIC_WORDS)
      .filter(([id, words]) => names.topics.has(id) && words.test(metric))
      .map(([id]) => id)
      .slice(0, 2);
  return {
    ...(indicator ? { indicator: indicator.id, indicatorName: indicator.name.en, unitFamily: indicator.unit_family } : {}),
    ...(category ? { category: category.id } : {}),
    place: named ?? documentPlace,
    tags,
  };
}

/** A match less its indicator, for a figure whose unit says it measures something else; its category and topics stay. */
export function withoutIndicator(matched: Matched): Matched {
  const { place, tags, category } = matched;
  return { ...(category === undefined ? {} : { category }), ...(place === undefined ? {} : { place }), tags };
}
