import { linkedFigures, pivot, timeline, type Link, type Pivot, type TimelineYear } from '../../model/indicators.js';
import { relatedFigures, type Related } from '../../model/related.js';
import { singleYear } from '../../model/filter.js';
import { factsInText, filterFacts, placesWithFacts, type FactFilter, type FactOrder } from '../../model/queries.js';
import type { Dataset, Fact } from '../../model/types.js';
import type { View } from './types.js';
import type { SearchAnswer, SearchHit, SearchIndex } from '../../search/engine.js';
import { buildSearchIndex } from '../../search/build.js';
import { findable, findMatches, type Findable, type Match } from '../text/find.js';
import { wrapText, type WrappedLine } from '../text/wrap.js';

/** A list's items in order, and where each stands, so that finding one costs no scan. */
export interface ItemList {
  readonly ids: readonly string[];
  /** Where `id` stands in the list; -1 when it is not in it. */
  position(id: string): number;
}

function itemList(ids: readonly string[]): ItemList {
  // Built on first use: a list is often only drawn, a window of it at a time.
  let at: Map<string, number> | undefined;
  return {
    ids,
    position(id) {
      if (!at) {
        at = new Map();
        for (let i = 0; i < ids.length; i++) at.set(ids[i]!, i);
      }
      return at.get(id) ?? -1;
    },
  };
}

/** How many figures' surroundings (linked and related figures) are kept: those recently shown. */
const AROUNDS_KEPT = 64;

/**
 * Derived lists, computed once per input and shared by the reducer and the views: a key
 * costs what it changes and what is on screen, not a pass over every figure.
 * `searchIndex` gives the index, or null while it is still being built (searches then find
 * nothing yet); by default it is built on the first search.
 */
export function createQueries(dataset: Dataset, searchIndex?: () => SearchIndex | null) {
  let figures: { filter: FactFilter; order: FactOrder; key: string; facts: Fact[]; list: ItemList } | undefined;
  let timelineCache: { facts: readonly Fact[]; years: TimelineYear[]; flat: Fact[] } | undefined;
  const lists = {
    documents: itemList(dataset.documents.map((d) => d.id)),
    categories: itemList(dataset.categories.map((c) => c.id)),
    compare: itemList(dataset.indicators.map((i) => i.id)),
  };
  const wrapped = new Map<string, WrappedLine[]>();
  const inText = new Map<string, Fact[]>();
  let built: SearchIndex | undefined;
  const indexOf = searchIndex ?? (() => (built ??= buildSearchIndex(dataset)));
  let lastQuery = '';
  const NO_ANSWER: SearchAnswer = { hits: [], unmatched: [], placesNotInData: [] };
  let lastAnswer: SearchAnswer = NO_ANSWER;
  const placeCycle = [null, ...placesWithFacts(dataset)];
  const categoryCycle = [null, ...dataset.categories.filter((c) => dataset.factsByCategory.has(c.id)).map((c) => c.id)];
  const indicatorCycle = [null, ...dataset.indicators.filter((i) => dataset.factsByIndicator.has(i.id)).map((i) => i.id)];
  const topicCycle = [null, ...dataset.topics.filter((t) => dataset.facts.some((f) => f.tags.includes(t.id))).map((t) => t.id)];
  const pivots = new Map<string, Pivot>();
  const arounds = new Map<string, Around>();
  const findables = new Map<string, Findable>();
  let lastFind: { key: string; matches: Match[] } = { key: '', matches: [] };

  /** The figures a filter and an order show, worked out once for each new pair. */
  const figuresOf = (filter: FactFilter, order: FactOrder) => {
    if (figures?.filter === filter && figures.order === order) return figures;
    // States that went back through the history hold equal filters that are other objects.
    const key = JSON.stringify([filter, order]);
    if (figures?.key !== key) {
      const facts = filterFacts(dataset, filter, order);
      figures = { filter, order, key, facts, list: itemList(facts.map((f) => f.id)) };
    } else figures = { ...figures, filter, order };
    return figures;
  };

  const timelineFor = (view: View) => {
    const facts = queries.facts(view.filter, view.order);
    if (timelineCache?.facts !== facts) {
      const years = timeline(facts);
      timelineCache = { facts, years, flat: years.flatMap((y) => [...y.due, ...y.reported]) };
    }
    return timelineCache;
  };

  const queries = {
    dataset,
    placeCycle,
    categoryCycle,
    /**
     * The year `y` steps to from the filter's: the next one with figures under its other
     * conditions, then all years again. A year those conditions have emptied steps on too.
     */
    nextYear(filter: FactFilter): number | null {
      // Ascending: the figures come in year order.
      const years = [...new Set(filterFacts(dataset, { ...filter, years: null }, 'year').map((f) => f.year))];
      // A range of several years steps from its start, as from no year.
      const current = singleYear(filter.years);
      return current === null ? (years[0] ?? null) : (years.find((y) => y > current) ?? null);
    },
    indicatorCycle,
    topicCycle,
    facts(filter: FactFilter, order: FactOrder): Fact[] {
      return figuresOf(filter, order).facts;
    },
    /** The items of the view's pane, in order, with where each stands. */
    list(view: Pick<View, 'pane' | 'filter' | 'order'>): ItemList {
      return view.pane === 'figures' ? figuresOf(view.filter, view.order).list : lists[view.pane];
    },
    items(view: View): readonly string[] {
      return queries.list(view).ids;
    },
    /** The selected item, or the first when nothing (or something filtered away) is selected. */
    current(view: View): string | null {
      const list = queries.list(view);
      const id = view.selected[view.pane];
      return id !== null && list.position(id) >= 0 ? id : (list.ids[0] ?? null);
    },
    /** Where the current item stands in its list; -1 when the list is empty. */
    position(view: View): number {
      const id = queries.current(view);
      return id === null ? -1 : queries.list(view).position(id);
    },
    /** The figures the detail of the current item links to, in the order it shows them. */
    links(view: View): readonly Fact[] {
      const id = queries.current(view);
      if (id === null) return [];
      switch (view.pane) {
        case 'figures':
          return queries.around(id).figures;
        case 'categories':
          return pivotFacts(queries.pivotOf('category', id));
        case 'compare':
          return pivotFacts(queries.pivotOf('indicator', id));
        case 'documents':
          return queries.readerFacts(id);
      }
    },
    /**
     * The figures the data links to a fact, then the related ones by place, worked out once:
     * the detail draws them, its cursor moves through them, and `r` lists them.
     */
    around(fact: string): Around {
      let found = arounds.get(fact);
      if (found) arounds.delete(fact);
      else {
        const f = dataset.factById.get(fact)!;
        const linked = linkedFigures(dataset, f);
        const related = relatedFigures(dataset, f);
        found = { linked, related, figures: [...linked.map((l) => l.fact), ...related.map((r) => r.fact)] };
        // Moving down a list shows a new figure at every key: only the latest are kept.
        if (arounds.size >= AROUNDS_KEPT) arounds.delete(arounds.keys().next().value!);
      }
      arounds.set(fact, found);
      return found;
    },
    /** An indicator's or category's figures place × year, worked out once. */
    pivotOf(kind: 'indicator' | 'category', id: string): Pivot {
      const key = `${kind}:${id}`;
      let table = pivots.get(key);
      if (!table) {
        table = pivot(dataset, (kind === 'indicator' ? dataset.factsByIndicator : dataset.factsByCategory).get(id) ?? []);
        pivots.set(key, table);
      }
      return table;
    },
    /** The figures in view, by year, in the order the timeline lists them. */
    timelineOf(view: View): TimelineYear[] {
      return timelineFor(view).years;
    },
    /** The timeline's figures in the order it lists them: year by year, targets due before reports. */
    timelineFacts(view: View): Fact[] {
      return timelineFor(view).flat;
    },
    /** A document's figures in the order their quotes stand in its text, worked out once. */
    readerFacts(document: string): Fact[] {
      let facts = inText.get(document);
      if (!facts) {
        facts = factsInText(dataset, dataset.documentById.get(document)!);
        inText.set(document, facts);
      }
      return facts;
    },
    /** Search results; none while the index is being built. */
    search(query: string, limit: number): SearchHit[] {
      return queries.searchAnswer(query, limit).hits;
    },
    /** The same results, with the words and real places of the query the data holds nothing for. */
    searchAnswer(query: string, limit: number): SearchAnswer {
      if (query.trim() === '') return NO_ANSWER;
      if (query !== lastQuery) {
        const index = indexOf();
        if (!index) return NO_ANSWER;
        lastAnswer = index.answer(query, { limit });
        lastQuery = query;
      }
      return lastAnswer;
    },
    /** Where a query stands in a document's text; the document's pinyin is read on its first find. */
    matchesIn(document: string, query: string): Match[] {
      const key = `${document}\u0000${query}`;
      if (key !== lastFind.key) {
        let doc = findables.get(document);
        if (!doc) {
          doc = findable(dataset.documentById.get(document)!.text);
          findables.set(document, doc);
        }
        lastFind = { key, matches: findMatches(doc, query) };
      }
      return lastFind.matches;
    },
    readerLines(document: string, width: number): WrappedLine[] {
      const key = `${document}:${width}`;
      let lines = wrapped.get(key);
      if (!lines) {
        lines = wrapText(dataset.documentById.get(document)!.text, width);
        wrapped.set(key, lines);
      }
      return lines;
    },
  };
  return queries;
}

export type Queries = ReturnType<typeof createQueries>;

/** What the detail of a fact shows after the fact itself. */
export interface Around {
  readonly linked: readonly { readonly fact: Fact; readonly link: Link }[];
  readonly related: readonly Related[];
  /** Both, in the order shown: the detail's links. */
  readonly figures: readonly Fact[];
}

function pivotFacts(table: Pivot): Fact[] {
  return table.rows.flatMap((r) => [...r.targets, ...r.reported].map((c) => c.fact));
}
