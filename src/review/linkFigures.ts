import { parse } from 'yaml';
import { DocumentFileSchema } from '../model/schema.js';
import { quickValue } from '../model/source.js';
import type { LinkFigure } from './links.js';
import type { Review, ReviewFile } from './session.js';

/**
 * Every figure of a folder's documents, proposals and facts alike, for the links: a target
 * may be reported on by a figure accepted long ago, or by a proposal of another text. Read
 * from the texts the review read (and checked), so a link is suggested on what is on screen.
 */

/** A document's figures by the hash of its text: a decision changes one file, and the links are asked for again after it. */
let read = new Map<string, LinkFigure[]>();

function figuresOf(file: ReviewFile): LinkFigure[] {
  // The quick parser reads a checked file some ten times faster than the one that keeps positions.
  const value = quickValue(file.text)?.value ?? parse(file.text);
  const checked = DocumentFileSchema.safeParse(value);
  // The review read and checked each document it lists; one changed since is read again with the folder.
  if (!checked.success) return [];
  const doc = checked.data;
  const year = doc.date === null ? null : Number(doc.date.slice(0, 4));
  return doc.facts.map((fact) => ({ document: doc.id, file: file.path, fact, place: fact.place ?? doc.place, documentYear: year }));
}

export function folderFigures(review: Review): LinkFigure[] {
  const now = new Map<string, LinkFigure[]>();
  for (const d of review.documents) {
    const key = `${d.file.path}\u0000${d.file.hash}`;
    now.set(key, read.get(key) ?? figuresOf(d.file));
  }
  read = now;
  return [...now.values()].flat();
}
