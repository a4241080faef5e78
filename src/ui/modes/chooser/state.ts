import type { CopyChoice } from '../../copy/types.js';

/** The copy-format chooser (`C`): the ways to copy what is in view, with its cursor on one. */
export interface ChooserState {
  readonly kind: 'chooser';
  readonly choices: readonly CopyChoice[];
  readonly cursor: number;
}
