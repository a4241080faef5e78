import type { Dataset, PolicyDocument } from '../model/types.js';
import { exportFact } from '../tables/figure.js';

export { exportFact, FACT_COLUMNS, type ExportedFact } from '../tables/figure.js';

/** A document as `export` writes it, and as the explorer copies it as JSON: one shape for both. */
export function exportDocument(doc: PolicyDocument) {
  return {
    id: doc.id,
    seed: doc.seed,
    title: doc.title.zh,
    title_en: doc.title.en ?? null,
    publisher: doc.publisher.zh,
    publisher_en: doc.publisher.en,
    date: doc.date,
    date_note: doc.date_note ?? null,
    number: doc.number ?? null,
    url: doc.url ?? null,
    place: doc.place,
    kind: doc.kind,
    script: doc.script,
    sections: doc.sections.map((s) => ({ id: s.id, title: s.title.zh, title_en: s.title.en })),
    facts: [...doc.facts],
    text: doc.text,
  };
}

/**
 * The lists of the export in its order, each a list of items made one at a time as the text
 * is written: a document's text and a fact's record are made, written and let go, so the
 * export of a large dataset costs the dataset and one item, never the whole text or a copy
 * of every record.
 */
export function* exportLists(dataset: Dataset): Generator<[string, Iterable<unknown>]> {
  yield ['places', dataset.places.map((p) => ({ ...p, parent: p.parent ?? null, code: p.code ?? null }))];
  yield ['categories', dataset.categories.map((c) => ({ ...c, ladder: c.ladder ?? null, next: c.next ?? null }))];
  yield ['topics', dataset.topics];
  yield ['indicators', dataset.indicators];
  yield ['documents', mapped(dataset.documents, exportDocument)];
  yield ['facts', mapped(dataset.facts, (f) => exportFact(dataset, f))];
}

function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
