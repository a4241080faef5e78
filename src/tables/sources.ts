import type { Dataset } from '../model/types.js';
import type { Source } from './table.js';

/** A document as a table's sources name it: its title as written, publisher, date, number, address and seed file. */
export function sourceOfDocument(dataset: Dataset, id: string): Source {
  const doc = dataset.documentById.get(id)!;
  return {
    document: doc.id,
    title: doc.title.zh,
    publisher: doc.publisher.zh,
    date: doc.date,
    number: doc.number ?? null,
    url: doc.url ?? null,
    seed: doc.seed,
  };
}
