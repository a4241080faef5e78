import { parse } from 'yaml';
import { DocumentFileSchema } from '../model/schema.js';
import type { LinkFigure } from './links.js';
import type { Review } from './session.js';

/**
 * Every figure of a folder's documents, proposals and facts alike, for the links: a target
 * may be reported on by a figure accepted long ago, or by a proposal of another text. Read
 * from the texts the review read (and checked), so a link is suggested on what is on screen.
 */
export function folderFigures(review: Review): LinkFigure[] {
  return review.documents.flatMap((d) => {
    const read = DocumentFileSchema.safeParse(parse(d.file.text));
    // The review read and checked each document it lists; one changed since is read again with the folder.
    if (!read.success) return [];
    const doc = read.data;
    const year = doc.date === null ? null : Number(doc.date.slice(0, 4));
    return doc.facts.map((fact) => ({ document: doc.id, file: d.file.path, fact, place: fact.place ?? doc.place, documentYear: year }));
  });
}
