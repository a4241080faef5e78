import { blankLayoutMarks, halfWidthAlphanumerics, normaliseNewlines, unspaceNumbers } from './cleaning/normalise.js';
import { collapsePdfSpaces, joinPdfText } from './cleaning/pdf.js';
import { stripPinyinAnnotations } from './cleaning/pinyin.js';
import { occurrences } from './quote.js';
import type { Recipe } from './schema.js';
import type { Path } from './valuePath.js';

/** A line of the article, and its number in the seed. */
export interface SeedLine {
  readonly line: number;
  readonly text: string;
}

/** What in a recipe does not fit its seed, and where in the recipe it is. */
export interface RecipeProblem {
  readonly path: Path;
  readonly message: string;
}

export type Cleaned =
  | {
      /** The document's clean text: one paragraph a line. */
      readonly text: string;
      /**
       * The seed lines that reach the clean text, as they stand there, each with its number
       * in the seed. Joining the lines a PDF page broke adds no character, so the lines are
       * kept apart here, to be named by where they are in the seed.
       */
      readonly lines: readonly SeedLine[];
    }
  | { readonly problems: readonly RecipeProblem[] };

/** The steps every text goes through. None adds or removes a line break, so lines keep their numbers in the seed. */
export function genericSteps(raw: string): string {
  return unspaceNumbers(halfWidthAlphanumerics(stripPinyinAnnotations(blankLayoutMarks(normaliseNewlines(raw)))));
}

function repaired(text: string, recipe: Recipe, problems: RecipeProblem[]): string {
  let out = text;
  recipe.repairs.forEach((r, i) => {
    const found = occurrences(out, r.garbled).length;
    if (found === 1) out = out.replace(r.garbled, () => r.repaired);
    else {
      const times = found === 0 ? 'is not in the text' : `is in the text ${found} times`;
      problems.push({
        path: ['recipe', 'repairs', i, 'garbled'],
        message: `recipe.repairs[${i}].garbled: "${r.garbled}" ${times} (a repair must match exactly once)`,
      });
    }
  });
  return out;
}

function articleLines(text: string, recipe: Recipe, problems: RecipeProblem[]): SeedLine[] {
  const lines = text.split('\n').map((l, i) => ({ line: i + 1, text: l.trim() }));
  const first = recipe.start === undefined ? 0 : lines.findIndex((l) => l.text.startsWith(recipe.start!));
  if (first < 0) {
    problems.push({ path: ['recipe', 'start'], message: `recipe.start: no line of the seed starts with "${recipe.start}"` });
    return [];
  }
  const last = recipe.end === undefined ? lines.length - 1 : lines.findLastIndex((l) => l.text.startsWith(recipe.end!));
  if (last < first) {
    const where = last < 0 ? 'no line of the seed' : `no line after the start (line ${lines[first]!.line})`;
    problems.push({ path: ['recipe', 'end'], message: `recipe.end: ${where} starts with "${recipe.end}"` });
    return [];
  }
  const article = lines.slice(first, last + 1).filter((l) => l.text !== '');
  recipe.drop.forEach((d, i) => {
    if (!article.some((l) => l.text.startsWith(d))) {
      problems.push({ path: ['recipe', 'drop', i], message: `recipe.drop[${i}]: no line of the article starts with "${d}"` });
    }
  });
  return article.filter((l) => !recipe.drop.some((d) => l.text.startsWith(d)));
}

/**
 * A seed's content → the document's clean text, by the generic steps and the document's
 * recipe; or what in the recipe does not fit the seed.
 */
export function cleanSeed(raw: string, recipe: Recipe): Cleaned {
  const problems: RecipeProblem[] = [];
  const text = repaired(genericSteps(raw), recipe, problems);
  const article = articleLines(text, recipe, problems);
  if (problems.length > 0) return { problems };
  if (recipe.pdf) {
    return {
      text: joinPdfText(article.map((l) => l.text)).join('\n'),
      lines: article.map((l) => ({ line: l.line, text: collapsePdfSpaces(l.text) })),
    };
  }
  return { text: article.map((l) => l.text).join('\n'), lines: article };
}
