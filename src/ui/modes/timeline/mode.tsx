import type { ModeSpec } from '../../state/mode.js';
import { onScreen } from '../global/reducer.js';
import { timeline } from './reducer.js';
import { TimelineScreen } from './view.js';

/** The figures in view by year, a list to move through and open. */
export const TIMELINE: ModeSpec = {
  reduce: onScreen(timeline),
  view: TimelineScreen,
  position: (state, q) => (state.screen.kind === 'timeline' ? { n: state.screen.cursor + 1, total: q.timelineFacts(state).length } : null),
  nothingToActOn: (state, q) => q.timelineFacts(state).length === 0,
};
