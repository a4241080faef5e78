import { Box } from 'ink';
import { Lines } from '../../components/Lines.js';
import { t, tf, type Lang } from '../../strings.js';
import { seg, type Line } from '../../text/lines.js';
import { displayWidth, fitWidth, truncate, truncateMiddle } from '../../text/text.js';
import { rowsOf } from './reducer.js';
import type { Picker } from './state.js';

/**
 * A picker: its filter box on the title line with how many are picked and where the cursor
 * stands, then a row per choice the filter leaves, marked where picked, scrolled so the
 * cursor's row shows. Every string is fitted here, so Ink never wraps or cuts the Chinese.
 */
export function PickerView({ picker, lang, width, height }: { picker: Picker; lang: Lang; width: number; height: number }) {
  const inner = width - 2;
  const rows = rowsOf(picker);
  const count = `${rows.length === 0 ? 0 : picker.cursor + 1}/${rows.length}`;
  const picked = picker.picked.length > 0 ? tf('pickerPicked', lang, { n: picker.picked.length }) : '';
  const right = [picked, count].filter(Boolean).join('  ');
  const room = Math.max(1, inner - displayWidth(picker.title) - 2 - displayWidth(right) - 1);
  const box: Line = picker.query
    ? [seg('/ ', 'accent'), seg(truncateMiddle(picker.query, Math.max(1, room - 3)), 'bold'), seg('▏', 'accent')]
    : [seg(truncate(t('pickerFilter', lang), room), 'dim')];
  const used = displayWidth(picker.title) + 2 + box.reduce((n, s) => n + displayWidth(s.text), 0);
  const title: Line = [
    seg(picker.title, 'bold'),
    seg('  '),
    ...box,
    seg(' '.repeat(Math.max(1, inner - used - displayWidth(right)))),
    seg(right, 'dim'),
  ];

  const shown = Math.max(1, height - 1);
  const top = Math.min(Math.max(0, picker.cursor - shown + 1), Math.max(0, rows.length - shown));
  // A picker of one choice marks it as a radio button does, one of several as a check box.
  const [on, off] = picker.several ? ['[x] ', '[ ] '] : ['(*) ', '( ) '];
  const lines: Line[] = rows
    .slice(top, top + shown)
    .map((choice, i) => [
      seg(top + i === picker.cursor ? '› ' : '  ', 'accent'),
      seg(picker.picked.includes(choice.id) ? on : off, 'accent'),
      seg(fitWidth(choice.label, Math.max(1, inner - 6))),
    ]);
  const body = rows.length === 0 ? [[seg(t('pickerNoMatch', lang), 'dim')]] : lines;
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={[title]} width={inner} />
      <Lines lines={body} width={inner} selected={rows.length === 0 ? -1 : picker.cursor - top} />
    </Box>
  );
}
