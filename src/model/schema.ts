import { z } from 'zod';
import { dateProblem, FIRST_YEAR, ID_MAX, ID_MESSAGE, ID_PATTERN, LAST_YEAR } from './values.js';

/**
 * The shape of the YAML files under data/. Objects are strict, so a misspelt key is an
 * error rather than a silently ignored field.
 */

const id = z.string().max(ID_MAX, `an id is at most ${ID_MAX} characters`).regex(ID_PATTERN, ID_MESSAGE);
const text = z.string().trim().min(1, 'must not be empty');

const scriptNames = z.strictObject({ zh_hans: text, zh_hant: text, en: text });
const bilingual = z.strictObject({ zh: text, en: text });

/**
 * What a place is. The divisions of GB/T 2260: a province-level one is a province, an
 * autonomous region, a municipality or a special administrative region; a city is a
 * prefecture-level or county-level city; a prefecture is a 地区, 自治州 or 盟; a county is a 县,
 * 自治县, 旗, 自治旗, 林区 or 特区. A development zone is not a division: it has no code.
 */
export const PLACE_LEVELS = [
  'province',
  'autonomous-region',
  'municipality',
  'special-administrative-region',
  'city',
  'prefecture',
  'district',
  'county',
  'development-zone',
] as const;

/** A GB/T 2260 code: two digits of province, two of prefecture, two of county (450100 is Nanning). */
export const DIVISION_CODE = /^\d{6}$/u;

export const PlaceSchema = z.strictObject({
  id,
  /** A place named by an ingest, not yet accepted by a person. */
  status: z.literal('proposed').optional(),
  level: z.enum(PLACE_LEVELS),
  parent: id.optional(),
  /** Its division's GB/T 2260 code; a development zone or a group of places has none. */
  code: z
    // Unquoted in YAML, a code would be read as a number.
    .string({ error: 'a GB/T 2260 code is six digits in quotes, such as "450100"' })
    .regex(DIVISION_CODE, 'a GB/T 2260 code is six digits, such as "450100"')
    .optional(),
  note: text.optional(),
  name: scriptNames,
  short: scriptNames,
  aliases: z.array(text).default([]),
});
export const PlacesFileSchema = z.array(PlaceSchema).min(1, 'lists no place');

export const CategorySchema = z.strictObject({
  id,
  name: scriptNames,
  aliases: z.array(text).default([]),
  definition: text,
  ladder: z.int().positive().optional(),
  next: id.optional(),
});
export const CategoriesFileSchema = z.array(CategorySchema).min(1, 'lists no category');

export const TopicSchema = z.strictObject({ id, zh: text, en: text });
/** Groups of words that mean the same to a searcher: abbreviations, synonyms, the other language. */
export const SynonymsFileSchema = z.array(z.array(text).min(2, 'a group needs at least two words'));

/** A policy term as Taiwan or Hong Kong writes it, with the mainland words and the English it means. */
export const RegionalTermSchema = z.strictObject({
  term: text,
  region: z.enum(['tw', 'hk', 'both']),
  means: z.array(text).min(1, 'a term needs the mainland words it means'),
  en: text,
});
export const RegionalTermsFileSchema = z.array(RegionalTermSchema);

/** Regional terms as the search reads them: each a synonym group of the term, its mainland words and its English. */
export const regionalGroups = (terms: readonly z.infer<typeof RegionalTermSchema>[]): string[][] =>
  terms.map((t) => [t.term, ...t.means, t.en]);

export const TopicsFileSchema = z.array(TopicSchema).min(1, 'lists no topic');

/**
 * What an indicator's level is counted in. A growth or share figure of an indicator is a
 * percentage whatever its family: the family says what the percentage is of.
 */
export const UNIT_FAMILIES = ['count', 'money', 'percent', 'percentage-points', 'people', 'area', 'other'] as const;

export const IndicatorSchema = z.strictObject({
  id,
  /** An indicator an ingest added from its catalogue for a figure that means it, not yet accepted by a person. */
  status: z.literal('proposed').optional(),
  name: scriptNames,
  aliases: z.array(text).default([]),
  definition: text,
  unit_family: z.enum(UNIT_FAMILIES),
  categories: z.array(id).default([]),
  topics: z.array(id).default([]),
  /**
   * The indicator whose family this one belongs to: a neighbouring measure, related but not
   * comparable (enterprise R&D spending and R&D intensity are of gross R&D spending's family).
   * The indicator named heads the family and names no family itself.
   */
  family: id.optional(),
});
export const IndicatorsFileSchema = z.array(IndicatorSchema).min(1, 'lists no indicator');

export const QUALIFIERS = ['exact', 'about', 'nearly', 'at_least', 'more_than', 'at_most', 'less_than'] as const;

/**
 * How a figure measures its indicator. Figures of one indicator compare only when they
 * measure it the same way: a level is not a year's additions, nor a total over a period.
 * - `stock`: the level at a date, running totals with no period stated included;
 * - `new`: added, done or spent within the year;
 * - `cumulative`: summed over a stated period (a plan's years, "the past two years");
 * - `growth`: a rate of change, or a change against a stated base;
 * - `share`: a part of a whole, or a ratio;
 * - `cap`: a policy parameter or limit, not a measurement;
 * - `rank`: a place in an ordering (居全国第4位, 进入前十), where a lower number is higher; its
 *   unit is its measure word as written, 位 or 名, or none.
 */
export const MEASURES = ['stock', 'new', 'cumulative', 'growth', 'share', 'cap', 'rank'] as const;

/**
 * A figure machine-read from a text and not yet reviewed: a draft, never an answer. Absent
 * means accepted. A proposal says how sure the reading is and why it is not surer.
 */
export const STATUSES = ['accepted', 'proposed'] as const;

const FactFields = z.strictObject({
  id,
  status: z.literal('proposed').optional(),
  confidence: z.number().min(0).max(1).optional(),
  reasons: z.array(text).optional(),
  kind: z.enum(['target', 'reported']),
  year: z.int().min(FIRST_YEAR).max(LAST_YEAR),
  year_inferred: z.literal(true).optional(),
  /** The years a figure sums or reviews, where it is as of the last of them: a five-year review's 2021-2025. */
  period: z
    .string()
    .regex(/^\d{4}-\d{4}$/u, 'a period is two years, first to last, such as 2021-2025')
    .optional(),
  place: id.optional(),
  // A proposal may not know its English name yet; accepting it needs one (checked below).
  metric: z.strictObject({ zh: text, en: text.optional() }),
  // Required even when null, so that a fact left unclassified is a problem rather than a default.
  indicator: z
    .string({ error: (issue) => (issue.input === undefined ? 'expected an indicator id, or null' : undefined) })
    .regex(ID_PATTERN, ID_MESSAGE)
    .nullable(),
  measure: z.enum(MEASURES),
  value: z.number().optional(),
  value_min: z.number().optional(),
  value_max: z.number().optional(),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS),
  strive: z.literal(true).optional(),
  category: id.optional(),
  tags: z.array(id),
  responsible: z.array(text).optional(),
  section: id.optional(),
  progress_of: id.optional(),
  baseline_of: id.optional(),
  note: text.optional(),
  quote: text,
});

export const FactSchema = FactFields.superRefine((fact, ctx) => {
  if (fact.status === 'proposed') {
    if (fact.confidence === undefined)
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a proposal needs its confidence (0 to 1)' });
  } else {
    // What a reviewer settles when accepting: a proposal's draft fields are gone from a fact.
    if (fact.metric.en === undefined)
      ctx.addIssue({ code: 'custom', path: ['metric', 'en'], message: 'a fact needs its English name; only a proposal may leave it out' });
    if (fact.tags.length === 0) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'needs at least one topic tag' });
    for (const key of ['confidence', 'reasons'] as const) {
      if (fact[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'only a proposal (status: proposed) has one' });
    }
  }
  const single = fact.value !== undefined;
  const range = fact.value_min !== undefined || fact.value_max !== undefined;
  if (single && range) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either value or value_min/value_max, not both' });
  } else if (!single && !range) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'missing value (or value_min and value_max for a range)' });
  } else if (range && (fact.value_min === undefined || fact.value_max === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['value_min'], message: 'a range needs both value_min and value_max' });
  } else if (range && fact.value_min! >= fact.value_max!) {
    ctx.addIssue({ code: 'custom', path: ['value_max'], message: 'value_max must be greater than value_min' });
  }
});

export const SectionSchema = z.strictObject({ id, title: bilingual, start: text });

/** A bureau-summary is an S&T bureau's summary of its year's work (工作总结); its plan for the next (工作要点) is an action-plan. */
export const DOCUMENT_KINDS = [
  'press-conference',
  'news-report',
  'action-plan',
  'proposal-reply',
  'work-report',
  'bureau-summary',
  'other',
] as const;

/** The raw text's spans as they stand after the generic steps, so never trimmed. */
const span = z.string().min(1, 'must not be empty');

export const RepairSchema = z.strictObject({ garbled: span, repaired: z.string(), why: text });

/**
 * How a seed becomes the document's clean text, besides the generic steps every text goes
 * through (src/model/cleaning). Lines are matched by prefix, trimmed, after the generic steps
 * and the repairs. Without `start` or `end` the article runs from the first line or to the last.
 */
export const RecipeSchema = z.strictObject({
  start: text.optional(),
  end: text.optional(),
  /** Chrome lines inside the article: a dateline, share buttons. */
  drop: z.array(text).default([]),
  /** The text came out of a PDF: words broken by spaces and lines broken mid-sentence. */
  pdf: z.boolean().default(false),
  /** Garbled spans, each with what the text says there and why: each must match exactly once. */
  repairs: z.array(RepairSchema).default([]),
});

export const RejectedSchema = z.strictObject({
  value: z.number().optional(),
  value_min: z.number().optional(),
  value_max: z.number().optional(),
  unit: z.string(),
  quote: text,
  metric: text.optional(),
  why: text.optional(),
});

export const SkippedSchema = z.strictObject({ text, quote: text, why: text });

/** A date as precise as the text allows: "2024-10-31", "2024-10" or "2024". */
const partialDate = z.union([
  z.string().superRefine((value, context) => {
    const problem = dateProblem(value);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  }),
  z.null(),
]);

export const DocumentFileSchema = z.strictObject({
  id,
  seed: z.string().regex(/^[\w.-]+\.txt$/u, 'a seed is a file name in seeds/'),
  // An ingested text's English title is for a person to give: the text has none.
  title: z.strictObject({ zh: text, en: text.optional() }),
  title_note: text.optional(),
  /** The document's number as the text states it, verbatim (a reply's is the proposal's: 第20230456號提案). */
  number: text.optional(),
  publisher: bilingual,
  date: partialDate,
  date_note: text.optional(),
  /** Where the document can be read online, if its text or its source names the address. */
  url: z.url({ protocol: /^https?$/u, error: 'a url is an http:// or https:// address' }).optional(),
  place: id,
  kind: z.enum(DOCUMENT_KINDS),
  script: z.enum(['traditional', 'simplified']),
  sections: z.array(SectionSchema).optional(),
  recipe: RecipeSchema.default({ drop: [], pdf: false, repairs: [] }),
  // An ingested text may state no figure; a hand-made document states at least one.
  facts: z.array(FactSchema),
  /** Proposals a reviewer rejected, so that ingesting the text again does not propose them. */
  rejected: z.array(RejectedSchema).optional(),
  /** Numbers an ingest saw and could not read, each with why: nothing is dropped unsaid. */
  skipped: z.array(SkippedSchema).optional(),
});

export type PlaceInput = z.infer<typeof PlaceSchema>;
export type CategoryInput = z.infer<typeof CategorySchema>;
export type TopicInput = z.infer<typeof TopicSchema>;
export type IndicatorInput = z.infer<typeof IndicatorSchema>;
export type FactInput = z.infer<typeof FactSchema>;
export type SectionInput = z.infer<typeof SectionSchema>;
export type DocumentInput = z.infer<typeof DocumentFileSchema>;
export type Recipe = z.infer<typeof RecipeSchema>;
export type Repair = z.infer<typeof RepairSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type RejectedInput = z.infer<typeof RejectedSchema>;
export type SkippedInput = z.infer<typeof SkippedSchema>;
