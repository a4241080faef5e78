import { Box } from 'ink';
import { SPLIT_COLUMNS, splitWidths, type Box as Area } from '../../components/layout.js';
import { ListPane } from '../../components/ListPane.js';
import type { ModeViewProps } from '../../state/mode.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';
import { t } from '../../strings.js';
import type { Labeller } from '../../text/labels.js';
import { seg } from '../../text/lines.js';
import { DetailView } from '../detail/view.js';
import { categoryHeader, categoryRow, documentHeader, documentRow, factHeader, factRow, indicatorHeader, indicatorRow } from './rows.js';

/**
 * A list and the detail of its current item, side by side on a wide screen. On a narrow one,
 * or with the detail folded away (z), they take turns: the list, or the detail once it has the
 * keys. The list's screen and the detail's are drawn alike, so this view draws both.
 */
export function ListScreen({ state, queries, label, width, height }: ModeViewProps) {
  if (width >= SPLIT_COLUMNS && !state.detailHidden) {
    const { list, detail } = splitWidths(width);
    return (
      <>
        <ListView state={state} queries={queries} label={label} size={{ width: list, height }} />
        <Box width={1} />
        <DetailView state={state} queries={queries} label={label} size={{ width: detail, height }} />
      </>
    );
  }
  const size = { width, height };
  return state.screen.kind === 'detail' ? (
    <DetailView state={state} queries={queries} label={label} size={size} />
  ) : (
    <ListView state={state} queries={queries} label={label} size={size} />
  );
}

function ListView({ state, queries, label, size }: { state: UiState; queries: Queries; label: Labeller; size: Area }) {
  const { lang } = state;
  const items = queries.items(state);
  const selected = queries.position(state);
  const focused = state.screen.kind === 'list';
  const d = queries.dataset;
  const common = { count: items.length, selected, width: size.width, height: size.height, focused };
  switch (state.pane) {
    case 'documents':
      return (
        <ListPane
          {...common}
          header={documentHeader(size.width, lang)}
          row={(i) => documentRow(d.documentById.get(items[i]!)!, size.width, lang, label)}
        />
      );
    case 'figures': {
      // The metric names in view, made once a frame: each row is cut to stand apart from them.
      let beside: string[] | null = null;
      return (
        <ListPane
          {...common}
          header={factHeader(size.width, lang, state.columns)}
          row={(i, { top, end }) => {
            beside ??= items.slice(top, end).map((id) => label.metricZh(d.factById.get(id)!));
            return factRow(d.factById.get(items[i]!)!, size.width, lang, label, d, beside, state.columns);
          }}
          empty={[seg(t('noFacts', lang), 'dim')]}
        />
      );
    }
    case 'categories':
      return (
        <ListPane
          {...common}
          header={categoryHeader(size.width, lang)}
          row={(i) => categoryRow(d.categoryById.get(items[i]!)!, d, size.width, lang, label)}
        />
      );
    case 'compare':
      return (
        <ListPane
          {...common}
          header={indicatorHeader(size.width, lang)}
          row={(i) => indicatorRow(d.indicatorById.get(items[i]!)!, d, size.width, lang, label)}
        />
      );
  }
}
