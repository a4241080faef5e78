import type { ModeSpec } from '../../state/mode.js';
import { onScreen } from '../global/reducer.js';
import { progress } from './reducer.js';
import { progressInView } from './targets.js';
import { ProgressScreen } from './view.js';

/** The targets in view, each with a bar toward its goal, a list to move through and open. */
export const PROGRESS: ModeSpec = {
  reduce: onScreen(progress),
  view: ProgressScreen,
  position: (state, q) =>
    state.screen.kind === 'progress' ? { n: state.screen.cursor + 1, total: progressInView(state, q).length } : null,
  nothingToActOn: (state, q) => progressInView(state, q).length === 0,
};
