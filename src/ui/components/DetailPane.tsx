import { Box } from 'ink';
import type { DetailContent } from '../detail.js';
import { scrollTop } from '../layout.js';
import { seg } from '../lines.js';
import { tf, type Lang } from '../strings.js';
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
  lang,
  width,
  height,
}: {
  title: string;
  content: DetailContent;
  cursor: number;
  focused: boolean;
  lang: Lang;
  width: number;
  height: number;
}) {
  const rows = Math.max(0, height - 1);
  const focusLine = cursor >= 0 ? (content.linkLine(cursor) ?? 0) : 0;
  // The last link stands for the rest of the detail (a legend, a note after it): on it the
  // window goes as far down as it can while the link stays in view, so no line is out of reach.
  const last = cursor >= 0 && content.linkLine(cursor + 1) === undefined;
  const within = (room: number) =>
    scrollTop(last ? Math.min(content.length - 1, focusLine + room - 1) : focusLine, room, content.length, 0);
  // No margin: the detail scrolls only as far as the focused link needs, keeping its heading in view.
  let top = within(rows);
  // Cut short, the last row says how much follows; the focused link stays above it.
  let cut = rows > 1 && top + rows < content.length;
  if (cut) top = within(rows - 1);
  // Scrolled to the end, nothing is left to announce: the window shows the last lines whole.
  if (cut && top + rows - 1 >= content.length) [top, cut] = [content.length - rows, false];
  const lines = content.slice(top, top + rows - (cut ? 1 : 0));
  if (cut) lines.push([seg(tf('moreBelow', lang, { n: content.length - top - lines.length }), 'dim')]);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[focused ? [seg(` ${title} `, 'current')] : [seg(title, 'dim')]]} width={width} />
      <Lines lines={lines} width={width} />
    </Box>
  );
}
