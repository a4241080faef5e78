import { Box } from 'ink';
import { Lines } from '../../components/Lines.js';
import { t, type Lang } from '../../strings.js';
import { seg, type Line } from '../../text/lines.js';
import { truncateMiddle } from '../../text/text.js';
import type { FilterBoxState } from './state.js';

/** The filter box: what it filters, the text as typed, then why it will not do or what it takes. Every string is fitted here. */
export function FilterBox({ box, lang, width, height }: { box: FilterBoxState; lang: Lang; width: number; height: number }) {
  const inner = Math.max(1, width - 2);
  const text: Line = [seg('› ', 'accent'), seg(truncateMiddle(box.text, Math.max(1, inner - 3)), 'bold'), seg('▏', 'accent')];
  const hint: Line[] = [[seg(t(`boxHint-${box.field}`, lang), 'dim')], [seg(t('boxKeys', lang), 'dim')]];
  const lines: Line[] = [
    [seg(t(`box-${box.field}`, lang), 'bold')],
    [],
    text,
    [],
    ...(box.problem === null ? [] : [[seg(box.problem, 'warn')]]),
    ...hint,
  ];
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={lines.slice(0, Math.max(1, height))} width={inner} />
    </Box>
  );
}
