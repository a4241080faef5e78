import type { AcceptPlan, FigureFilter } from '../../review/folder.js';
import type { LinkSuggestion } from '../../review/links.js';
import type { DiffLine } from '../../review/preview.js';

/**
 * The shapes of the review's overlays that open over a proposal (the folder's list, a
 * decision's preview, a target's links): what the screen's state holds of each. What their
 * keys do is in their own files.
 */

export interface ListState {
  /** The row under the cursor, among those the filter shows. */
  readonly cursor: number;
  readonly filter: FigureFilter;
  /** Proposals marked by id: accepting all shown leaves them. */
  readonly marked: readonly string[];
  /** The minimum confidence being typed, or null when none is. */
  readonly typing: string | null;
  /** Accepting all shown, asked first: what it would accept and leave. */
  readonly confirm: AcceptPlan | null;
}

export type PreviewRow = DiffLine | { readonly hunk: string };

export interface PreviewState {
  /** What is previewed, and the file it would change. */
  readonly title: string;
  readonly file: string;
  /** Why the decision, as previewed, would be refused when written: the folder's check holds a fact to more. */
  readonly warning: string | null;
  readonly rows: readonly PreviewRow[];
  /** The first row shown: a long diff scrolls. */
  readonly top: number;
}

export interface LinksOverlay {
  /** The figure whose links they are. */
  readonly id: string;
  readonly suggestions: readonly LinkSuggestion[];
  readonly cursor: number;
}
