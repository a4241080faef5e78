import type { ModeViewProps } from '../../state/mode.js';
import { t } from '../../strings.js';
import { DetailPane } from '../detail/DetailPane.js';
import { timelineContent } from './content.js';

/** The figures in view by year, in the detail's pane, which scrolls it as it scrolls a detail. */
export function TimelineScreen({ state, queries, label, width, height }: ModeViewProps) {
  const cursor = state.screen.kind === 'timeline' ? state.screen.cursor : -1;
  return (
    <DetailPane
      title={t('timeline', state.lang)}
      content={timelineContent(queries.timelineOf(state), cursor, width, state.lang, label)}
      cursor={cursor}
      focused
      lang={state.lang}
      width={width}
      height={height}
    />
  );
}
