import { Box } from 'ink';
import type { Fact } from '../../model/types.js';
import { markSpans, seg, type Line, type Span } from '../lines.js';
import type { WrappedLine } from '../text.js';
import { Lines } from './Lines.js';

/**
 * A document's clean text, wrapped, with every figure's quote marked and the current one
 * drawn inverse. `text` is the document in the display script (same length as written).
 */
export function Reader({
  title,
  text,
  lines,
  facts,
  current,
  top,
  width,
  height,
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

/** A wrapped line with the quotes it crosses marked, the current figure's strongest. */
export function markLine(text: string, line: WrappedLine, facts: readonly Fact[], current: number): Line {
  const spans = facts.map((f, i): Span => ({
    from: f.span[0] - line.start,
    to: f.span[1] - line.start,
    tone: i === current ? 'current' : 'mark',
  }));
  return markSpans(text.slice(line.start, line.start + line.text.length), spans);
}
