import { foldScript } from '../text/fold.js';
import { gazetteer, type Division, type Gazetteer } from './divisions.js';

/** A division a name stands for, and whether the name is its full name (南宁市) or its short one (南宁). */
export interface NameHit {
  readonly division: Division;
  readonly full: boolean;
}

/** A name found at a place in a text: where it ends, and the divisions it stands for. */
export interface NameMatch {
  readonly end: number;
  readonly hits: readonly NameHit[];
}

const NONE: readonly NameMatch[] = [];

interface Node {
  readonly next: Map<number, Node>;
  hits?: NameHit[];
}

/** The names of a gazetteer's divisions, full and short, as a tree of their characters. */
export interface NameIndex {
  /**
   * A text folded to simplified as the names are written: folding makes the 乾 of 乾县 and 乾安县
   * 干, which is taken back, since the names keep it. Its offsets are the text's.
   */
  fold(text: string): string;
  /** The names that start at `at` in `text`, shortest first. */
  matchesAt(text: string, at: number): readonly NameMatch[];
}

export function nameIndexOf(of: Gazetteer): NameIndex {
  const root: Node = { next: new Map() };
  const add = (name: string, hit: NameHit): void => {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const unit = name.charCodeAt(i);
      let next = node.next.get(unit);
      if (next === undefined) node.next.set(unit, (next = { next: new Map() }));
      node = next;
    }
    (node.hits ??= []).push(hit);
  };
  const written = new Set<number>();
  for (const division of of.divisions) {
    add(division.name, { division, full: true });
    if (division.short !== division.name) add(division.short, { division, full: false });
    for (let i = 0; i < division.name.length; i++) written.add(division.name.charCodeAt(i));
  }
  return {
    fold(text) {
      const folded = foldScript(text);
      // Conversion never changed a text's length in our samples; where it would, offsets would not map back.
      if (folded.length !== text.length) return text;
      let kept: string[] | undefined;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit !== folded.charCodeAt(i) && written.has(unit)) (kept ??= folded.split(''))[i] = text[i]!;
      }
      return kept === undefined ? folded : kept.join('');
    },
    matchesAt(text, at) {
      let node = root.next.get(text.charCodeAt(at));
      // Most characters of a text begin no name: those cost one look-up and no allocation.
      if (node === undefined) return NONE;
      let found: NameMatch[] | undefined;
      for (let i = at + 1; node !== undefined; i++) {
        if (node.hits) (found ??= []).push({ end: i, hits: node.hits });
        node = i < text.length ? node.next.get(text.charCodeAt(i)) : undefined;
      }
      return found ?? NONE;
    },
  };
}

let built: NameIndex | undefined;

/** The index of the gazetteer's names, built the first time it is needed. */
export const nameIndex = (): NameIndex => (built ??= nameIndexOf(gazetteer()));
