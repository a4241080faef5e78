import { pinyin } from 'pinyin-pro';
import { foldScript, hasHan } from '../../text/fold.js';

/**
 * Find in a document (`f` in the reader): where a query stands in its text, written in either
 * script or in pinyin. Pure; the reader's state only keeps the query and the current match.
 */

/** A match as [start, end) offsets into the document's text as written. */
export interface Match {
  readonly start: number;
  readonly end: number;
}

/** A run of Han characters with the pinyin of each, read in context (行 in 银行 and 行动). */
interface HanRun {
  /** Where each character starts in the text, then where the run ends. */
  readonly offsets: readonly number[];
  readonly syllables: readonly string[];
}

/** A document made ready to find in; worked out once per document, since pinyin is slow to read. */
export interface Findable {
  /** The text folded as queries are, with every character at the offset it has as written. */
  readonly folded: string;
  readonly runs: readonly HanRun[];
}

/**
 * Lower case, half-width, simplified, keeping the length: offsets into the folded text must
 * be offsets into the text the reader shows. A character whose folding would change the
 * length stays as it is, and a script conversion that changes it (none has, on these
 * texts) is dropped.
 */
export function foldInPlace(text: string): string {
  let each = '';
  for (const c of text) {
    const f = c.normalize('NFKC').toLowerCase();
    each += f.length === c.length ? f : c;
  }
  const simplified = foldScript(each);
  return simplified.length === each.length ? simplified : each;
}

const SYLLABLE = /^[a-z]+$/u;

function readRun(chars: readonly string[]): string[] {
  const read = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true });
  // pinyin-pro gives one item per character; should it ever not, each is read alone.
  const syllables = read.length === chars.length ? read : chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  return syllables.map((s) => (SYLLABLE.test(s) ? s : ''));
}

export function findable(text: string): Findable {
  const folded = foldInPlace(text);
  const runs: HanRun[] = [];
  let chars: string[] = [];
  let offsets: number[] = [];
  const close = (end: number) => {
    if (chars.length) runs.push({ offsets: [...offsets, end], syllables: readRun(chars) });
    chars = [];
    offsets = [];
  };
  let at = 0;
  for (const c of folded) {
    if (hasHan(c)) {
      chars.push(c);
      offsets.push(at);
    } else close(at);
    at += c.length;
  }
  close(at);
  return { folded, runs };
}

/** A query of Latin letters only (spaces and apostrophes aside, as in "fei di", "xi'an") is also read as pinyin. */
function pinyinQuery(query: string): string | null {
  const letters = query.replace(/[\s']/gu, '').replace(/ü/gu, 'v');
  return letters !== '' && SYLLABLE.test(letters) ? letters : null;
}

/**
 * Matches of pinyin in a run: from the start of a syllable (so "an" does not stop in every
 * "-an"), to anywhere in the last syllable, so a syllable still being typed already matches.
 */
function pinyinMatches(run: HanRun, letters: string): Match[] {
  const joined = run.syllables.join('');
  const starts: number[] = [];
  run.syllables.reduce((at, s) => (starts.push(at), at + s.length), 0);
  const found: Match[] = [];
  run.syllables.forEach((syllable, i) => {
    if (syllable === '' || !joined.startsWith(letters, starts[i]!)) return;
    const lastLetter = starts[i]! + letters.length - 1;
    let last = i;
    while (last + 1 < run.syllables.length && starts[last + 1]! <= lastLetter) last++;
    found.push({ start: run.offsets[i]!, end: run.offsets[last + 1]! });
  });
  return found;
}

/**
 * Every place the query stands in the document, in text order. Matches may overlap ("哈哈"
 * in "哈哈哈" is two), as each is a place to step to; a Latin query also finds itself as written.
 */
export function findMatches(doc: Findable, query: string): Match[] {
  const wanted = foldInPlace(query).trim();
  if (wanted === '') return [];
  const found: Match[] = [];
  for (let at = doc.folded.indexOf(wanted); at >= 0; at = doc.folded.indexOf(wanted, at + 1)) {
    found.push({ start: at, end: at + wanted.length });
  }
  const letters = pinyinQuery(wanted);
  if (letters) for (const run of doc.runs) found.push(...pinyinMatches(run, letters));
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return found.filter((m, i) => i === 0 || m.start !== found[i - 1]!.start || m.end !== found[i - 1]!.end);
}

/** The first match at or after `offset`, else the first of all; -1 when there is none. */
export function matchFrom(matches: readonly Match[], offset: number): number {
  if (matches.length === 0) return -1;
  const after = matches.findIndex((m) => m.start >= offset);
  return after >= 0 ? after : 0;
}
