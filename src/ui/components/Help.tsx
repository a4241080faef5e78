import { Box } from 'ink';
import { helpLines, helpPage } from '../help.js';
import { seg } from '../lines.js';
import { t, type Lang } from '../strings.js';
import { Lines } from './Lines.js';

/** The help overlay: every binding by scope, in two columns where they fit, scrolled to `top`. */
export function Help({ lang, top, width, height }: { lang: Lang; top: number; width: number; height: number }) {
  const inner = width - 2;
  const page = helpPage(width, height - 1);
  const lines = helpLines(lang, page.columnWidth);
  const first = Math.min(top, page.maxTop);
  const more = first < page.maxTop ? `   ${t('helpMore', lang)}` : '';
  // "more" comes before "closes": on a narrow screen it is the one that must not be cut.
  const column = (i: number) => lines.slice(first + i * page.rows, first + (i + 1) * page.rows);
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={[[seg(t('help', lang), 'bold'), seg(more, 'accent'), seg(`   ${t('pressAnyKey', lang)}`, 'dim')]]} width={inner} />
      <Box>
        <Lines lines={column(0)} width={page.columnWidth} />
        {page.count === 2 && <Box width={2} />}
        {page.count === 2 && <Lines lines={column(1)} width={page.columnWidth} />}
      </Box>
    </Box>
  );
}
