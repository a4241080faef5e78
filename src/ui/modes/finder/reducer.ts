import { NO_FILTER } from '../../../model/queries.js';
import type { Command } from '../../keys/words.js';
import { jumpTo, moved, push } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { OverlayOf, UiState } from '../../state/types.js';
import { t } from '../../strings.js';
import { appendQuery, editOf, editQuery } from '../../text/query.js';
import { finderRows } from './rows.js';

type Finder = OverlayOf<'search' | 'related'>;

/**
 * Keys while the finder is open: edit the search, move through its results, jump to one, or
 * close it. Undefined for any other key: those that open the help, the palette or the chooser over it, and the rest, which do nothing.
 */
export function finding(state: UiState, finder: Finder, q: Queries, command: Command): UiState | undefined {
  const edit = editOf(command);
  // The related figures have no box: their editing keys do nothing.
  if (edit) return finder.kind === 'search' ? { ...state, overlay: { ...finder, query: editQuery(finder.query, edit), cursor: 0 } } : state;
  const rows = finderRows(finder, q);
  const cursor = moved(command, finder.cursor, { first: 0, last: rows.length - 1, page: state.viewport.rows });
  if (cursor !== null) return { ...state, overlay: { ...finder, cursor } };
  switch (command) {
    case 'back':
      return { ...state, overlay: null };
    case 'search':
      return { ...state, overlay: { kind: 'search', query: '', cursor: 0 } };
    case 'focusDetail':
    case 'open': {
      const hit = rows[finder.cursor]?.hit;
      if (!hit) return state;
      const closed = { ...state, overlay: null };
      switch (hit.type) {
        case 'fact':
          return jumpTo(closed, q, hit.id);
        case 'place': {
          // The place within the other filters in force, where it has figures under them; else the place alone.
          const within = { ...state.filter, places: [hit.id] };
          const kept = q.facts(within, state.order).length > 0;
          const filter = kept ? within : { ...NO_FILTER, places: [hit.id] };
          const cleared = !kept && JSON.stringify(within) !== JSON.stringify(filter);
          return push(closed, { pane: 'figures', filter, screen: { kind: 'list' }, message: cleared ? 'filtersCleared' : null });
        }
        case 'document':
          return push(closed, {
            pane: 'documents',
            selected: { ...state.selected, documents: hit.id },
            screen: { kind: 'detail', cursor: -1 },
          });
        case 'category':
          return push(closed, {
            pane: 'categories',
            selected: { ...state.selected, categories: hit.id },
            screen: { kind: 'detail', cursor: -1 },
          });
      }
      return state;
    }
    default:
      return undefined;
  }
}

/** Text typed or pasted into the search box: a query cut to its limit says so. */
export function typeIntoSearch(state: UiState, search: OverlayOf<'search'>, text: string): UiState {
  const { query, cut } = appendQuery(search.query, text);
  return { ...state, overlay: { ...search, query, cursor: 0 }, notice: cut ? t('queryTooLong', state.lang) : state.notice };
}
