import type { ModeContext, ModeSpec } from '../../state/mode.js';
import type { UiState } from '../../state/types.js';
import type { Command } from '../../keys/words.js';
import { filtering } from '../global/filters.js';
import { onScreen } from '../global/reducer.js';
import { progress } from './reducer.js';
import { progressInView } from './targets.js';
import { ProgressScreen } from './view.js';

const onProgress = onScreen(progress);

/** The filter keys change the targets in view and keep the screen, from its first target; the rest as on any screen. */
function reduce(state: UiState, command: Command, ctx: ModeContext): UiState | undefined {
  const filtered = filtering(state, ctx.q, command);
  if (filtered?.screen.kind === 'list' && filtered.overlay === state.overlay)
    return { ...filtered, screen: { kind: 'progress', cursor: 0 } };
  return onProgress(state, command, ctx);
}

/** The targets in view, each with a bar toward its goal, a list to move through and open. */
export const PROGRESS: ModeSpec = {
  reduce,
  view: ProgressScreen,
  position: (state, q) =>
    state.screen.kind === 'progress' ? { n: state.screen.cursor + 1, total: progressInView(state, q).length } : null,
  nothingToActOn: (state, q) => progressInView(state, q).length === 0,
};
