import { Box } from 'ink';
import { Lines } from '../../components/Lines.js';
import type { Mode } from '../../keys/words.js';
import { t, type Lang } from '../../strings.js';
import { seg, type Line } from '../../text/lines.js';
import { displayWidth, truncate, truncateMiddle } from '../../text/text.js';
import { helpView } from './content.js';

/**
 * The help overlay: the keys of the screen it was opened from first, then the rest, in two
 * columns where they fit, scrolled to `top`. Its title line is a filter box, and says what
 * is above and below the lines in view.
 */
export function Help({
  mode,
  lang,
  query,
  top,
  width,
  height,
}: {
  mode: Mode;
  lang: Lang;
  query: string;
  top: number;
  width: number;
  height: number;
}) {
  const inner = width - 2;
  const view = helpView(mode, lang, query, width, height - 1);
  const first = Math.min(top, view.maxTop);
  const perPage = view.rows * view.columns;
  const total = view.lines.length;
  const last = Math.min(total, first + perPage);
  // Where the lines in view stand, and whether more follow: on every screen, however small.
  const where = total > perPage ? `${first + 1}–${last}/${total}` : '';
  const more = last < total ? t('helpMore', lang) : '';
  const right = [where, more].filter(Boolean).join('  ');
  const name = t('help', lang);
  const room = Math.max(0, inner - displayWidth(name) - 2 - displayWidth(right) - 1);
  const box: Line = query
    ? [seg('/ ', 'accent'), seg(truncateMiddle(query, Math.max(1, room - 3)), 'bold'), seg('▏', 'accent')]
    : [seg(truncate(t('helpFilter', lang), room), 'dim')];
  const used = displayWidth(name) + 2 + box.reduce((n, s) => n + displayWidth(s.text), 0);
  const title: Line = [
    seg(name, 'bold'),
    seg('  '),
    ...box,
    seg(' '.repeat(Math.max(1, inner - used - displayWidth(right)))),
    seg(where, 'dim'),
    seg(more ? `${where ? '  ' : ''}${more}` : '', 'accent'),
  ];
  const column = (i: number) => view.lines.slice(first + i * view.rows, first + (i + 1) * view.rows);
  const body = total === 0 ? [[seg(t('helpNoMatch', lang), 'dim')]] : column(0);
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={[title]} width={inner} />
      <Box>
        <Lines lines={body} width={view.columnWidth} />
        {view.columns === 2 && <Box width={2} />}
        {view.columns === 2 && <Lines lines={column(1)} width={view.columnWidth} />}
      </Box>
    </Box>
  );
}
