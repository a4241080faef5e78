import type {
  CategoryInput,
  DocumentInput,
  FactInput,
  IndicatorInput,
  MEASURES,
  PLACE_LEVELS,
  PlaceInput,
  Qualifier,
  SectionInput,
  TopicInput,
  UNIT_FAMILIES,
} from './schema.js';

export type { Qualifier };
export type Measure = (typeof MEASURES)[number];
export type UnitFamily = (typeof UNIT_FAMILIES)[number];
export type Place = Readonly<PlaceInput>;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export type Category = Readonly<CategoryInput>;
export type Topic = Readonly<TopicInput>;
export type Indicator = Readonly<IndicatorInput>;

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

export interface PolicyDocument extends Readonly<Omit<DocumentInput, 'facts' | 'sections' | 'recipe'>> {
  /** The clean text, derived from the seed on every load. */
  readonly text: string;
  readonly sections: readonly Section[];
  readonly facts: readonly string[];
}

export interface Dataset {
  readonly places: readonly Place[];
  readonly categories: readonly Category[];
  readonly topics: readonly Topic[];
  /** Groups of words a searcher may use for one another (data/synonyms.yaml). */
  readonly synonyms: readonly (readonly string[])[];
  readonly indicators: readonly Indicator[];
  readonly documents: readonly PolicyDocument[];
  readonly facts: readonly Fact[];
  readonly placeById: ReadonlyMap<string, Place>;
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly indicatorById: ReadonlyMap<string, Indicator>;
  readonly documentById: ReadonlyMap<string, PolicyDocument>;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly factsByCategory: ReadonlyMap<string, readonly Fact[]>;
  readonly factsByPlace: ReadonlyMap<string, readonly Fact[]>;
  /** Indicator id → the facts that measure it, in the dataset's order; facts without one are in none. */
  readonly factsByIndicator: ReadonlyMap<string, readonly Fact[]>;
  /** Target id → the reported facts that track it (their `progress_of`). */
  readonly progressByTarget: ReadonlyMap<string, readonly Fact[]>;
  /** Target id → the reported facts it starts from (their `baseline_of`). */
  readonly baselineByTarget: ReadonlyMap<string, readonly Fact[]>;
}

/** One problem found in the dataset, at a position in a file. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}
