import { Box } from 'ink';
import type { Fact } from '../../../model/types.js';
import type { Match } from '../../text/find.js';
import { markSpans, type Line, type Span } from '../../text/lines.js';
import type { WrappedLine } from '../../text/wrap.js';
import { Lines } from '../../components/Lines.js';

/** A find's matches and which of them is current (-1 for none). */
export interface Found {
  readonly matches: readonly Match[];
  readonly current: number;
}

const NOTHING_FOUND: Found = { matches: [], current: -1 };

/**
 * A document's clean text, wrapped, with every figure's quote marked and the current one
 * drawn inverse, and a find's matches over them. `text` is the document in the display
 * script (same length as written). The title line is the find box while that is open.
 */
export function Reader({
  title,
  text,
  lines,
  facts,
  current,
  found = NOTHING_FOUND,
  top,
  width,
  height,
}: {
  title: Line;
  text: string;
  lines: readonly WrappedLine[];
  facts: readonly Fact[];
  current: number;
  found?: Found;
  top: number;
  width: number;
  height: number;
}) {
  const rows = Math.max(0, height - 1);
  const visible = lines.slice(top, top + rows).map((l) => markLine(text, l, facts, current, found));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[title]} width={width} />
      <Lines lines={visible} width={width} />
    </Box>
  );
}

/** A wrapped line with the quotes and matches it crosses marked, the current figure and match strongest. */
export function markLine(text: string, line: WrappedLine, facts: readonly Fact[], current: number, found = NOTHING_FOUND): Line {
  const end = line.start + line.text.length;
  const spans = facts.map((f, i): Span => ({
    from: f.span[0] - line.start,
    to: f.span[1] - line.start,
    tone: i === current ? 'current' : 'mark',
  }));
  found.matches.forEach((m, i) => {
    if (m.end > line.start && m.start < end) {
      spans.push({ from: m.start - line.start, to: m.end - line.start, tone: i === found.current ? 'currentMatch' : 'match' });
    }
  });
  return markSpans(text.slice(line.start, end), spans);
}
