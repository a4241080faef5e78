import { Box } from 'ink';
import type { CopyFormat } from '../copy.js';
import { seg, type Line } from '../lines.js';
import { t, type Lang } from '../strings.js';
import { Lines } from './Lines.js';

/** The formats `C` can copy the item in focus in. */
export function Chooser({
  formats,
  cursor,
  what,
  lang,
  width,
  height,
}: {
  formats: readonly CopyFormat[];
  cursor: number;
  what: string;
  lang: Lang;
  width: number;
  height: number;
}) {
  const lines: Line[] = [
    [seg(`${t('copyAs', lang)} ${what}`, 'bold'), seg(`   ${t('chooserHint', lang)}`, 'dim')],
    [],
    ...formats.map((f, i): Line => [
      seg(i === cursor ? '› ' : '  ', 'accent'),
      seg(t(`format-${f}`, lang), i === cursor ? 'current' : 'plain'),
    ]),
  ];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={lines} width={width} />
    </Box>
  );
}
