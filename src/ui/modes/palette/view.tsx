import { Box } from 'ink';
import type { Binding } from '../../keys/words.js';
import { seg, type Line } from '../../text/lines.js';
import { t, type Lang } from '../../strings.js';
import { displayWidth, fitRight, fitWidth, truncate, truncateMiddle } from '../../text/text.js';
import { Lines } from '../../components/Lines.js';

/**
 * The command palette: a filter box on its title line, then a row per command, its words on
 * the left and its keys on the right, scrolled so the cursor's row shows. Every string is
 * fitted here, so Ink never wraps or cuts the Chinese.
 */
export function Palette({
  rows,
  query,
  cursor,
  lang,
  width,
  height,
}: {
  rows: readonly Binding[];
  query: string;
  cursor: number;
  lang: Lang;
  width: number;
  height: number;
}) {
  const inner = width - 2;
  const count = `${rows.length === 0 ? 0 : cursor + 1}/${rows.length}`;
  const name = t('palette', lang);
  const room = Math.max(1, inner - displayWidth(name) - 2 - displayWidth(count) - 1);
  const box: Line = query
    ? [seg(': ', 'accent'), seg(truncateMiddle(query, Math.max(1, room - 3)), 'bold'), seg('▏', 'accent')]
    : [seg(truncate(t('paletteFilter', lang), room), 'dim')];
  const used = displayWidth(name) + 2 + box.reduce((n, s) => n + displayWidth(s.text), 0);
  const title: Line = [
    seg(name, 'bold'),
    seg('  '),
    ...box,
    seg(' '.repeat(Math.max(1, inner - used - displayWidth(count)))),
    seg(count, 'dim'),
  ];

  // A command with no key of its own shows none: its label only says it is found here.
  const keysOf = (b: Binding) => (b.keys.length > 0 ? b.label : '');
  // The keys' column is as wide as the longest label in view, but leaves the words at least half the row.
  const shown = Math.max(1, height - 1);
  const top = Math.min(Math.max(0, cursor - shown + 1), Math.max(0, rows.length - shown));
  const visible = rows.slice(top, top + shown);
  const keys = Math.min(Math.floor(inner / 2) - 1, Math.max(0, ...visible.map((b) => displayWidth(keysOf(b)))));
  const words = Math.max(1, inner - 2 - keys - 1);
  const lines: Line[] = visible.map((b, i) => [
    seg(top + i === cursor ? '› ' : '  ', 'accent'),
    seg(fitWidth(b.description[lang], words)),
    seg(' '),
    seg(fitRight(keysOf(b), keys), 'accent'),
  ]);
  const body = rows.length === 0 ? [[seg(t('paletteNoMatch', lang), 'dim')]] : lines;
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={[title]} width={inner} />
      <Lines lines={body} width={inner} selected={rows.length === 0 ? -1 : cursor - top} />
    </Box>
  );
}
