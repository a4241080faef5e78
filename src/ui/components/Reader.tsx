import { Box } from 'ink';
import type { Fact } from '../../model/types.js';
import { seg, type Line, type Segment } from '../lines.js';
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

/** Splits a wrapped line at the edges of the quotes it crosses. */
export function markLine(text: string, line: WrappedLine, facts: readonly Fact[], current: number): Line {
  const end = line.start + line.text.length;
  const cuts: { from: number; to: number; tone: 'mark' | 'current' }[] = [];
  facts.forEach((f, i) => {
    const from = Math.max(f.span[0], line.start);
    const to = Math.min(f.span[1], end);
    if (from < to) cuts.push({ from, to, tone: i === current ? 'current' : 'mark' });
  });
  const out: Segment[] = [];
  let at = line.start;
  for (const c of cuts.sort((a, b) => a.from - b.from)) {
    if (c.from < at) continue;
    if (c.from > at) out.push(seg(text.slice(at, c.from)));
    out.push(seg(text.slice(c.from, c.to), c.tone));
    at = c.to;
  }
  if (at < end) out.push(seg(text.slice(at, end)));
  return out;
}
