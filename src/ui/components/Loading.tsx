import { Box } from 'ink';
import type { LoadProgress } from '../../model/load.js';
import { seg } from '../text/lines.js';
import { t, type Lang } from '../strings.js';
import { Lines } from './Lines.js';

/** What shows while the dataset is read: a bar of the document files read, once there is a count. */
export function Loading({ progress, lang, width, height }: { progress: LoadProgress | null; lang: Lang; width: number; height: number }) {
  const lines = [[seg(t('loading', lang), 'bold')]];
  if (progress && progress.total > 0) {
    const room = Math.max(10, Math.min(40, width - 4));
    const filled = Math.round((room * progress.files) / progress.total);
    lines.push([], [seg('█'.repeat(filled), 'accent'), seg('░'.repeat(room - filled), 'dim')]);
    const counts = t('loadingCounts', lang)
      .replace('{files}', progress.files.toLocaleString('en-US'))
      .replace('{total}', progress.total.toLocaleString('en-US'))
      .replace('{facts}', progress.facts.toLocaleString('en-US'));
    lines.push([seg(counts, 'dim')]);
  }
  return (
    <Box flexDirection="column" width={width} height={Math.max(1, height - 1)} paddingLeft={1} paddingTop={1}>
      <Lines lines={lines} width={Math.max(1, width - 1)} />
    </Box>
  );
}
