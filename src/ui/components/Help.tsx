import { Box } from 'ink';
import { BINDINGS } from '../keys.js';
import { columns, seg, type Line } from '../lines.js';
import { t, type Lang } from '../strings.js';
import { Lines } from './Lines.js';

/** One line per binding of the key table: what the help says is what the keys do. */
export function bindingLines(lang: Lang, width: number): Line[] {
  const keyWidth = Math.max(...BINDINGS.map((b) => b.label.length)) + 1;
  return BINDINGS.map((b) =>
    columns([
      { text: b.label, width: keyWidth, tone: 'accent' },
      { text: b.description[lang], width: Math.max(0, width - keyWidth - 1) },
    ]),
  );
}

/** The help overlay; in two columns when one does not fit the height. */
export function Help({ lang, width, height }: { lang: Lang; width: number; height: number }) {
  const inner = width - 2;
  const rows = Math.max(1, height - 2);
  const twoColumns = BINDINGS.length > rows;
  const columnWidth = twoColumns ? Math.floor((inner - 2) / 2) : inner;
  const lines = bindingLines(lang, columnWidth);
  const perColumn = twoColumns ? Math.ceil(lines.length / 2) : lines.length;
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={[[seg(t('help', lang), 'bold'), seg(`   ${t('pressAnyKey', lang)}`, 'dim')]]} width={inner} />
      <Box>
        <Lines lines={lines.slice(0, Math.min(perColumn, rows))} width={columnWidth} />
        {twoColumns && <Box width={2} />}
        {twoColumns && <Lines lines={lines.slice(perColumn, perColumn + rows)} width={columnWidth} />}
      </Box>
    </Box>
  );
}
