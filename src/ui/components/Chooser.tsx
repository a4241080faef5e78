import { Box } from 'ink';
import { copyWhat, type CopyChoice } from '../copy.js';
import { seg, type Line } from '../lines.js';
import { t, type Lang } from '../strings.js';
import { Lines } from './Lines.js';

/** What `C` can copy: the item in focus in its formats, then the collection in view as a table. */
export function Chooser({
  choices,
  cursor,
  lang,
  width,
  height,
}: {
  choices: readonly CopyChoice[];
  cursor: number;
  lang: Lang;
  width: number;
  height: number;
}) {
  const lines: Line[] = [[seg(t('chooserHint', lang), 'dim')]];
  choices.forEach((c, i) => {
    if (i === 0 || c.target !== choices[i - 1]!.target) lines.push([], [seg(`${t('copyAs', lang)} ${copyWhat(c.target, lang)}`, 'bold')]);
    lines.push([seg(i === cursor ? '› ' : '  ', 'accent'), seg(t(`format-${c.format}`, lang), i === cursor ? 'current' : 'plain')]);
  });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={lines} width={width} />
    </Box>
  );
}
