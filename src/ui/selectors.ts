import {
  categoryComparison,
  factsInText,
  filterFacts,
  linkedFacts,
  placesWithFacts,
  relatedFacts,
  type FactFilter,
  type FactOrder,
} from '../model/queries.js';
import type { Dataset, Fact } from '../model/types.js';
import type { View } from './state.js';
import { SearchIndex, type SearchHit } from '../search/engine.js';
import { buildRecords } from '../search/records.js';
import { wrapText, type WrappedLine } from './text.js';

/** Derived lists, computed once per input and shared by the reducer and the views. */
export function createQueries(dataset: Dataset) {
  let factsKey = '';
  let facts: Fact[] = [];
  const wrapped = new Map<string, WrappedLine[]>();
  const inText = new Map<string, Fact[]>();
  let index: SearchIndex | undefined;
  let lastQuery = '';
  let lastHits: SearchHit[] = [];
  const placeCycle = [null, ...placesWithFacts(dataset)];
  const categoryCycle = [null, ...dataset.categories.filter((c) => dataset.factsByCategory.has(c.id)).map((c) => c.id)];

  const queries = {
    dataset,
    placeCycle,
    categoryCycle,
    facts(filter: FactFilter, order: FactOrder): Fact[] {
      const key = JSON.stringify([filter, order]);
      if (key !== factsKey) {
        facts = filterFacts(dataset, filter, order);
        factsKey = key;
      }
      return facts;
    },
    items(view: View): readonly string[] {
      switch (view.pane) {
        case 'documents':
          return dataset.documents.map((d) => d.id);
        case 'targets':
          return queries.facts(view.filter, view.order).map((f) => f.id);
        case 'categories':
          return dataset.categories.map((c) => c.id);
      }
    },
    /** The selected item, or the first when nothing (or something filtered away) is selected. */
    current(view: View): string | null {
      const items = queries.items(view);
      const id = view.selected[view.pane];
      return id !== null && items.includes(id) ? id : (items[0] ?? null);
    },
    /** The figures the detail of the current item links to, in the order it shows them. */
    links(view: View): Fact[] {
      const id = queries.current(view);
      if (id === null) return [];
      if (view.pane === 'targets') {
        const fact = dataset.factById.get(id)!;
        return [...linkedFacts(dataset, fact), ...relatedFacts(dataset, fact)];
      }
      if (view.pane === 'categories') return categoryComparison(dataset, id).flatMap((r) => [...r.targets, ...r.reported]);
      return queries.readerFacts(id);
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
    /** Search results; the index (pinyin, script folding) is built on the first search. */
    search(query: string, limit: number): SearchHit[] {
      if (query.trim() === '') return [];
      if (query !== lastQuery) {
        index ??= new SearchIndex(buildRecords(dataset));
        lastHits = index.search(query, { limit });
        lastQuery = query;
      }
      return lastHits;
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
