import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DOCUMENT_KINDS, MEASURES } from '../../model/schema.js';
import { ID_MESSAGE, ID_PATTERN } from '../../model/values.js';

/**
 * A text of our own writing with every figure an analyst would record from it, so that what
 * ingest proposes can be measured on texts nobody tuned it to: test/fixtures/figures/NAME.txt
 * and NAME.figures.yaml beside it. The annotation says what the text means, not what ingest
 * reads today: a figure ingest cannot read yet is listed all the same.
 */

/** How a figure measures its indicator; a rank (居全国第4位) is not a measure a fact has yet, but the texts state them. */
export const FIGURE_MEASURES = [...MEASURES, 'rank'] as const;

const id = z.string().regex(ID_PATTERN, ID_MESSAGE);

const ExpectedFigureSchema = z
  .strictObject({
    /** A short verbatim piece of the text holding the number as written, found there once. */
    quote: z.string().min(1, 'must not be empty'),
    value: z.number().optional(),
    value_min: z.number().optional(),
    value_max: z.number().optional(),
    /** As written: 家, 万家, 亿元, %, 个百分点, 位, 点, 倍; empty for a bare ratio. */
    unit: z.string(),
    kind: z.enum(['target', 'reported']),
    year: z.int().min(1949).max(2100),
    indicator: z
      .string({ error: (issue) => (issue.input === undefined ? 'expected an indicator id, or null' : undefined) })
      .regex(ID_PATTERN, ID_MESSAGE)
      .nullable(),
    /** The indicator is one data/indicators.yaml lacks: its id is the one we would expect it to get. */
    new_indicator: z.literal(true).optional(),
    measure: z.enum(FIGURE_MEASURES).optional(),
    /** The index, in this file's figures, of the figure this one is the start of ("从2.77%提高到3.2%"). */
    baseline_of: z.int().nonnegative().optional(),
    note: z.string().optional(),
  })
  .superRefine((f, ctx) => {
    const range = f.value_min !== undefined || f.value_max !== undefined;
    if (f.value !== undefined && range)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either value or value_min/value_max' });
    else if (f.value === undefined && !range)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'missing value (or value_min and value_max)' });
    else if (range && (f.value_min === undefined || f.value_max === undefined))
      ctx.addIssue({ code: 'custom', path: ['value_min'], message: 'a range needs both value_min and value_max' });
  });

export const FigureFixtureSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date is YYYY-MM-DD')
    .nullable(),
  /** A place id; the harness passes it to ingest as the document's place and needs no such place in the data. */
  place: id,
  figures: z.array(ExpectedFigureSchema).min(1, 'lists no figure'),
});

export type ExpectedFigure = z.infer<typeof ExpectedFigureSchema>;

export interface FigureFixture extends Omit<z.infer<typeof FigureFixtureSchema>, 'figures'> {
  readonly name: string;
  readonly text: string;
  readonly figures: readonly (ExpectedFigure & { readonly span: readonly [number, number] })[];
}

/** A fixture that does not parse or whose quotes are not in its text: the file and the field say where. */
export class FixtureError extends Error {}

/** Reads NAME.txt and NAME.figures.yaml, checking each quote is found in the text exactly once. */
export function readFigureFixture(dir: string, name: string): FigureFixture {
  const file = join(dir, `${name}.figures.yaml`);
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureError(`${file}: ${(error as Error).message}`);
  }
  const parsed = FigureFixtureSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new FixtureError(problems.join('\n'));
  }
  const problems: string[] = [];
  const figures = parsed.data.figures.map((f, i) => {
    const at = text.indexOf(f.quote);
    if (at < 0) problems.push(`${file}: figures.${i}.quote: “${f.quote}” is not in ${name}.txt`);
    else if (text.indexOf(f.quote, at + 1) >= 0)
      problems.push(`${file}: figures.${i}.quote: “${f.quote}” is in ${name}.txt more than once`);
    if (f.baseline_of !== undefined && (f.baseline_of >= parsed.data.figures.length || f.baseline_of === i))
      problems.push(`${file}: figures.${i}.baseline_of: ${f.baseline_of} is not another figure's index`);
    return { ...f, span: [at, at + f.quote.length] as const };
  });
  if (problems.length > 0) throw new FixtureError(problems.join('\n'));
  return { ...parsed.data, name, text, figures };
}

/** Every annotated text of a folder, by name. */
export function readFigureFixtures(dir: string): FigureFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.figures.yaml'))
    .sort()
    .map((f) => readFigureFixture(dir, basename(f, '.figures.yaml')));
}
