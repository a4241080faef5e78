import { Box } from 'ink';
import { Lines } from '../../components/Lines.js';
import { savedWhat } from '../../copy/saving.js';
import type { Queries } from '../../state/selectors.js';
import { t, tf, type Lang } from '../../strings.js';
import { seg, type Line } from '../../text/lines.js';
import { truncateMiddle } from '../../text/text.js';
import type { SaveBoxState } from './state.js';

/**
 * The save box: what is saved, the file's name as typed (its end kept in view, where the
 * extension is), then what the extension means, or why the name will not do, or the
 * question whether to replace the file that has it. Every string is fitted here.
 */
export function SaveBox({
  box,
  queries,
  lang,
  width,
  height,
}: {
  box: SaveBoxState;
  queries: Queries;
  lang: Lang;
  width: number;
  height: number;
}) {
  const inner = Math.max(1, width - 2);
  const name: Line = [
    seg('› ', 'accent'),
    seg(truncateMiddle(box.path, Math.max(1, inner - 3)), 'bold'),
    seg(box.kind === 'save' ? '▏' : '', 'accent'),
  ];
  const below: Line[] =
    box.kind === 'saveReplace'
      ? [[seg(tf('saveReplaceAsk', lang, { path: box.path }), 'warn')]]
      : box.pending
        ? [[seg(t('saving', lang), 'dim')]]
        : box.problem !== null
          ? [[seg(box.problem, 'warn')], [seg(t('saveHint', lang), 'dim')], [seg(t('saveKeys', lang), 'dim')]]
          : [[seg(t('saveHint', lang), 'dim')], [seg(t('saveKeys', lang), 'dim')]];
  const lines: Line[] = [[seg(tf('saveTitle', lang, { what: savedWhat(box.target, queries, lang) }), 'bold')], [], name, [], ...below];
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Lines lines={lines.slice(0, Math.max(1, height))} width={inner} />
    </Box>
  );
}
