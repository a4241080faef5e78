import { REPAIRS } from './repairs.js';
import { SEED_LAYOUTS, type SeedLayout } from './seedLayout.js';

/**
 * A converter annotated characters with their pinyin in parentheses: 創(chuàng)新. An
 * annotation is one lowercase syllable (tone marks allowed); the texts hold no other
 * parenthesised lowercase Latin, so the pattern cannot eat content.
 */
const PINYIN_ANNOTATION = /\([a-zàáâãāăǎèéêēěìíîīǐòóôõōǒùúûūǔüǖǘǚǜńňǹḿ]{1,6}\)/gu;

export function stripPinyinAnnotations(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '');
}

export function applyRepairs(seed: string, text: string): string {
  let repaired = text;
  for (const r of REPAIRS) {
    if (r.seed === seed) repaired = repaired.split(r.garbled).join(r.repaired);
  }
  return repaired;
}

/** A line of the article, and its number in the seed. */
export interface SeedLine {
  readonly line: number;
  readonly text: string;
}

function articleLines(lines: readonly string[], layout: SeedLayout): SeedLine[] {
  const trimmed = lines.map((l, i) => ({ line: i + 1, text: l.trim() }));
  const first = trimmed.findIndex((l) => l.text.startsWith(layout.firstLine));
  const last = trimmed.findLastIndex((l) => l.text.startsWith(layout.lastLine));
  if (first < 0 || last < first) {
    throw new Error(`article bounds not found: "${layout.firstLine}" … "${layout.lastLine}"`);
  }
  return trimmed.slice(first, last + 1).filter((l) => l.text !== '' && !layout.dropLines.some((d) => l.text.startsWith(d)));
}

/** Keeps the article's lines: from `firstLine` to `lastLine`, less the chrome inside. */
export function cutToArticle(lines: readonly string[], layout: SeedLayout): string[] {
  return articleLines(lines, layout).map((l) => l.text);
}

const ASCII_WORD_END = /[A-Za-z0-9%.]$/u;
const ASCII_WORD_START = /^[A-Za-z0-9]/u;
const IDEOGRAPH_END = /\p{Script=Han}$/u;
/** A heading is short; a line this long that stops mid-word was broken by the PDF page. */
const PDF_LINE_MIN = 80;

/**
 * Undoes PDF extraction: spaces were inserted between words and around numbers
 * (投入 强度达 1.94%), and a sentence that crossed a page was broken into two lines.
 * Spaces are kept only between two ASCII words or numbers, so figures never glue.
 */
export function joinPdfText(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const prev = joined.at(-1);
    if (prev !== undefined && prev.length >= PDF_LINE_MIN && IDEOGRAPH_END.test(prev)) {
      joined[joined.length - 1] = prev + line;
    } else {
      joined.push(line);
    }
  }
  return joined.map(collapsePdfSpaces);
}

function collapsePdfSpaces(line: string): string {
  return line.replace(/(\S?)[ \t\u3000]+(?=(\S?))/gu, (_m, before: string, after: string) =>
    ASCII_WORD_END.test(before) && ASCII_WORD_START.test(after) ? `${before} ` : before,
  );
}

/** The seed's article lines, annotations stripped and repairs applied, and its layout. */
function article(seed: string, raw: string): { layout: SeedLayout; lines: SeedLine[] } {
  const layout = SEED_LAYOUTS[seed];
  if (!layout) throw new Error(`no layout for seed ${seed}`);
  // No annotation or repair spans a line break, so lines keep their numbers in the seed.
  const text = applyRepairs(seed, stripPinyinAnnotations(raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n')));
  return { layout, lines: articleLines(text.split('\n'), layout) };
}

/** Seed file content → the document's clean text: one paragraph a line. */
export function cleanSeed(seed: string, raw: string): string {
  const { layout, lines } = article(seed, raw);
  const texts = lines.map((l) => l.text);
  return (layout.pdf ? joinPdfText(texts) : texts).join('\n');
}

/**
 * The lines of the seed that reach its clean text, as they stand there, each with its
 * number in the seed. Joining the lines a PDF page broke adds no character, so the lines
 * are kept apart here, to be named by where they are in the seed.
 */
export function cleanSeedLines(seed: string, raw: string): SeedLine[] {
  const { layout, lines } = article(seed, raw);
  return layout.pdf ? lines.map((l) => ({ line: l.line, text: collapsePdfSpaces(l.text) })) : lines;
}
