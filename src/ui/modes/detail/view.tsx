import { ASCII_GLYPHS, UNICODE_GLYPHS } from '../../components/barGeometry.js';
import type { Box as Area } from '../../components/layout.js';
import { useTheme } from '../../components/theme.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';
import { t } from '../../strings.js';
import type { Labeller } from '../../text/labels.js';
import { DetailPane } from './DetailPane.js';
import { detailContentOf } from './window.js';

/** The detail of the pane's current item: beside the list, or on its own once it has the keys on a narrow screen. */
export function DetailView({ state, queries, label, size }: { state: UiState; queries: Queries; label: Labeller; size: Area }) {
  const glyphs = useTheme().ascii ? ASCII_GLYPHS : UNICODE_GLYPHS;
  const content = detailContentOf(state, queries, label, size.width, queries.current(state), glyphs);
  const cursor = state.screen.kind === 'detail' ? state.screen.cursor : -1;
  return (
    <DetailPane
      title={t('detail', state.lang)}
      content={content}
      cursor={cursor}
      {...(state.screen.kind === 'detail' && state.screen.top !== undefined ? { top: state.screen.top } : {})}
      focused={state.screen.kind === 'detail'}
      lang={state.lang}
      width={size.width}
      height={size.height}
    />
  );
}
