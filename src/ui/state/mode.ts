import type { ReactNode } from 'react';
import type { IndexProgress } from '../../search/build.js';
import type { Command, ExplorerMode } from '../keys/words.js';
import type { Labeller } from '../text/labels.js';
import type { Queries } from './selectors.js';
import type { Overlay, OverlayOf, Step, UiState } from './types.js';

/**
 * Which mode the state is in, and what the table of modes (modes.ts) holds for each: how it
 * answers a command and typed text, how it is drawn and where, and what its list is.
 * Every mode's folder under modes/ fills in one `ModeSpec`.
 */

/** The mode on screen: the overlay on top, else the screen (the reader's, by its find). */
export function shownMode(state: UiState): ExplorerMode {
  if (state.overlay) return state.overlay.kind;
  const screen = state.screen;
  if (screen.kind === 'reader' && screen.find) return screen.find.open ? 'find' : 'found';
  return screen.kind;
}

/** What has the keyboard: nothing while the terminal is too small to draw, else the mode on screen. */
export function inputMode(state: UiState): ExplorerMode {
  return state.viewport.drawn ? shownMode(state) : 'too-small';
}

/** The overlay of a kind: its mode's row in the table is asked about it only while it is the one open. */
export function overlayOf<K extends Overlay['kind']>(state: UiState, ...kinds: readonly K[]): OverlayOf<K> {
  const open = state.overlay;
  if (!open || !(kinds as readonly string[]).includes(open.kind)) throw new Error(`no ${kinds.join(' or ')} is open`);
  return open as OverlayOf<K>;
}

/** What a mode's reducer reads besides the state: the dataset's queries, and the whole step for a command it runs as its key would. */
export interface ModeContext {
  readonly q: Queries;
  readonly update: (state: UiState, command: Command) => Step;
}

/** Where the selection stands in its list: the `n`th of `total`. */
export interface Position {
  readonly n: number;
  readonly total: number;
}

/** What every mode's view is given: the state to draw, what it reads of the data, and the room it has. */
export interface ModeViewProps {
  readonly state: UiState;
  readonly queries: Queries;
  readonly label: Labeller;
  readonly width: number;
  readonly height: number;
  /** How far the search index has come while it is built; null once it is ready. */
  readonly indexing: IndexProgress | null;
}

export interface ModeSpec {
  /**
   * What a command does. Undefined leaves the command to the overlays any mode opens over
   * itself (the help, the palette, the copy-format chooser); an overlay that keeps every key returns the state.
   */
  readonly reduce: (state: UiState, command: Command, ctx: ModeContext) => UiState | undefined;
  /** The commands whose step has effects beyond the state (running the palette's choice, copying the chooser's). */
  readonly step?: (state: UiState, command: Command, ctx: ModeContext) => Step | undefined;
  /** Text typed or pasted into its box; a mode without one takes no text, and letters are keys there. */
  readonly type?: (state: UiState, text: string, ctx: ModeContext) => UiState;
  /** The state once the viewport has changed under it (the help keeps its place within its new length). */
  readonly resized?: (state: UiState, ctx: ModeContext) => UiState;
  /**
   * What draws it: the body between the tab bar and the status bar, which an overlay takes
   * from the screen under it (too-small's draws the whole terminal, too small for the bars).
   */
  readonly view: (props: ModeViewProps) => ReactNode;
  /** Where the selection stands in the list in play ("12 of 142"); absent, or null, where no list is in play. */
  readonly position?: (state: UiState, q: Queries) => Position | null;
  /** Whether its list or results are empty, so that the keys that act on an item have nothing to act on; absent where they always have. */
  readonly nothingToActOn?: (state: UiState, q: Queries) => boolean;
}
