import { relative } from 'node:path';
import { diffLines, previewOf } from '../../review/preview.js';
import { readyToAccept } from '../../review/session.js';
import { type Decision } from '../../review/write.js';
import type { Command } from '../keys/words.js';
import type { ReviewEffect, ReviewState } from './reviewState.js';
import type { PreviewRow } from './overlays.js';
import { rt } from './words.js';

/**
 * The preview of a decision (d): the lines accepting the proposal would change in its file,
 * with their numbers, before anything is written. Pure: the diff is made on the text the
 * review read.
 */

/** The preview of accepting the proposal shown, or the review with why it cannot be made. */
export function openPreview(state: ReviewState, id: string): ReviewState {
  const p = state.review.proposals.find((q) => q.fact.id === id);
  if (!p) return state;
  const warning = readyToAccept(p) ? null : rt('previewRefused', state.lang);
  return previewed(
    state,
    rt('previewAccepting', state.lang, { id }),
    [{ document: p.document, decision: { type: 'accept', id } }],
    warning,
  );
}

/**
 * The preview of decisions on one document or several, one after another on each as they
 * would be written; several documents' diffs each under their file's name.
 */
export function previewed(
  state: ReviewState,
  title: string,
  decisions: readonly { readonly document: string; readonly decision: Decision }[],
  warning: string | null = null,
): ReviewState {
  const texts = new Map<string, string>();
  for (const { document, decision } of decisions) {
    const doc = state.review.documents.find((d) => d.id === document);
    if (!doc) continue;
    const before = texts.get(document) ?? doc.file.text;
    const made = previewOf(before, decision);
    if ('problem' in made) return { ...state, message: rt('previewFails', state.lang, { what: title, why: made.problem }) };
    texts.set(document, made.text);
  }
  const rows: PreviewRow[] = [];
  const files: string[] = [];
  for (const doc of state.review.documents) {
    const after = texts.get(doc.id);
    if (after === undefined) continue;
    const file = relative(state.review.dir, doc.file.path);
    files.push(file);
    if (texts.size > 1) rows.push({ hunk: `─── ${file}` });
    for (const h of diffLines(doc.file.text, after)) {
      rows.push({ hunk: `@@ -${h.beforeStart},${h.beforeCount} +${h.afterStart},${h.afterCount} @@` }, ...h.lines);
    }
  }
  const file = files.length === 1 ? files[0]! : rt('previewFiles', state.lang, { n: files.length });
  return { ...state, preview: { title, file, warning, rows, top: 0 }, message: null };
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
