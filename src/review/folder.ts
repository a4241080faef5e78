import type { Proposal, Review, ReviewDocument } from './session.js';
import type { Decision } from './write.js';
import { readyToAccept } from './session.js';

/**
 * The whole folder at a glance: every figure of its documents with where the review left it
 * (proposed, accepted, rejected, or skipped in this session), a filter over them, and accepting
 * at once the proposals at or above a confidence a person chooses, minus the ones they mark.
 * Pure: the session reads and writes the files.
 */

export type FigureState = 'proposed' | 'accepted' | 'rejected' | 'skipped';
export const FIGURE_STATES: readonly FigureState[] = ['proposed', 'skipped', 'accepted', 'rejected'];

export interface FolderFigure {
  /** A rejected figure is kept by its number and quote, not its id: it has none. */
  readonly id: string | null;
  readonly state: FigureState;
  /** A proposal's; a decided figure has none (accepting drops it). */
  readonly confidence: number | null;
  readonly document: string;
  readonly kind: string | null;
  readonly year: number | null;
  readonly metric: string;
  /** The number as written, one value or a range, and its unit. */
  readonly value: string;
  readonly unit: string;
}

interface Numbered {
  readonly value?: number;
  readonly value_min?: number;
  readonly value_max?: number;
}

const numberOf = (f: Numbered) => (f.value !== undefined ? String(f.value) : `${String(f.value_min)}–${String(f.value_max)}`);

/** A document's decided figures, as the session read them with the document. */
function decidedOf(doc: ReviewDocument): FolderFigure[] {
  const accepted = doc.decided.accepted.map((f): FolderFigure => ({
    id: f.id,
    state: 'accepted',
    confidence: null,
    document: doc.id,
    kind: f.kind,
    year: f.year,
    metric: f.metric.zh,
    value: numberOf(f),
    unit: f.unit,
  }));
  const rejected = doc.decided.rejected.map((f): FolderFigure => ({
    id: null,
    state: 'rejected',
    confidence: null,
    document: doc.id,
    kind: null,
    year: null,
    metric: f.metric ?? '',
    value: numberOf(f),
    unit: f.unit,
  }));
  return [...accepted, ...rejected];
}

/**
 * Every figure of the folder: the proposals first, in the review's order, then each
 * document's accepted and rejected figures. A proposal skipped in this session says so.
 */
export function folderFigures(review: Review, skipped: readonly string[] = []): FolderFigure[] {
  const skip = new Set(skipped);
  const proposals = review.proposals.map((p): FolderFigure => ({
    id: p.fact.id,
    state: skip.has(p.fact.id) ? 'skipped' : 'proposed',
    confidence: p.fact.confidence ?? null,
    document: p.document,
    kind: p.fact.kind,
    year: p.fact.year,
    metric: p.fact.metric.zh,
    value: numberOf(p.fact),
    unit: p.fact.unit,
  }));
  return [...proposals, ...review.documents.flatMap(decidedOf)];
}

export interface FigureFilter {
  /** The states shown; none named shows them all. */
  readonly states: readonly FigureState[];
  /** Bounds on the confidence, both inclusive; a figure with no confidence (one decided) is outside any bound. */
  readonly min: number | null;
  readonly max: number | null;
  readonly document: string | null;
}

export const NO_FILTER: FigureFilter = { states: [], min: null, max: null, document: null };

export function matches(figure: FolderFigure, filter: FigureFilter): boolean {
  if (filter.states.length > 0 && !filter.states.includes(figure.state)) return false;
  if (filter.document !== null && figure.document !== filter.document) return false;
  if (filter.min === null && filter.max === null) return true;
  if (figure.confidence === null) return false;
  return (filter.min === null || figure.confidence >= filter.min) && (filter.max === null || figure.confidence <= filter.max);
}

export const filtered = (figures: readonly FolderFigure[], filter: FigureFilter): FolderFigure[] =>
  figures.filter((f) => matches(f, filter));

/** A confidence as a person types it: a number from 0 to 1, or why not, in words to show them. */
export function confidenceOf(text: string): number | string {
  const trimmed = text.trim();
  const value = /^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isNaN(value) || value < 0 || value > 1) return `a confidence is a number from 0 to 1, such as 0.8 (not "${text}")`;
  return value;
}

export interface AcceptPlan {
  /** One accept-all for each document with something to accept, leaving the rest of its proposals. */
  readonly decisions: readonly { readonly document: string; readonly decision: Decision }[];
  readonly accepted: readonly string[];
  /** Left for lacking what a fact needs (an English name, a topic, a note where no indicator). */
  readonly unready: readonly string[];
  /** Left for a confidence under the minimum. */
  readonly below: readonly string[];
  /** Left because the person said so. */
  readonly excepted: readonly string[];
}

/**
 * Accepting at once those of `candidates` at or above `min` (a proposal with no confidence
 * counts as sure, as the review's order takes it), except those named and those not ready to
 * be facts. Every other proposal of the folder stays as it is: each document's accept-all
 * names all its proposals not chosen.
 */
export function acceptAbove(review: Review, candidates: readonly Proposal[], min: number, except: readonly string[]): AcceptPlan {
  const excepted: string[] = [];
  const below: string[] = [];
  const unready: string[] = [];
  const chosen = new Set<string>();
  const left = new Set(except);
  for (const p of candidates) {
    const id = p.fact.id;
    if (left.has(id)) excepted.push(id);
    else if ((p.fact.confidence ?? 1) < min) below.push(id);
    else if (!readyToAccept(p)) unready.push(id);
    else chosen.add(id);
  }
  // Grouped once: a corpus has hundreds of documents, each with its own proposals.
  const byDocument = new Map<string, Proposal[]>();
  for (const p of review.proposals) {
    const list = byDocument.get(p.document);
    if (list) list.push(p);
    else byDocument.set(p.document, [p]);
  }
  const decisions = review.documents.flatMap((d) => {
    const mine = byDocument.get(d.id) ?? [];
    if (!mine.some((p) => chosen.has(p.fact.id))) return [];
    const left = mine.filter((p) => !chosen.has(p.fact.id)).map((p) => p.fact.id);
    return [{ document: d.id, decision: { type: 'accept-all', except: left } as const }];
  });
  return { decisions, accepted: [...chosen], unready, below, excepted };
}
