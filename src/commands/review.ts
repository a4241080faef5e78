import { UsageError } from '../args.js';
import type { Edits } from '../review/decisions.js';
import { afterDecision } from '../review/afterDecision.js';
import { nothingRead, progressOf, readReview, type Order, type Review } from '../review/session.js';
import { decide, type Decision } from '../review/write.js';
import { editOf, FIELD_NAMES, fieldNamed } from '../review/fields.js';
import { folderNames, type FolderNames } from '../review/names.js';
import { linkDecision, linksListing } from './reviewLinks.js';
import { acceptAbove, confidenceOf } from '../review/folder.js';
import { dryRun } from './reviewDryRun.js';

/**
 * `review DIR` for scripts: the proposals listed, or decisions made by id. Each decision is
 * written and checked as in the interactive review; the first that cannot be made stops the
 * run, and what was decided before it stands. A folder or document that cannot be read is a
 * line on stderr each, and the run exits 1: the folder needs mending.
 */

export interface ReviewOptions {
  readonly order?: string;
  readonly json?: boolean;
  readonly accept?: readonly string[];
  readonly reject?: readonly string[];
  readonly why?: string;
  readonly 'accept-all'?: boolean;
  readonly except?: string;
  readonly 'min-confidence'?: string;
  readonly 'dry-run'?: boolean;
  readonly set?: readonly string[];
  /** A figure whose suggested links to list, and a link to write (FIGURE=TARGET). */
  readonly links?: string;
  readonly link?: string;
}

/** `--set field=value` as edits, read by the review's one field table; a field or value that cannot be is a usage error saying what can. */
export function editsOf(sets: readonly string[], names: FolderNames): Edits {
  let edits: Edits = {};
  for (const set of sets) {
    const at = set.indexOf('=');
    const field = fieldNamed(at < 0 ? set : set.slice(0, at));
    if (at < 0 || field === undefined)
      throw new UsageError(`--set takes FIELD=VALUE, FIELD one of ${FIELD_NAMES.join(', ')} (not "${set}")`);
    const edit = editOf(field, set.slice(at + 1), names);
    if (typeof edit === 'string') throw new UsageError(`--set ${edit}`);
    edits = { ...edits, ...edit };
  }
  return edits;
}

function listing(review: Review, json: boolean): string {
  if (json) {
    return `${JSON.stringify(
      review.proposals.map((p) => ({ document: p.document, ...p.fact })),
      null,
      2,
    )}\n`;
  }
  const { reviewed, total } = progressOf(review);
  const lines = review.proposals.map((p) => {
    const f = p.fact;
    const value = f.value ?? `${f.value_min}–${f.value_max}`;
    return `${f.id}  ${(f.confidence ?? 1).toFixed(2)}  ${f.kind} ${f.year}${f.year_inferred ? '*' : ''}  ${value} ${f.unit}  ${f.metric.zh}  “${f.quote}”`;
  });
  return `${[`${reviewed}/${total} reviewed; ${review.proposals.length} to go, least sure first:`, ...lines].join('\n')}\n`;
}

/** Whether the options decide anything; without a decision, the proposals are listed (or reviewed on a terminal). */
export const decides = (options: ReviewOptions): boolean =>
  options.accept !== undefined || options.reject !== undefined || options['accept-all'] === true || options.link !== undefined;

/**
 * A flag that would decide nothing is a usage error saying what it goes with, never ignored:
 * a person who wrote it meant something by it.
 */
export function checkReviewFlags(options: ReviewOptions): void {
  if (options.order !== undefined && options.order !== 'confidence' && options.order !== 'text') {
    throw new UsageError(`--order takes confidence or text, not "${options.order}"`);
  }
  if (options.set !== undefined && options.accept === undefined) {
    throw new UsageError(
      '--set edits the proposals accepted with --accept ID (--reject and --accept-all take no edits): add --accept, or leave --set out',
    );
  }
  if (options.why !== undefined && options.reject === undefined) {
    throw new UsageError('--why says why the proposals given with --reject ID are rejected: add --reject, or leave --why out');
  }
  if (options.except !== undefined && options['accept-all'] !== true) {
    throw new UsageError('--except names proposals for --accept-all to leave: add --accept-all, or leave --except out');
  }
  // A link is one decision of its own: with others, which came first would be a guess.
  const others = options.accept !== undefined || options.reject !== undefined || options['accept-all'] === true;
  if (
    (options.links !== undefined || options.link !== undefined) &&
    (others || (options.links !== undefined && options.link !== undefined))
  ) {
    throw new UsageError(
      '--links lists and --link writes one link, each alone: give it without --accept, --reject, --accept-all or the other',
    );
  }
  if (options['min-confidence'] !== undefined) {
    if (options['accept-all'] !== true) {
      throw new UsageError('--min-confidence says which proposals --accept-all takes: add --accept-all, or leave --min-confidence out');
    }
    const min = confidenceOf(options['min-confidence']);
    if (typeof min === 'string') throw new UsageError(`--min-confidence takes ${min.replace(/^a confidence is /u, '')}`);
  }
  if (options['dry-run'] === true && !decides(options)) {
    throw new UsageError('--dry-run shows what a decision would write: add --accept, --reject or --accept-all, or leave --dry-run out');
  }
  if (options.json === true && decides(options)) {
    throw new UsageError(
      '--json lists the proposals; a decision prints only the progress: leave --json out, or list with "review DIR --json"',
    );
  }
}

/** Lists or decides; the caller has checked the flags with checkReviewFlags. */
export function reviewCommand(dir: string, options: ReviewOptions, io: { out: (t: string) => void; err: (t: string) => void }): number {
  const order = (options.order ?? 'confidence') as Order;
  // The folder's names are read only for edits to read: a listing needs none.
  const edits = options.set === undefined ? {} : editsOf(options.set, folderNames(dir));
  let review = readReview(dir, order);
  // What cannot be read is said whatever else is done, and asks for mending: exit 1.
  const problemsSaid = () => {
    for (const problem of review.problems) io.err(`policy-explorer: ${problem}\n`);
    return review.problems.length > 0 ? 1 : 0;
  };
  if (nothingRead(review)) return problemsSaid();
  if (options.links !== undefined) {
    io.out(linksListing(review, options.links, options.json ?? false));
    return problemsSaid();
  }
  if (options.link !== undefined) return linked(dir, review, options.link, io) || problemsSaid();
  // Each decision with the document it is made on: a proposal's, or every document's for --accept-all.
  const documentOf = (id: string) => review.proposals.find((p) => p.fact.id === id)?.document ?? id;
  const except =
    options.except
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean) ?? [];
  const stranger = except.find((id) => !review.proposals.some((p) => p.fact.id === id));
  if (stranger !== undefined) {
    throw new UsageError(`--except names "${stranger}", which is no proposal in ${dir}; list them with "policy-explorer review ${dir}"`);
  }
  const min = options['min-confidence'] === undefined ? 0 : (confidenceOf(options['min-confidence']) as number);
  const plan = options['accept-all'] ? acceptAbove(review, review.proposals, min, except) : undefined;
  const decisions: { document: string; decision: Decision }[] = [
    ...(options.accept ?? []).map((id) => ({ document: documentOf(id), decision: { type: 'accept', id, edits } as const })),
    ...(options.reject ?? []).map((id) => ({
      document: documentOf(id),
      decision: { type: 'reject', id, ...(options.why ? { why: options.why } : {}) } as const,
    })),
    // All at once takes those ready to be facts, at or above the minimum; the rest are left, and said.
    ...(plan?.decisions ?? []),
  ];
  // Accepting all when none is ready (or sure enough) decides nothing, and says what was left.
  if (decisions.length === 0 && !options['accept-all']) {
    io.out(listing(review, options.json ?? false));
    return problemsSaid();
  }
  if (options['dry-run']) return dryRun(dir, review, decisions, io) || problemsSaid();
  for (const { document, decision } of decisions) {
    const doc = review.documents.find((d) => d.id === document);
    if (!doc) {
      io.err(`policy-explorer: no proposal "${document}" in ${dir}; list them with "policy-explorer review ${dir}"\n`);
      problemsSaid();
      return 1;
    }
    const outcome = decide(dir, doc.file, decision);
    if (!('written' in outcome)) {
      io.err(`policy-explorer: ${'conflict' in outcome ? outcome.conflict : outcome.problem}\n`);
      return 1;
    }
    review = afterDecision(review, outcome, order);
  }
  const { reviewed, total } = progressOf(review);
  const unready = plan?.unready.length ?? 0;
  const below = plan?.below.length ?? 0;
  const note = [
    unready > 0 ? `; ${unready} left with no English name, topic, or note for no indicator yet (give them with --set)` : '',
    below > 0 ? `; ${below} left below confidence ${min}` : '',
  ].join('');
  io.out(`${reviewed}/${total} reviewed${note}\n`);
  return problemsSaid();
}

/** `--link FIGURE=TARGET` written and checked as any decision; 1 when it could not be. */
function linked(dir: string, review: Review, spec: string, io: { out: (t: string) => void; err: (t: string) => void }): number {
  const link = linkDecision(review, spec);
  if ('already' in link) {
    io.out(`${link.already}\n`);
    return 0;
  }
  const doc = review.documents.find((d) => d.id === link.document)!;
  const outcome = decide(dir, doc.file, link.decision);
  if (!('written' in outcome)) {
    io.err(`policy-explorer: ${'conflict' in outcome ? outcome.conflict : outcome.problem}\n`);
    return 1;
  }
  io.out(`${link.said}\n`);
  return 0;
}
