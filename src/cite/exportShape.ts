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

export function exportDataset(dataset: Dataset) {
  return {
    places: dataset.places.map((p) => ({ ...p, parent: p.parent ?? null, code: p.code ?? null })),
    categories: dataset.categories.map((c) => ({ ...c, ladder: c.ladder ?? null, next: c.next ?? null })),
    topics: dataset.topics,
    indicators: dataset.indicators,
    documents: dataset.documents.map(exportDocument),
    facts: dataset.facts.map((f) => exportFact(dataset, f)),
  };
}
