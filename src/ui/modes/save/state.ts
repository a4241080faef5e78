import type { CopyTarget } from '../../copy/types.js';

/**
 * The save box (`w`): the file a collection is written to, as typed, prefilled with a name in
 * the current folder. `saveReplace` is the same box asking whether to replace the file that
 * has that name. `pending` while the file is being written; `problem` says why the name will not do.
 */
export interface SaveBoxState {
  readonly kind: 'save' | 'saveReplace';
  readonly target: CopyTarget;
  readonly path: string;
  readonly problem: string | null;
  readonly pending: boolean;
}

/** How a save ended, as the effect reports it back. */
export type SaveAnswer =
  | { readonly outcome: 'saved' | 'failed'; readonly path: string; readonly text: string }
  | { readonly outcome: 'exists'; readonly path: string };
