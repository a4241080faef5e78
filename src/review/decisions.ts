import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { appendToList, deleteKey, flow, removeItem, removePair, setKey, spliced, type Splice } from './splice.js';

/**
 * A reviewer's decisions on a document's proposals, made on the YAML text where the fact
 * stands: the yaml library's Document API finds it, and only its lines change, so comments,
 * key order and every other line stay as the person left them. Text in, text out: writing
 * it is the session's.
 */

/** What a reviewer may change in a proposal before deciding on it. */
export interface Edits {
  readonly metricZh?: string;
  readonly metricEn?: string;
  readonly kind?: 'target' | 'reported';
  readonly year?: number;
  readonly qualifier?: string;
  readonly indicator?: string | null;
  readonly category?: string | null;
  readonly measure?: string;
  readonly tags?: readonly string[];
  /** What a citing reader must know; a fact that measures no indicator says why here. */
  readonly note?: string;
  /** The target a reported figure reports on, and the figure it is the starting level of; null unlinks. */
  readonly progress_of?: string | null;
  readonly baseline_of?: string | null;
  /** The number as written, one value or a range; the unit as written. */
  readonly value?: { readonly value: number } | { readonly value_min: number; readonly value_max: number };
  readonly unit?: string;
  /** The place the figure is of, where it is not the document's; null: the document's. */
  readonly place?: string | null;
  /** The bodies the text makes responsible for it; null: none named. */
  readonly responsible?: readonly string[] | null;
}

export type Decided = { readonly text: string } | { readonly problem: string };

const DRAFT = ['status', 'confidence', 'reasons'];

function proposalNode(doc: Document, id: string): YAMLMap | string {
  const facts = doc.get('facts');
  const node = isSeq(facts) ? facts.items.find((item) => isMap(item) && item.get('id') === id) : undefined;
  if (!isMap(node)) return `no fact "${id}" in this document`;
  if (node.get('status') !== 'proposed') return `"${id}" is not a proposal: it was accepted already`;
  if (node.flow) return `"${id}" is written on one line; write it as a block to review it here`;
  return node;
}

function editSplices(text: string, node: YAMLMap, edits: Edits): Splice[] {
  const splices: Splice[] = [];
  if (edits.metricZh !== undefined || edits.metricEn !== undefined) {
    const metric = node.get('metric');
    const now = isMap(metric) ? (metric.toJSON() as { zh?: string; en?: string }) : {};
    splices.push(setKey(text, node, 'metric', { zh: edits.metricZh ?? now.zh, en: edits.metricEn ?? now.en }));
  }
  if (edits.kind !== undefined) splices.push(setKey(text, node, 'kind', edits.kind));
  if (edits.year !== undefined) {
    splices.push(setKey(text, node, 'year', edits.year));
    // A year a person gives is read, not inferred.
    splices.push(...deleteKey(text, node, 'year_inferred'));
  }
  if (edits.qualifier !== undefined) splices.push(setKey(text, node, 'qualifier', edits.qualifier));
  // An indicator is written even when null: "measures no indicator" is a statement.
  if (edits.indicator !== undefined) splices.push(setKey(text, node, 'indicator', edits.indicator));
  if (edits.category === null) splices.push(...deleteKey(text, node, 'category'));
  else if (edits.category !== undefined) splices.push(setKey(text, node, 'category', edits.category));
  if (edits.measure !== undefined) splices.push(setKey(text, node, 'measure', edits.measure));
  if (edits.tags !== undefined) splices.push(setKey(text, node, 'tags', [...edits.tags]));
  if (edits.note !== undefined) splices.push(setKey(text, node, 'note', edits.note));
  if (edits.value !== undefined) {
    // One value or a range, never both: the other form's keys go.
    const single = 'value' in edits.value;
    for (const key of single ? (['value_min', 'value_max'] as const) : (['value'] as const)) splices.push(...deleteKey(text, node, key));
    for (const [key, v] of Object.entries(edits.value)) splices.push(setKey(text, node, key, v));
  }
  if (edits.unit !== undefined) splices.push(setKey(text, node, 'unit', edits.unit));
  for (const key of ['progress_of', 'baseline_of', 'place', 'responsible'] as const) {
    if (edits[key] === null) splices.push(...deleteKey(text, node, key));
    else if (edits[key] !== undefined) splices.push(setKey(text, node, key, Array.isArray(edits[key]) ? [...edits[key]] : edits[key]));
  }
  return splices;
}

const accepting = (text: string, node: YAMLMap) => DRAFT.flatMap((key) => deleteKey(text, node, key));

/** The proposal with the reviewer's edits, still a proposal. */
export function editProposal(text: string, id: string, edits: Edits): Decided {
  const node = proposalNode(parseDocument(text), id);
  if (typeof node === 'string') return { problem: node };
  return { text: spliced(text, editSplices(text, node, edits)) };
}

/** The proposal made a fact: the edits made, then what marks it a draft removed. */
export function acceptProposal(text: string, id: string, edits: Edits = {}): Decided {
  const node = proposalNode(parseDocument(text), id);
  if (typeof node === 'string') return { problem: node };
  return { text: spliced(text, [...editSplices(text, node, edits), ...accepting(text, node)]) };
}

/** Every proposal of the document accepted but the exceptions, which stay proposals. */
export function acceptAll(text: string, except: readonly string[] = []): Decided & { accepted?: string[] } {
  const facts = parseDocument(text).get('facts');
  if (!isSeq(facts)) return { problem: 'this document has no facts' };
  const accepted: string[] = [];
  const splices: Splice[] = [];
  for (const item of facts.items) {
    if (!isMap(item) || item.flow || item.get('status') !== 'proposed' || except.includes(String(item.get('id')))) continue;
    accepted.push(String(item.get('id')));
    splices.push(...accepting(text, item));
  }
  return { text: spliced(text, splices), accepted };
}

/**
 * The proposal gone from the facts and kept in `rejected`, with its number, unit, quote and
 * metric, so that a second ingest knows the figure and does not propose it again.
 */
export function rejectProposal(text: string, id: string, why?: string): Decided {
  const doc = parseDocument(text);
  const node = proposalNode(doc, id);
  if (typeof node === 'string') return { problem: node };
  const record: Record<string, unknown> = {};
  for (const key of ['value', 'value_min', 'value_max', 'unit', 'quote']) if (node.has(key)) record[key] = node.get(key);
  const metric = node.get('metric');
  if (isMap(metric) && metric.has('zh')) record.metric = metric.get('zh');
  if (why !== undefined && why.trim() !== '') record.why = why.trim();
  return { text: appendRecords(doc, text, 'rejected', [flow(record)], [removeItem(text, node)]) };
}

/**
 * Adds records to a top-level list of the file (rejected, skipped), after `first` splices; a
 * list written on one line, or empty, is written anew as a block at the end.
 */
export function appendRecords(doc: Document, text: string, key: string, records: readonly string[], first: readonly Splice[] = []): string {
  const list = doc.get(key);
  const pair = (doc.contents as YAMLMap).items.find((p: Pair) => isScalar(p.key) && p.key.value === key);
  const block = isSeq(list) && !list.flow && list.items.length > 0;
  const cleared = !block && pair ? [removePair(text, pair)] : [];
  return spliced(text, [...first, ...cleared, appendToList(text, block ? list : undefined, key, records)]);
}
