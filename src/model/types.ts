import type { CategoryInput, DocumentInput, FactInput, PlaceInput, Qualifier, SectionInput, TopicInput } from './schema.js';

export type { Qualifier };
export type Place = Readonly<PlaceInput>;
export type Category = Readonly<CategoryInput>;
export type Topic = Readonly<TopicInput>;

/** A section of a document, located in its clean text. */
export interface Section extends Readonly<SectionInput> {
  /** UTF-16 offsets of the section in the clean text: [start, end). */
  readonly span: readonly [number, number];
}

export interface Fact extends Readonly<Omit<FactInput, 'place'>> {
  readonly document: string;
  /** The fact's own place, or its document's. */
  readonly place: string;
  /** UTF-16 offsets of the quote in the document's clean text: [start, end). */
  readonly span: readonly [number, number];
}

export interface PolicyDocument extends Readonly<Omit<DocumentInput, 'facts' | 'sections'>> {
  /** The clean text, derived from the seed on every load. */
  readonly text: string;
  readonly sections: readonly Section[];
  readonly facts: readonly string[];
}

export interface Dataset {
  readonly places: readonly Place[];
  readonly categories: readonly Category[];
  readonly topics: readonly Topic[];
  readonly documents: readonly PolicyDocument[];
  readonly facts: readonly Fact[];
  readonly placeById: ReadonlyMap<string, Place>;
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly documentById: ReadonlyMap<string, PolicyDocument>;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly factsByCategory: ReadonlyMap<string, readonly Fact[]>;
  readonly factsByPlace: ReadonlyMap<string, readonly Fact[]>;
  /** Target id → the reported facts that track it (their `progress_of`). */
  readonly progressByTarget: ReadonlyMap<string, readonly Fact[]>;
}

/** One problem found in the dataset, at a position in a file. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}
