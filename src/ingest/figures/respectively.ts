import type { NumberMention } from './numbers.js';
import { countBelow, type Spans } from './spans.js';

/**
 * A 分别 list: "A、B分别达到1、2" pairs each metric with its value, in order. Each list is read
 * once, for all its values: reading it again for each of them read a long sentence once for
 * every number in it.
 */

const CUE = /分别|分別/gu;
/** What ends a list of values. */
const STOP = /[，,；;。]/gu;

interface List {
  readonly names: readonly string[];
  /** The indices of its values among the numbers. */
  readonly values: readonly number[];
}

export interface ListReading {
  readonly spans: Spans;
  /** The words at a clause's start that are no name: 其中, 今年, 到2025年. */
  readonly lead: RegExp;
  /** How far before its 分别 a list is read: one that runs on further is no list. */
  readonly reach: number;
}

/** The name a 分别 list pairs with each number, by its index among `numbers` (in text order). */
export function respectivelyOf(text: string, numbers: readonly NumberMention[], { spans, lead, reach }: ListReading) {
  const cues = Int32Array.from(text.matchAll(CUE), (c) => c.index);
  const stops = cues.length === 0 ? new Int32Array(0) : Int32Array.from(text.matchAll(STOP), (s) => s.index);
  const starts = Int32Array.from(numbers, (n) => n.start);
  const lists = new Map<number, List>();

  const listAt = (cue: number, sentenceEnd: number): List => {
    const from = spans.clauseStart(cue);
    const names =
      cue - from > reach
        ? []
        : text
            .slice(from, cue)
            .replace(lead, '')
            .split(/、|和|及|与|與/u)
            .map((n) => n.trim())
            .filter((n) => n !== '');
    // Its values: the numbers after it in its sentence, up to the first stop.
    const stop = stops[countBelow(stops, cue)] ?? text.length;
    const values: number[] = [];
    for (let j = countBelow(starts, cue + 1); j < numbers.length && starts[j]! <= Math.min(stop, sentenceEnd); j++) {
      if (numbers[j]!.end <= sentenceEnd) values.push(j);
    }
    return { names, values };
  };

  return (i: number): string | undefined => {
    const m = numbers[i]!;
    const sentence = spans.sentenceAround(m.start);
    // The first 分别 of the sentence, if it is before the number.
    const cue = cues[countBelow(cues, sentence.start)];
    if (cue === undefined || cue + 2 > m.start) return undefined;
    let list = lists.get(cue);
    if (list === undefined) lists.set(cue, (list = listAt(cue, sentence.end)));
    const k = countBelow(list.values, i);
    return list.values[k] === i && list.values.length === list.names.length ? list.names[k] : undefined;
  };
}
