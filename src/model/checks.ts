import { isDeepStrictEqual } from 'node:util';
import { occurrences, statesNumber } from './quote.js';
import type { CategoryInput, DocumentInput, IndicatorInput, PlaceInput, TopicInput } from './schema.js';
import type { SourceFile } from './source.js';
import type { Problem } from './types.js';
import { describePath, type Path } from './valuePath.js';

export interface DocumentSource {
  readonly source: SourceFile<DocumentInput>;
  /** The clean text of its seed; absent when the seed could not be read or cleaned. */
  readonly text?: string;
}

/**
 * The files that parsed, a list per data folder; a kind of list one of whose files failed is
 * absent, and references into it go unchecked.
 */
export interface CheckInput {
  readonly places?: readonly SourceFile<PlaceInput[]>[];
  readonly categories?: readonly SourceFile<CategoryInput[]>[];
  readonly topics?: readonly SourceFile<TopicInput[]>[];
  readonly indicators?: readonly SourceFile<IndicatorInput[]>[];
  readonly documents: readonly DocumentSource[];
}

export type Report = (source: SourceFile<unknown>, path: Path, message: string) => void;

/** The ids each kind of list gives; a kind whose file failed is absent, and references into it go unchecked. */
export interface ListIds {
  readonly placeIds?: ReadonlySet<string>;
  readonly categoryIds?: ReadonlySet<string>;
  readonly topicIds?: ReadonlySet<string>;
  readonly indicatorIds?: ReadonlySet<string>;
}

/** Finds what a schema cannot see: duplicate ids, dangling references, quotes and numbers not in the text. */
export function checkDataset(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (source, path, message) => problems.push(source.problem(path, message));
  const ids = checkLists(input, report);

  const documentIds = new Map<string, string>();
  const facts = new Map<string, LinkedFact>();
  const baselines = new Map<string, LinkedFact[]>();
  for (const { source } of input.documents) {
    const seen = documentIds.get(source.value.id);
    if (seen) report(source, ['id'], duplicateDocument(source.value.id, seen));
    else documentIds.set(source.value.id, source.file);
    source.value.facts.forEach((f, index) => {
      const other = facts.get(f.id);
      const linked = linkedFact(f, source);
      if (other) report(source, ['facts', index, 'id'], duplicateFact(f.id, other));
      else facts.set(f.id, linked);
      if (f.baseline_of !== undefined) baselines.set(f.baseline_of, [...(baselines.get(f.baseline_of) ?? []), linked]);
    });
  }

  for (const doc of input.documents) {
    checkDocument(doc, { ...ids, facts, baselines }, report);
  }
  return problems;
}

export const duplicateDocument = (id: string, file: string): string => `duplicate document id "${id}" (also in ${file})`;
export const duplicateFact = (id: string, first: LinkedFact): string => `duplicate fact id "${id}" (also in ${first.source.file})`;

/** What a link to a fact is checked against: what the fact is, and where it stands. */
export const linkedFact = (f: DocumentInput['facts'][number], source: SourceFile<DocumentInput>): LinkedFact => ({
  id: f.id,
  kind: f.kind,
  year: f.year,
  indicator: f.indicator,
  proposed: f.status === 'proposed',
  source,
});

/** Checks the lists themselves (ids, references between them) and returns the ids each gives. */
export function checkLists(input: Omit<CheckInput, 'documents'>, report: Report): ListIds {
  const placeIds = input.places && uniqueIds(input.places, 'place', report);
  const categoryIds = input.categories && uniqueIds(input.categories, 'category', report);
  const topicIds = input.topics && uniqueIds(input.topics, 'topic', report);
  const indicatorIds = input.indicators && uniqueIds(input.indicators, 'indicator', report);

  if (input.places && placeIds) checkPlaces(input.places, placeIds, report);
  for (const categories of input.categories ?? []) {
    categories.value.forEach((c, i) => {
      if (c.next !== undefined) {
        if (categoryIds && !categoryIds.has(c.next)) report(categories, [i, 'next'], `next: no category "${c.next}"`);
        else if (c.next === c.id) report(categories, [i, 'next'], 'next: a category cannot follow itself');
      }
    });
  }

  for (const indicators of input.indicators ?? []) {
    indicators.value.forEach((indicator, i) => {
      indicator.categories.forEach((c, j) => {
        if (categoryIds && !categoryIds.has(c)) report(indicators, [i, 'categories', j], `categories[${j}]: no category "${c}"`);
      });
      indicator.topics.forEach((t, j) => {
        if (topicIds && !topicIds.has(t)) report(indicators, [i, 'topics', j], `topics[${j}]: no topic "${t}"`);
      });
    });
  }
  if (input.indicators && indicatorIds) checkFamilies(input.indicators, indicatorIds, report);
  return { placeIds, categoryIds, topicIds, indicatorIds };
}

/**
 * A family is named by the indicator that heads it: the name must be an indicator's, not the
 * indicator's own, and the head names no family itself, so that a family is one level deep
 * and each indicator is in at most one.
 */
export function checkFamilies(sources: readonly SourceFile<IndicatorInput[]>[], ids: ReadonlySet<string>, report: Report): void {
  const familyOf = new Map(sources.flatMap((s) => s.value.map((i) => [i.id, i.family] as const)));
  for (const source of sources) {
    source.value.forEach((indicator, i) => {
      const head = indicator.family;
      if (head === undefined) return;
      if (!ids.has(head)) report(source, [i, 'family'], `family: no indicator "${head}"`);
      else if (head === indicator.id) report(source, [i, 'family'], 'family: an indicator cannot head its own family by naming it');
      else if (familyOf.get(head) !== undefined)
        report(source, [i, 'family'], `family: "${head}" is itself of the family of "${familyOf.get(head)}"; name that one`);
    });
  }
}

/**
 * The ids of one kind of list, over every folder's file. Within a file an id is given once.
 * Folders combined may each carry the same entry (a folder of one's own starts from a copy
 * of the bundled lists): an entry given alike in two files is one entry, but the same id
 * given otherwise is a clash, since a figure's reference would mean two things.
 */
function uniqueIds<T extends { id: string }>(sources: readonly SourceFile<T[]>[], what: string, report: Report): Set<string> {
  const first = new Map<string, { item: T; file: string }>();
  for (const source of sources) {
    const ids = new Set<string>();
    source.value.forEach((item, i) => {
      if (ids.has(item.id)) report(source, [i, 'id'], `duplicate ${what} id "${item.id}"`);
      ids.add(item.id);
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, { item, file: source.file });
      else if (earlier.file !== source.file && !isDeepStrictEqual(earlier.item, item))
        report(source, [i, 'id'], `${what} "${item.id}" clashes with the one in ${earlier.file}: give it another id, or the same entry`);
    });
  }
  return new Set(first.keys());
}

function checkPlaces(sources: readonly SourceFile<PlaceInput[]>[], ids: Set<string>, report: Report): void {
  const parentOf = new Map(sources.flatMap((s) => s.value.map((p) => [p.id, p.parent] as const)));
  for (const source of sources) {
    // A code names one division, so one list cannot give it to two places: a figure of either would be the other's.
    const coded = new Map<string, string>();
    source.value.forEach((p, i) => {
      if (p.code === undefined) return;
      const other = coded.get(p.code);
      if (other === undefined) coded.set(p.code, p.id);
      else if (other !== p.id) report(source, [i, 'code'], `code: ${p.code} is also the code of place "${other}"`);
    });
    source.value.forEach((p, i) => {
      if (p.parent === undefined) return;
      if (!ids.has(p.parent)) {
        report(source, [i, 'parent'], `parent: no place "${p.parent}"`);
        return;
      }
      // Walking up from a place below a cycle, not in it, stops where the walk repeats: the
      // places of the cycle are each reported themselves.
      const chain = new Set<string>();
      for (let up: string | undefined = p.parent; up !== undefined && !chain.has(up); up = parentOf.get(up)) {
        if (up === p.id) {
          report(source, [i, 'parent'], `parent: "${p.id}" is its own ancestor`);
          return;
        }
        chain.add(up);
      }
    });
  }
}

export interface LinkedFact {
  id: string;
  kind: string;
  year: number;
  indicator: string | null;
  proposed: boolean;
  source: SourceFile<DocumentInput>;
}

/** What one document is checked against: the lists' ids, and the first fact of each id over the folder. */
export interface Known extends ListIds {
  readonly facts: { get(id: string): LinkedFact | undefined };
  /** Target id → the facts whose `baseline_of` names it. */
  readonly baselines: { get(id: string): readonly LinkedFact[] | undefined };
}

/**
 * A link from a reported figure to a target (progress_of, baseline_of) or to the later figure
 * a change reached (baseline_of): it must exist and measure the same indicator, since the link
 * says the two figures are read against each other. Returns the linked fact when the link is sound.
 */
function checkLink(
  f: DocumentInput['facts'][number],
  key: 'progress_of' | 'baseline_of',
  known: Known,
  report: (path: Path, message: string) => void,
): LinkedFact | undefined {
  const id = f[key];
  if (id === undefined) return undefined;
  const [role, self] = key === 'progress_of' ? ['track a target', 'track itself'] : ['be a baseline', 'be its own baseline'];
  const target = known.facts.get(id);
  if (!target) report([key], `${key}: no fact "${id}"`);
  else if (id === f.id) report([key], `${key}: a fact cannot ${self}`);
  // A baseline starts a target, or a change a text reports whole (从2.77%提高到3.2%); a progress report tracks a target.
  else if (key === 'progress_of' && target.kind !== 'target') report([key], `${key}: "${id}" is not a target`);
  // Without --include-proposed a proposal is not in the dataset, so a fact cannot lean on one.
  else if (target.proposed && f.status !== 'proposed') report([key], `${key}: "${id}" is a proposal; accept it first`);
  else if (f.kind !== 'reported') report(['kind'], `kind: only a reported fact can ${role}`);
  else if (f.indicator === null) report([key], `${key}: a fact that measures no indicator cannot ${role}`);
  else if (target.indicator === null) report([key], `${key}: "${id}" measures no indicator, so no fact can be linked to it`);
  else if (target.indicator !== f.indicator) report([key], `${key}: "${id}" measures "${target.indicator}", not "${f.indicator}"`);
  else return target;
  return undefined;
}

/** The checks of one document against what the rest of the folder gives. */
export function checkDocument({ source, text }: DocumentSource, known: Known, report: Report): void {
  const doc = source.value;
  // A message names the path below the item it is about (`tags[1]`, not just `1`); the position says which item.
  const dangling = (ids: ReadonlySet<string> | undefined, id: string | undefined, item: Path, path: Path, what: string): void => {
    if (ids && id !== undefined && !ids.has(id)) report(source, [...item, ...path], `${describePath(path)}: no ${what} "${id}"`);
  };
  dangling(known.placeIds, doc.place, [], ['place'], 'place');
  // A number is cited as the text writes it, so it must be found there as written.
  if (doc.number !== undefined && text !== undefined && occurrences(text, doc.number).length === 0)
    report(source, ['number'], `number: "${doc.number}" is not in the clean text of ${doc.seed}; give it as the text writes it`);

  const sectionStarts = new Map<string, number>();
  let previous = -1;
  (doc.sections ?? []).forEach((s, i) => {
    if (sectionStarts.has(s.id)) report(source, ['sections', i, 'id'], `duplicate section id "${s.id}"`);
    if (text === undefined) return;
    const found = occurrences(text, s.start);
    if (found.length !== 1) {
      report(source, ['sections', i, 'start'], `start: found ${found.length} times in the clean text of ${doc.seed}, must be once`);
      return;
    }
    const at = found[0]!;
    if (at <= previous) report(source, ['sections', i, 'start'], 'start: sections must be listed in the order of the text');
    previous = at;
    sectionStarts.set(s.id, at);
  });
  const sectionIds = new Set((doc.sections ?? []).map((s) => s.id));
  const sortedStarts = [...sectionStarts.entries()].sort((a, b) => a[1] - b[1]);

  doc.facts.forEach((f, i) => {
    const fact: Path = ['facts', i];
    const at = (...rest: Path): Path => [...fact, ...rest];
    dangling(known.placeIds, f.place, fact, ['place'], 'place');
    dangling(known.categoryIds, f.category, fact, ['category'], 'category');
    f.tags.forEach((t, j) => dangling(known.topicIds, t, fact, ['tags', j], 'topic'));
    dangling(known.indicatorIds, f.indicator ?? undefined, fact, ['indicator'], 'indicator');
    if (f.indicator === null && f.note === undefined && f.status !== 'proposed')
      report(source, at('indicator'), 'indicator: null needs a note saying why the figure measures no indicator');
    if (f.section !== undefined && !sectionIds.has(f.section))
      report(source, at('section'), `section: no section "${f.section}" in this document`);
    if (sectionIds.size > 0 && f.section === undefined) report(source, at(), 'section: missing (this document has sections)');

    const progress = checkLink(f, 'progress_of', known, (path, message) => report(source, at(...path), message));
    // Progress is read against where the target starts, so it cannot predate that start.
    if (progress) {
      for (const b of known.baselines.get(progress.id) ?? []) {
        if (b.year > f.year)
          report(source, at('year'), `year: ${f.year} is before ${b.year}, the year of "${b.id}", the baseline of "${progress.id}"`);
      }
    }
    const baseline = checkLink(f, 'baseline_of', known, (path, message) => report(source, at(...path), message));
    if (baseline && f.year > baseline.year)
      report(source, at('year'), `year: ${f.year} is after ${baseline.year}, the year of "${baseline.id}" that starts from it`);

    for (const key of ['value', 'value_min', 'value_max'] as const) {
      const v = f[key];
      if (v !== undefined && !statesNumber(f.quote, v)) report(source, at(key), `${key}: the quote does not state the number ${v}`);
    }
    if (f.unit !== '' && !f.quote.includes(f.unit)) report(source, at('unit'), `unit: "${f.unit}" is not in the quote`);

    if (text === undefined) return;
    const found = occurrences(text, f.quote);
    if (found.length === 0) {
      report(source, at('quote'), `quote: not found in the clean text of ${doc.seed}`);
    } else if (found.length > 1) {
      report(source, at('quote'), `quote: found ${found.length} times in the clean text of ${doc.seed}; lengthen it so it is found once`);
    } else if (f.section !== undefined && sectionStarts.has(f.section)) {
      const k = sortedStarts.findIndex(([id]) => id === f.section);
      const end = sortedStarts[k + 1]?.[1] ?? text.length;
      if (found[0]! < sortedStarts[k]![1] || found[0]! + f.quote.length > end) {
        report(source, at('section'), `section: the quote is not inside section "${f.section}"`);
      }
    }
  });
}
