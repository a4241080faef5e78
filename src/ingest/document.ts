import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { appendRecords } from '../review/decisions.js';
import { appendToList, flow, removeItem, removePair, spliced, type Splice } from '../review/splice.js';
import type { FactInput, Recipe, RejectedInput, SkippedInput } from '../model/schema.js';
import type { DocumentKind } from './meta.js';

/**
 * The document YAML an ingest writes: a new one with its metadata, recipe and proposals, or
 * an existing one with the proposals it does not hold yet. Whatever a person has touched
 * (accepted facts, edited proposals, rejections, the recipe, the metadata) is kept as it is,
 * comments and all, through the yaml library's Document API.
 */

export interface DocumentHead {
  readonly id: string;
  readonly seed: string;
  readonly title: string;
  readonly publisher: { readonly zh: string; readonly en: string };
  readonly date: string | null;
  readonly dateNote?: string;
  readonly place: string;
  readonly kind: DocumentKind;
  readonly script: 'traditional' | 'simplified';
  readonly recipe: Recipe;
}

/** What the proposer made of a text. */
export interface Draft {
  readonly proposals: readonly FactInput[];
  readonly skipped: readonly SkippedInput[];
}

/** What a second ingest kept and added, for the command to say. */
export interface Merged {
  readonly text: string;
  readonly reviewed: number;
  readonly proposed: number;
  readonly rejected: number;
  readonly added: number;
}

type Figure = Pick<FactInput, 'value' | 'value_min' | 'value_max' | 'unit' | 'quote'>;

/**
 * One figure of a text, whoever read it: the same number and unit, quoted from the same
 * place (one quote holds the other, since a proposer may quote more or less of a clause).
 */
export function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.value === b.value &&
    a.value_min === b.value_min &&
    a.value_max === b.value_max &&
    a.unit === b.unit &&
    (a.quote.includes(b.quote) || b.quote.includes(a.quote))
  );
}

const HEADER = (seed: string) =>
  ` Read by "policy-explorer ingest" from seeds/${seed}. Facts with "status: proposed" are drafts:
 review them with "policy-explorer review DIR", or edit this file; a second ingest keeps what you changed.`;

/** A new document file. */
export function newDocumentYaml(head: DocumentHead, draft: Draft): string {
  const doc = new Document({
    id: head.id,
    seed: head.seed,
    title: { zh: head.title },
    publisher: head.publisher,
    date: head.date,
    ...(head.dateNote === undefined ? {} : { date_note: head.dateNote }),
    place: head.place,
    kind: head.kind,
    script: head.script,
    recipe: head.recipe,
    facts: draft.proposals,
  });
  doc.commentBefore = HEADER(head.seed);
  // Quoted, as the curated files write it: a reader of YAML 1.1 would take 2025-01-20 for a timestamp.
  const date = doc.get('date', true);
  if (isScalar(date) && typeof date.value === 'string') date.type = 'QUOTE_DOUBLE';
  // The skipped list is written as a second ingest rewrites it, so that one changes nothing.
  const text = written(doc);
  // A new file has no skipped list: it goes at the end, as appendRecords would put it, with no second parse of the file.
  return draft.skipped.length === 0 ? text : spliced(text, [appendToList(text, undefined, 'skipped', draft.skipped.map(flow))]);
}

/**
 * An existing document file with the draft's new proposals added: a figure it already holds
 * (accepted or proposed) or that was rejected is not proposed again. New proposals are
 * numbered after the highest proposal number in the file (or `numberedAfter`, the highest
 * it had before proposals were taken out of it), so an id is never reused.
 */
export function mergeDraft(existing: string, draft: Draft, numberedAfter = 0): Merged {
  const doc = parseDocument(existing);
  const plain = doc.toJS() as { id: string; facts?: FactInput[]; rejected?: RejectedInput[]; skipped?: unknown };
  const facts = plain.facts ?? [];
  const rejected = plain.rejected ?? [];
  const numbers = facts.map((f) => /-p(\d+)$/u.exec(f.id)?.[1]).filter((n) => n !== undefined);
  let next = Math.max(numberedAfter, ...numbers.map(Number)) + 1;
  const held = heldFigures([...facts, ...rejected]);
  const kept = draft.proposals.filter((p) => !held(p));
  const renamed = new Map(kept.map((p) => [p.id, `${plain.id}-p${String(next++).padStart(3, '0')}`]));
  // A baseline link follows its target's new id, and goes where the target was held already.
  const fresh = kept.map(({ baseline_of, ...p }) => {
    const target = baseline_of === undefined ? undefined : renamed.get(baseline_of);
    return { ...p, id: renamed.get(p.id)!, ...(target ? { baseline_of: target } : {}) };
  });
  // Only the new proposals' lines and the skipped list change: every other byte is the person's.
  let text = fresh.length > 0 ? appendRecords(doc, existing, 'facts', fresh.map(factYaml)) : existing;
  // What could not be read is the proposer's to say, each time: it is not reviewed.
  const same = JSON.stringify(plain.skipped ?? []) === JSON.stringify(draft.skipped);
  // The same list again is left where it stands; another replaces it.
  if (!same) {
    const again = fresh.length > 0 ? parseDocument(text) : doc;
    const skipped = (again.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'skipped');
    if (skipped) text = spliced(text, [removePair(text, skipped)]);
    if (draft.skipped.length > 0) text = appendRecords(parseDocument(text), text, 'skipped', draft.skipped.map(flow));
  }
  return {
    text,
    reviewed: facts.filter((f) => f.status !== 'proposed').length,
    proposed: facts.filter((f) => f.status === 'proposed').length,
    rejected: rejected.length,
    added: fresh.length,
  };
}

/**
 * Whether a figure is one of these (sameFigure), asked of each of a draft's figures: they are
 * looked up by number and unit, so that a document of a thousand figures is not compared a
 * thousand times for each.
 */
function heldFigures(figures: readonly Figure[]): (figure: Figure) => boolean {
  const key = (f: Figure) => `${f.value}|${f.value_min}|${f.value_max}|${f.unit}`;
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    const same = byKey.get(key(f));
    if (same) same.push(f);
    else byKey.set(key(f), [f]);
  }
  return (figure) => byKey.get(key(figure))?.some((f) => sameFigure(f, figure)) ?? false;
}

/** One fact as a block, its short maps and lists on one line. */
function factYaml(fact: FactInput): string {
  const doc = new Document(fact);
  for (const key of ['metric', 'tags', 'reasons', 'responsible']) oneLine(doc.contents as YAMLMap, key);
  return curatedStyle(doc.toString({ lineWidth: 0 }));
}

/** Lists on one line without inner padding, as the curated files (and prettier) write them: [a, b]. */
const curatedStyle = (text: string) => text.replace(/^(\s*(?:- )?[\w-]+: |\s*- )\[ (.*) \]$/gmu, '$1[$2]');

/** Short maps and lists on one line, as the curated files write them: `metric: { zh: …, en: … }`. */
function written(doc: Document): string {
  const facts = doc.get('facts');
  if (isSeq(facts)) {
    for (const fact of facts.items) {
      if (!isMap(fact)) continue;
      for (const key of ['metric', 'tags', 'reasons', 'responsible']) oneLine(fact, key);
    }
  }
  const repairs = doc.getIn(['recipe', 'repairs']);
  if (isSeq(repairs)) for (const item of repairs.items) if (isMap(item)) item.flow = true;
  const drop = doc.getIn(['recipe', 'drop']);
  if (isSeq(drop)) drop.flow = true;
  const title = doc.get('title');
  if (isMap(title)) title.flow = true;
  const publisher = doc.get('publisher');
  if (isMap(publisher)) publisher.flow = true;
  return curatedStyle(doc.toString({ lineWidth: 0 }));
}

function oneLine(map: YAMLMap, key: string): void {
  const node = map.get(key, true);
  if (isMap(node) || isSeq(node)) node.flow = true;
}

/** An existing document made to read a new version of its text, and what could not come along. */
export interface ForNewText {
  readonly text: string;
  /** Proposals and rejections whose quote the new text no longer has: they go. */
  readonly droppedProposals: number;
  readonly droppedRejections: number;
  /** Reviewed facts whose quote the new text no longer has: a person's to mend, so nothing is replaced. */
  readonly unquoted: readonly string[];
  /** The highest proposal number the file had, taken-out proposals' included: new ones are numbered after it. */
  readonly highest: number;
}

/**
 * The document file of a text, made to read a new version of it (ingest --replace): its
 * recipe is the new one, and every reviewed fact stays as the person left it. Proposals and
 * rejections of figures the new text no longer quotes are taken out, since nothing could
 * show where they were stated; a reviewed fact that lost its quote is named, for a person.
 */
export function forNewText(existing: string, recipe: Recipe, clean: string): ForNewText {
  const doc = parseDocument(existing);
  const map = doc.contents as YAMLMap;
  // The recipe is written as a new document writes it, in place of the old one's lines.
  const recipeYaml = new Document({ recipe }).toString({ lineWidth: 0 });
  const recipePair = map.items.find((p) => isScalar(p.key) && p.key.value === 'recipe');
  const splices: Splice[] = [
    recipePair
      ? { ...removePair(existing, recipePair), text: recipeYaml }
      : { start: existing.length, end: existing.length, text: `${existing.endsWith('\n') ? '' : '\n'}${recipeYaml}` },
  ];
  const unquoted: string[] = [];
  let droppedProposals = 0;
  let droppedRejections = 0;
  const prune = (key: string, gone: (item: YAMLMap) => boolean) => {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    const list = pair?.value;
    if (!pair || !isSeq(list) || list.flow) return 0;
    const going = list.items.filter((item): item is YAMLMap => isMap(item) && gone(item));
    if (going.length === 0) return 0;
    if (going.length === list.items.length) splices.push({ ...removePair(existing, pair), text: `${key}: []\n` });
    else splices.push(...going.map((item) => removeItem(existing, item)));
    return going.length;
  };
  const quoted = (item: YAMLMap) => {
    const quote = item.get('quote');
    return typeof quote === 'string' && clean.includes(quote);
  };
  droppedProposals = prune('facts', (fact) => {
    if (quoted(fact)) return false;
    if (fact.get('status') === 'proposed') return true;
    unquoted.push(String(fact.get('id')));
    return false;
  });
  droppedRejections = prune('rejected', (rejection) => !quoted(rejection));
  const numbers = (doc.toJS() as { facts?: { id?: unknown }[] }).facts?.map((f) => /-p(\d+)$/u.exec(String(f.id))?.[1]) ?? [];
  const highest = Math.max(0, ...numbers.filter((n) => n !== undefined).map(Number));
  return { text: spliced(existing, splices), droppedProposals, droppedRejections, unquoted, highest };
}
