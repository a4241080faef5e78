import { relative } from 'node:path';
import { previewOf, type DiffLine } from '../../review/preview.js';
import { readyToAccept } from '../../review/session.js';
import type { Command } from '../keys/words.js';
import type { ReviewEffect, ReviewState } from './state.js';

/**
 * The preview of a decision (d): the lines accepting the proposal would change in its file,
 * with their numbers, before anything is written. Pure: the diff is made on the text the
 * review read.
 */

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

/** The preview of accepting the proposal shown, or the review with why it cannot be made. */
export function openPreview(state: ReviewState, id: string): ReviewState {
  const p = state.review.proposals.find((q) => q.fact.id === id);
  const doc = p && state.review.documents.find((d) => d.id === p.document);
  if (!p || !doc) return state;
  const made = previewOf(doc.file.text, { type: 'accept', id });
  if ('problem' in made) return { ...state, message: `accepting it would fail: ${made.problem}` };
  const rows = made.hunks.flatMap((h): PreviewRow[] => [
    { hunk: `@@ -${h.beforeStart},${h.beforeCount} +${h.afterStart},${h.afterCount} @@` },
    ...h.lines,
  ]);
  const file = relative(state.review.dir, doc.file.path);
  const warning = readyToAccept(p)
    ? null
    : 'as it is, it would be refused: a fact needs an English name, a topic, and a note where no indicator (e)';
  return { ...state, preview: { title: `accepting ${id}`, file, warning, rows, top: 0 }, message: null };
}

export function previewUpdate(state: ReviewState, command: Command): { state: ReviewState; effects: ReviewEffect[] } {
  const preview = state.preview!;
  if (command === 'close') return { state: { ...state, preview: null }, effects: [] };
  if (command === 'down' || command === 'up') {
    const top = Math.max(0, Math.min(preview.rows.length - 1, preview.top + (command === 'down' ? 1 : -1)));
    return { state: { ...state, preview: { ...preview, top } }, effects: [] };
  }
  return { state, effects: [] };
}
