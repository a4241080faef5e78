import { Box } from 'ink';
import type { Fact } from '../../model/types.js';
import { seg, type Line, type Segment, type Tone } from '../lines.js';
import type { WrappedLine } from '../text.js';
import { Lines } from './Lines.js';

/**
 * A document's clean text, wrapped, with every figure's quote marked and the current one
 * drawn inverse. `text` is the document in the display script (same length as written).
 */
export function Reader({
  title, text, lines, facts, current, top, width, height,
}: {
  title: string;
  text: string;
  lines: readonly WrappedLine[];
  facts: readonly Fact[];
  current: number;
  top: number;
  width: number;
  height: number;
}) {
  const rows = Math.max(0, height - 1);
  const visible = lines.slice(top, top + rows).map((l) => markLine(text, l, facts, current));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[[seg(title, 'bold')]]} width={width} />
      <Lines lines={visible} width={width} />
    </Box>
  );
}

/**
 * Splits a wrapped line into runs by tone. Quotes may overlap (two figures in one
 * sentence), so each character takes the strongest tone of the quotes over it: the
 * current figure is always seen whole.
 */
export function markLine(text: string, line: WrappedLine, facts: readonly Fact[], current: number): Line {
  const end = line.start + line.text.length;
  const tones: (Tone | undefined)[] = new Array(end - line.start).fill(undefined);
  facts.forEach((f, i) => {
    const tone: Tone = i === current ? 'current' : 'mark';
    for (let at = Math.max(f.span[0], line.start); at < Math.min(f.span[1], end); at++) {
      if (tones[at - line.start] !== 'current') tones[at - line.start] = tone;
    }
  });
  const out: Segment[] = [];
  let runStart = 0;
  for (let i = 1; i <= tones.length; i++) {
    if (i === tones.length || tones[i] !== tones[runStart]) {
      out.push(seg(text.slice(line.start + runStart, line.start + i), tones[runStart]));
      runStart = i;
    }
  }
  return out;
}
