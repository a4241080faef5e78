import type { Qualifier } from '../../model/schema.js';
import type { Measure } from '../../model/types.js';

/** A number of a clean text that may be a figure, as the readers of numbers find it. */
export interface NumberMention {
  /** UTF-16 offsets of the number and its unit in the text: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly value?: number;
  readonly valueMin?: number;
  readonly valueMax?: number;
  /** As written: 家, 万家, 億元, %, 个百分点; empty where the text gives none (a ratio 1:9). */
  readonly unit: string;
  /** Written in Chinese numerals (一千二百家): read with less confidence. */
  readonly chinese: boolean;
  /** How it measures, where its own words say: a rank (第4位), growth (增长3倍), a ratio to a base (是…的2倍). */
  readonly measure?: Measure;
  /** A qualifier its own words say: 前十 is at most ten, 上百 at least a hundred, 千余 more than a thousand. */
  readonly qualifier?: Qualifier;
  /** Why the reading is less sure than a number's with its unit. */
  readonly reason?: string;
}

/** A number the text holds that was not read as a figure, and why: listed, never dropped unsaid. */
export interface SkippedNumber {
  readonly start: number;
  readonly end: number;
  readonly why: string;
}
