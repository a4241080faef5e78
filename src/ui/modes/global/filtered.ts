import type { UiState, View } from '../../state/types.js';

/**
 * Filters act on the Figures pane, and show it; the timeline stays open, its cursor back at
 * its start, as its figures are the filtered ones.
 */
export function filtered(state: UiState, change: Partial<View>): UiState {
  const screen = state.screen.kind === 'timeline' ? { kind: 'timeline' as const, cursor: 0 } : { kind: 'list' as const };
  return { ...state, ...change, pane: 'figures', screen };
}
