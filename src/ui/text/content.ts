import type { Line } from './lines.js';

/**
 * A pane's content as lines built a window at a time. A detail or the timeline may link to
 * thousands of figures: only the lines on screen are laid out, and the line of any link is
 * known without building the others, so the pane can scroll to it and say how long it is.
 */
export interface Content {
  readonly length: number;
  /** The line of link `index` (in the order the cursor moves through the links); undefined when there is none. */
  linkLine(index: number): number | undefined;
  /** Lines [from, to). */
  slice(from: number, to: number): Line[];
}

/** Consecutive lines, made on demand. */
interface Run {
  readonly start: number;
  readonly length: number;
  line(at: number): Line;
  /** The links the run draws: indexes [first, first + count), and the line (in the run) of each. */
  readonly links?: { readonly first: number; readonly count: number; lineOf(offset: number): number };
}

export class ContentBuilder implements Content {
  private readonly runs: Run[] = [];
  /** Lines given whole, not yet closed into a run. */
  private fixed: Line[] = [];
  private fixedStart = 0;

  get length(): number {
    return this.fixedStart + this.fixed.length;
  }

  line(...segments: Line): void {
    this.fixed.push(segments);
  }
  blank(): void {
    this.fixed.push([]);
  }

  /**
   * `count` lines made by `line` when shown. With `links`, the run draws the links from index
   * `first`, `count` of them, link `first + k` on the run's line `lineOf(k)` (by default k).
   */
  rows(length: number, line: (at: number) => Line, links?: { first: number; count?: number; lineOf?: (offset: number) => number }): void {
    if (length <= 0) return;
    this.close();
    this.runs.push({
      start: this.fixedStart,
      length,
      line,
      links: links && { first: links.first, count: links.count ?? length, lineOf: links.lineOf ?? ((k) => k) },
    });
    this.fixedStart += length;
  }

  linkLine(index: number): number | undefined {
    for (const run of this.runs) {
      const links = run.links;
      if (links && index >= links.first && index < links.first + links.count) return run.start + links.lineOf(index - links.first);
    }
    return undefined;
  }

  slice(from: number, to: number): Line[] {
    this.close();
    const out: Line[] = [];
    to = Math.min(to, this.length);
    for (const run of this.runs) {
      if (run.start + run.length <= from) continue;
      if (run.start >= to) break;
      for (let at = Math.max(from, run.start); at < Math.min(to, run.start + run.length); at++) out.push(run.line(at - run.start));
    }
    return out;
  }

  private close(): void {
    if (this.fixed.length === 0) return;
    const lines = this.fixed;
    this.runs.push({ start: this.fixedStart, length: lines.length, line: (at) => lines[at]! });
    this.fixedStart += lines.length;
    this.fixed = [];
  }
}

/** Content with nothing in it. */
export const EMPTY: Content = { length: 0, linkLine: () => undefined, slice: () => [] };
