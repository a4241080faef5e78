import { Box } from 'ink';
import { scrollTop } from './layout.js';
import type { Line } from '../text/lines.js';
import { Lines } from './Lines.js';

/**
 * A list with a header row. Only the rows in view are built and rendered: Ink lays out
 * every child, so a list of thousands would cost thousands of rows a frame.
 */
export function ListPane({
  header,
  count,
  row,
  selected,
  width,
  height,
  focused,
  empty,
}: {
  header: Line;
  count: number;
  /** Row `index`, drawn among rows [top, end): a row may cut its text to stand apart from those beside it. */
  row: (index: number, window: { readonly top: number; readonly end: number }) => Line;
  selected: number;
  width: number;
  height: number;
  focused: boolean;
  empty?: Line;
}) {
  const rows = Math.max(0, height - 1);
  const top = scrollTop(selected, rows, count);
  const visible: Line[] = [];
  const end = Math.min(count, top + rows);
  for (let i = top; i < end; i++) visible.push(row(i, { top, end }));
  if (count === 0 && empty) visible.push(empty);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[header]} width={width} />
      <Lines lines={visible} width={width} selected={selected - top} focused={focused} />
    </Box>
  );
}
