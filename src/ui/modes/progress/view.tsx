import { ASCII_GLYPHS, UNICODE_GLYPHS } from '../../components/barGeometry.js';
import { useTheme } from '../../components/theme.js';
import type { ModeViewProps } from '../../state/mode.js';
import { t } from '../../strings.js';
import { DetailPane } from '../detail/DetailPane.js';
import { progressContent } from './content.js';
import { progressInView } from './targets.js';

/** The targets in view with their bars, in the detail's pane, which scrolls it as it scrolls a detail. */
export function ProgressScreen({ state, queries, label, width, height }: ModeViewProps) {
  const cursor = state.screen.kind === 'progress' ? state.screen.cursor : -1;
  const glyphs = useTheme().ascii ? ASCII_GLYPHS : UNICODE_GLYPHS;
  return (
    <DetailPane
      title={t('progressScreen', state.lang)}
      content={progressContent(progressInView(state, queries), cursor, { width, lang: state.lang, label, glyphs })}
      cursor={cursor}
      focused
      lang={state.lang}
      width={width}
      height={height}
    />
  );
}
