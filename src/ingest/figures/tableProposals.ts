import type { FactInput, SkippedInput } from '../../model/schema.js';
import { foldScript } from '../../text/fold.js';
import { confidenceOf, englishDraft } from './drafting.js';
import type { IndicatorTable, TableRow, TableValue } from './indicatorTable.js';
import { measureFor } from './measures.js';
import type { Occurrences } from './occurrences.js';
import { matchVocabulary, withoutIndicator, type Vocabulary } from './vocabulary.js';

/**
 * The proposals of a table of indicators' rows. Each value is a figure of its row's metric in
 * its row's unit, for its column's year; its quote is its row from the metric to the value,
 * which holds the unit cell where it stands between (全社会研发经费投入强度 % 2.85), or from the
 * metric to the unit where the unit comes last.
 */

export interface TableRowDrafts {
  /** Where the row starts: its proposals take their place in text order there. */
  readonly at: number;
  /** Its proposals given their ids, a row's base linked to its target where the dataset's checks allow. */
  readonly proposals: (id: (n: number) => string) => FactInput[];
  /** Where its numbers start, for the reader of numbers to pass over. */
  readonly numbers: readonly number[];
}

interface Context {
  readonly vocabulary: Vocabulary;
  readonly place: string;
  readonly found: Occurrences;
}

/** The quote of a value: from the metric, else from the line's start, to the value or the unit, whichever ends later; once in the text if it can be. */
function quoteOf(text: string, row: TableRow, v: TableValue, found: Occurrences): string {
  const end = Math.max(v.end, row.unitEnd);
  const quotes = [row.start, row.lineStart].map((from) => text.slice(from, end).trim());
  return quotes.find((q) => found.count(q) === 1) ?? quotes[0]!;
}

function draftOf(text: string, row: TableRow, v: TableValue, { vocabulary, place, found }: Context): Omit<FactInput, 'id'> {
  const metricZh = foldScript(row.metric);
  const named = matchVocabulary(vocabulary, metricZh, undefined, place);
  const guessed = measureFor(metricZh, row.unit, named.unitFamily);
  // A bracketed value sums the plan's years, whatever the metric's words say of its level.
  const measure = v.cumulative ? 'cumulative' : guessed.measure;
  const matched = guessed.fits ? named : withoutIndicator(named);
  const reasons = ['read from a table of indicators'];
  if ((metricZh.match(/\p{Script=Han}/gu)?.length ?? 0) < 4) reasons.push('short metric');
  if (v.inferred) reasons.push(`year inferred: ${v.inferred}`);
  return {
    status: 'proposed',
    confidence: confidenceOf(reasons),
    reasons,
    kind: v.kind,
    year: v.year,
    ...(v.inferred ? { year_inferred: true as const } : {}),
    ...(v.period ? { period: v.period } : {}),
    metric: englishDraft(metricZh, matched.indicatorName, measure, matched.unitFamily === 'percent'),
    indicator: matched.indicator ?? null,
    measure,
    value: v.value,
    unit: row.unit,
    qualifier: v.qualifier,
    ...(matched.category ? { category: matched.category } : {}),
    tags: matched.tags,
    quote: quoteOf(text, row, v, found),
  };
}

/** The rows of the tables as drafts to merge with the other proposals, and the numbers the tables passed over with why. */
export function tableDrafts(
  text: string,
  tables: readonly IndicatorTable[],
  context: Context,
): { rows: TableRowDrafts[]; skipped: SkippedInput[] } {
  const rows = tables.flatMap((t) =>
    t.rows.map((row): TableRowDrafts => {
      const drafts = row.values.map((v) => draftOf(text, row, v, context));
      return {
        at: row.start,
        numbers: row.values.map((v) => v.start),
        proposals: (id) => {
          const made: FactInput[] = drafts.map((d, i) => ({ id: id(i), ...d }));
          // A base is the baseline of its target only where both measure one known indicator, as the checks demand.
          row.values.forEach((v, i) => {
            const target = v.baseOf === undefined ? undefined : made[v.baseOf]!;
            if (target && made[i]!.indicator !== null && made[i]!.indicator === target.indicator) made[i]!.baseline_of = target.id;
          });
          return made;
        },
      };
    }),
  );
  const skipped = tables.flatMap((t) =>
    t.skipped.map((s) => {
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      const lineEnd = text.indexOf('\n', s.end);
      return { text: text.slice(s.start, s.end), quote: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim(), why: s.why };
    }),
  );
  return { rows, skipped };
}
