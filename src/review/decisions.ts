import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * A reviewer's decisions on a document's proposals, made on the YAML text itself through the
 * yaml library's Document API, so that everything else in the file (comments, key order, the
 * one-line maps) stays as the person left it. Text in, text out: writing it is the session's.
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
}

export type Decided = { readonly text: string } | { readonly problem: string };

/** The fact's map in the document, and its index in `facts`. */
function factNode(doc: Document, id: string): { node: YAMLMap; index: number } | undefined {
  const facts = doc.get('facts');
  if (!isSeq(facts)) return undefined;
  const index = facts.items.findIndex((item) => isMap(item) && item.get('id') === id);
  return index < 0 ? undefined : { node: facts.items[index] as YAMLMap, index };
}

function proposal(doc: Document, id: string): { node: YAMLMap; index: number } | string {
  const found = factNode(doc, id);
  if (!found) return `no fact "${id}" in this document`;
  if (found.node.get('status') !== 'proposed') return `"${id}" is not a proposal: it was accepted already`;
  return found;
}

/** Sets a key, or removes it for null, keeping its place among the others when it is there. */
function put(doc: Document, node: YAMLMap, key: string, value: unknown): void {
  if (value === null) node.delete(key);
  else node.set(key, doc.createNode(value));
}

function applyEdits(doc: Document, node: YAMLMap, edits: Edits): void {
  if (edits.metricZh !== undefined || edits.metricEn !== undefined) {
    const metric = node.get('metric', true);
    if (isMap(metric)) {
      if (edits.metricZh !== undefined) metric.set('zh', edits.metricZh);
      if (edits.metricEn !== undefined) metric.set('en', edits.metricEn);
    }
  }
  if (edits.kind !== undefined) put(doc, node, 'kind', edits.kind);
  if (edits.year !== undefined) {
    put(doc, node, 'year', edits.year);
    // A year a person gives is read, not inferred.
    node.delete('year_inferred');
  }
  if (edits.qualifier !== undefined) put(doc, node, 'qualifier', edits.qualifier);
  // An indicator is required even when null: "measures no indicator" is a statement.
  if (edits.indicator !== undefined) node.set('indicator', edits.indicator);
  if (edits.category !== undefined) put(doc, node, 'category', edits.category);
  if (edits.measure !== undefined) put(doc, node, 'measure', edits.measure);
  if (edits.tags !== undefined) {
    const tags = doc.createNode([...edits.tags]);
    tags.flow = true;
    node.set('tags', tags);
  }
}

const written = (doc: Document): string => doc.toString({ lineWidth: 0 });

/** The proposal with the reviewer's edits, still a proposal. */
export function editProposal(text: string, id: string, edits: Edits): Decided {
  const doc = parseDocument(text);
  const found = proposal(doc, id);
  if (typeof found === 'string') return { problem: found };
  applyEdits(doc, found.node, edits);
  return { text: written(doc) };
}

/** The proposal made a fact: the edits applied, then what marks it a draft removed. */
export function acceptProposal(text: string, id: string, edits: Edits = {}): Decided {
  const doc = parseDocument(text);
  const found = proposal(doc, id);
  if (typeof found === 'string') return { problem: found };
  applyEdits(doc, found.node, edits);
  for (const key of ['status', 'confidence', 'reasons']) found.node.delete(key);
  return { text: written(doc) };
}

/** Every proposal of the document accepted but the exceptions, which stay proposals. */
export function acceptAll(text: string, except: readonly string[] = []): Decided & { accepted?: string[] } {
  const doc = parseDocument(text);
  const facts = doc.get('facts');
  if (!isSeq(facts)) return { problem: 'this document has no facts' };
  const accepted: string[] = [];
  for (const item of facts.items) {
    if (!isMap(item) || item.get('status') !== 'proposed') continue;
    const id = String(item.get('id'));
    if (except.includes(id)) continue;
    for (const key of ['status', 'confidence', 'reasons']) item.delete(key);
    accepted.push(id);
  }
  return { text: written(doc), accepted };
}

/**
 * The proposal gone from the facts and kept in `rejected`, with its number, unit, quote and
 * metric, so that a second ingest knows the figure and does not propose it again.
 */
export function rejectProposal(text: string, id: string, why?: string): Decided {
  const doc = parseDocument(text);
  const found = proposal(doc, id);
  if (typeof found === 'string') return { problem: found };
  const { node, index } = found;
  const record: Record<string, unknown> = {};
  for (const key of ['value', 'value_min', 'value_max', 'unit', 'quote']) if (node.has(key)) record[key] = node.get(key);
  const metric = node.get('metric', true);
  if (isMap(metric) && metric.has('zh')) record.metric = metric.get('zh');
  if (why !== undefined && why.trim() !== '') record.why = why.trim();
  (doc.get('facts') as YAMLSeq).delete(index);
  if (!isSeq(doc.get('rejected'))) doc.set('rejected', doc.createNode([]));
  const entry = doc.createNode(record);
  entry.flow = true;
  (doc.get('rejected') as YAMLSeq).add(entry);
  return { text: written(doc) };
}
