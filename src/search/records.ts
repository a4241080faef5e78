import { formatValue } from '../model/figureText.js';
import type { Dataset, Fact } from '../model/types.js';
import { fold, hasHan } from '../text/fold.js';
import { pinyinKeys } from './pinyin.js';

/** What can be found: every fact, document, category and place, with the keys it is found by. */
export type ResultType = 'fact' | 'document' | 'category' | 'place';
export const RESULT_TYPES: readonly ResultType[] = ['fact', 'document', 'category', 'place'];

/**
 * How a key counts. A `name` is what the item is called; `place` and `category` keys are
 * the context of a fact (so "扬州 高新技术企业" finds Yangzhou's figures); `text` is a
 * mention in running text, which ranks below a name.
 */
export type KeyRole = 'name' | 'initials' | 'place' | 'category' | 'number' | 'text';

export interface Key {
  readonly text: string;
  readonly role: KeyRole;
  readonly weight: number;
  /** A name run together ("hightech", "桂惠贷科创贷"): found, but no source of words for typo correction. */
  readonly compact?: true;
}

export interface SearchRecord {
  readonly type: ResultType;
  readonly id: string;
  readonly label: string;
  readonly place?: string;
  readonly document?: string;
  /** A fact's year and kind, which a query's year and "target"/"目标" lift. */
  readonly year?: number;
  readonly kind?: 'target' | 'reported';
  readonly keys: readonly Key[];
}

/** The keys of a Chinese or English name: folded text, full pinyin and initials. */
function keysOfNames(names: readonly string[], weight: number, role: KeyRole = 'name'): Key[] {
  const keys: Key[] = [];
  for (const name of names) {
    const text = fold(name);
    if (!text) continue;
    keys.push({ text, role, weight });
    // "high-tech" is also typed "hightech" or "high tech"; "桂惠贷—科创贷" is typed "桂惠贷科创贷".
    const compact = text.replace(/[^\p{L}\p{N}&.]+/gu, '');
    if (compact !== text) keys.push({ text: compact, role, weight: weight * 0.9, compact: true });
    if (hasHan(text)) {
      const { full, initials } = pinyinKeys(text);
      keys.push({ text: full, role, weight: weight * 0.95 });
      // Initials alone are ambiguous: two letters hit half the set.
      keys.push({ text: initials, role: role === 'name' ? 'initials' : role, weight: weight * 0.6 });
    }
  }
  return keys;
}

/** How a fact is named in a list of results: "Yangzhou · 高新技术企业总数 · > 2,000 家 · 2023 reported". */
export function factLabel(dataset: Dataset, f: Fact): string {
  return `${dataset.placeById.get(f.place)?.short.en ?? f.place} · ${f.metric.zh} · ${formatValue(f)} · ${f.year} ${f.kind}`;
}

export function buildRecords(dataset: Dataset): SearchRecord[] {
  return [...recordSteps(dataset)];
}

/** How many records `recordSteps` makes for a dataset. */
export const recordCount = (dataset: Dataset): number =>
  dataset.facts.length + dataset.documents.length + dataset.categories.length + dataset.places.length;

/**
 * The records one by one, for a caller that builds them a slice at a time. Names recur
 * across records (a metric across years and cities), so each distinct name's keys are
 * worked out once and the same key objects shared, which the index then counts once.
 */
export function* recordSteps(dataset: Dataset): Generator<SearchRecord> {
  const named = new Map<string, Key[]>();
  const nameKeys = (names: readonly string[], weight: number, role: KeyRole = 'name'): Key[] => {
    const id = `${role}\u0001${weight}\u0001${names.join('\u0001')}`;
    let keys = named.get(id);
    if (!keys) {
      keys = keysOfNames(names, weight, role);
      named.set(id, keys);
    }
    return keys;
  };
  // Every name of a place reaches its figures, and its parent's names do too, a little lower.
  const ownNames = (id: string, weight: number): Key[] => {
    const p = dataset.placeById.get(id);
    if (!p) return [];
    const names = [
      p.short.zh_hans,
      p.short.zh_hant,
      p.short.en,
      p.name.zh_hans,
      p.name.zh_hant,
      p.name.en,
      ...p.aliases.filter((a) => a.length > 1),
    ];
    return nameKeys(names, weight, 'place');
  };
  // A place's own names, then each place above it, lower the further up it is.
  const placeKeys = new Map(
    dataset.places.map((p) => {
      const keys = [...ownNames(p.id, 0.8)];
      let weight = 0.5;
      for (let up = p.parent, depth = 0; up !== undefined && depth < 8; up = dataset.placeById.get(up)?.parent, depth++) {
        keys.push(...ownNames(up, weight));
        weight *= 0.8;
      }
      return [p.id, keys];
    }),
  );
  const indicatorKeys = new Map(
    dataset.indicators.map((i) => [i.id, nameKeys([i.name.zh_hans, i.name.en, ...i.aliases], 0.7, 'category')]),
  );
  const topicKeys = new Map(dataset.topics.map((t) => [t.id, nameKeys([t.zh, t.en], 0.5, 'category')]));
  const categoryKeys = new Map(dataset.categories.map((c) => [c.id, nameKeys([c.name.zh_hans, c.name.en, ...c.aliases], 0.7, 'category')]));
  for (const f of dataset.facts) {
    const value = f.value !== undefined ? [f.value] : [f.value_min!, f.value_max!];
    yield {
      type: 'fact',
      id: f.id,
      label: factLabel(dataset, f),
      place: f.place,
      document: f.document,
      year: f.year,
      kind: f.kind,
      keys: [
        ...nameKeys(f.metric.en === undefined ? [f.metric.zh] : [f.metric.zh, f.metric.en], 1),
        ...(placeKeys.get(f.place) ?? []),
        ...(f.category ? (categoryKeys.get(f.category) ?? []) : []),
        ...(f.indicator ? (indicatorKeys.get(f.indicator) ?? []) : []),
        ...f.tags.flatMap((t) => topicKeys.get(t) ?? []),
        ...value.map((v) => ({ text: String(v), role: 'number' as const, weight: 0.9 })),
        { text: String(f.year), role: 'number', weight: 0.5 },
        { text: fold(f.quote), role: 'text', weight: 0.5 },
      ],
    };
  }
  for (const d of dataset.documents) {
    yield {
      type: 'document',
      id: d.id,
      label: d.title.zh,
      place: d.place,
      document: d.id,
      keys: [
        ...nameKeys(d.title.en === undefined ? [d.title.zh] : [d.title.zh, d.title.en], 0.9),
        ...(placeKeys.get(d.place) ?? []),
        { text: fold(d.publisher.zh), role: 'text', weight: 0.4 },
      ],
    };
  }
  for (const c of dataset.categories) {
    yield {
      type: 'category',
      id: c.id,
      label: `${c.name.zh_hans} ${c.name.en}`,
      keys: [
        ...nameKeys([c.name.zh_hans, c.name.zh_hant, c.name.en], 1.2),
        ...nameKeys(c.aliases, 1),
        { text: fold(c.definition), role: 'text', weight: 0.3 },
      ],
    };
  }
  for (const p of dataset.places) {
    yield {
      type: 'place',
      id: p.id,
      label: `${p.name.zh_hans} ${p.name.en}`,
      place: p.id,
      keys: nameKeys([p.name.zh_hans, p.short.zh_hans, p.name.en, p.short.en, ...p.aliases], 1.2),
    };
  }
}
