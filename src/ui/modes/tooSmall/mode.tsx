import type { ModeSpec } from '../../state/mode.js';
import { TooSmall } from './view.js';

/**
 * A terminal too small to draw the panes: nothing may change unseen, so no key acts but those
 * that quit or suspend, which `update` answers before any mode.
 */
export const TOO_SMALL: ModeSpec = {
  reduce: (state) => state,
  view: TooSmall,
};
