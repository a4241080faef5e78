import { Box } from 'ink';
import type { DetailContent } from './content.js';
import { detailWindow } from './window.js';
import { seg } from '../../text/lines.js';
import { tf, type Lang } from '../../strings.js';
import { Lines } from '../../components/Lines.js';

/**
 * The detail of the selected item, scrolled so that its focused link is in view (or, past its
 * last link, further down a line a step); only the lines in view are made. Its title is inverse while it has the keys.
 */
export function DetailPane({
  title,
  content,
  cursor,
  top: scrolled,
  focused,
  lang,
  width,
  height,
}: {
  title: string;
  content: DetailContent;
  cursor: number;
  top?: number;
  focused: boolean;
  lang: Lang;
  width: number;
  height: number;
}) {
  const rows = Math.max(0, height - 1);
  const { top, cut } = detailWindow(content, cursor, rows, scrolled);
  const lines = content.slice(top, top + rows - (cut ? 1 : 0));
  if (cut) lines.push([seg(tf('moreBelow', lang, { n: content.length - top - lines.length }), 'dim')]);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[focused ? [seg(` ${title} `, 'current')] : [seg(title, 'dim')]]} width={width} />
      <Lines lines={lines} width={width} />
    </Box>
  );
}
