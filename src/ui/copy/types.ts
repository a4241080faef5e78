import type { Lang } from '../strings.js';

/** What `c` and `C` copy: an item, or the figures of the collection in view as a table. */
export type CopyTarget =
  | { readonly kind: 'fact' | 'document' | 'category' | 'indicator'; readonly id: string }
  | { readonly kind: 'list'; readonly ids: readonly string[] }
  /** Targets, as the progress screen lists them: their progress table. */
  | { readonly kind: 'progress'; readonly ids: readonly string[] };

export type CopyFormat =
  | 'sentence'
  | 'reference'
  | 'md'
  | 'json'
  | 'csv'
  | 'table-md'
  | 'table-tsv'
  | 'table-csv'
  /** Not a copy: the chooser's way to the save box for the same collection. */
  | 'save';

export interface CopyChoice {
  readonly target: CopyTarget;
  readonly format: CopyFormat;
  /** The language a sentence, reference or Markdown citation is written in; the interface's when absent. */
  readonly lang?: Lang;
}

/** What there is to save, and the word its file's suggested name takes ("figures", "timeline", "compare-…"). */
export interface SaveTarget {
  readonly target: CopyTarget;
  readonly name: string;
}
