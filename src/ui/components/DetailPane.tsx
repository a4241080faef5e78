import { Box } from 'ink';
import type { DetailContent } from '../detail.js';
import { scrollTop } from '../layout.js';
import { seg } from '../lines.js';
import { Lines } from './Lines.js';

/**
 * The detail of the selected item, scrolled so that its focused link is in view; only the lines
 * in view are made. Its title is inverse while it has the keys.
 */
export function DetailPane({
  title,
  content,
  cursor,
  focused,
  width,
  height,
}: {
  title: string;
  content: DetailContent;
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}) {
  const rows = Math.max(0, height - 1);
  const focusLine = cursor >= 0 ? (content.linkLine(cursor) ?? 0) : 0;
  // No margin: the detail scrolls only as far as the focused link needs, keeping its heading in view.
  const top = scrollTop(focusLine, rows, content.length, 0);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[focused ? [seg(` ${title} `, 'current')] : [seg(title, 'dim')]]} width={width} />
      <Lines lines={content.slice(top, top + rows)} width={width} />
    </Box>
  );
}
