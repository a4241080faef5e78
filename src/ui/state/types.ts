import type { FactColumn } from '../../model/listColumns.js';
import type { FactFilter, FactOrder } from '../../model/queries.js';
import type { Script } from '../../model/script.js';
import type { CopyChoice } from '../copy/types.js';
import type { ChooserState } from '../modes/chooser/state.js';
import type { ReaderFind } from '../modes/find/state.js';
import type { FilterBoxState } from '../modes/filterBox/state.js';
import type { FinderState } from '../modes/finder/state.js';
import type { HelpState } from '../modes/help/state.js';
import type { PaletteState } from '../modes/palette/state.js';
import type { PickerState } from '../modes/picker/state.js';
import type { SaveAnswer, SaveBoxState } from '../modes/save/state.js';
import type { CopyTarget } from '../copy/types.js';
import type { Command } from '../keys/words.js';
import type { Lang, StringId } from '../strings.js';

/**
 * The explorer's whole state, changed only by `update`: (state, action) → state + effects.
 * The input hook runs the effects; components only read the state.
 */

export type Pane = 'documents' | 'figures' | 'categories' | 'compare';
export const PANES: readonly Pane[] = ['documents', 'figures', 'categories', 'compare'];

export type Screen =
  | { readonly kind: 'list' }
  /** Focus in the detail: `cursor` is on one of its links to other figures, or -1 on the item itself. */
  /**
   * The detail with the keys: `cursor` is the focused link (-1: none), `top` the first line shown
   * once the keys have scrolled it (else the window follows the cursor).
   */
  | { readonly kind: 'detail'; readonly cursor: number; readonly top?: number }
  /**
   * `anchor` is the text offset of the top line, so the place survives re-wrapping on resize;
   * `fact` indexes the document's figures in text order, -1 before the first.
   */
  | { readonly kind: 'reader'; readonly document: string; readonly anchor: number; readonly fact: number; readonly find?: ReaderFind }
  /** The figures in view by year; `cursor` is on one of its figures. */
  | { readonly kind: 'timeline'; readonly cursor: number }
  /** The targets in view, each with a bar toward its goal; `cursor` is on one of them. */
  | { readonly kind: 'progress'; readonly cursor: number };

/** What Back restores. */
export interface View {
  readonly pane: Pane;
  readonly selected: Readonly<Record<Pane, string | null>>;
  readonly filter: FactFilter;
  readonly order: FactOrder;
  readonly screen: Screen;
}

export interface UiState extends View {
  readonly history: readonly View[];
  /** What is open over the screen and has the keys: one overlay at a time; null when none is. */
  readonly overlay: Overlay | null;
  readonly lang: Lang;
  readonly script: Script;
  /**
   * Rows a list or the reader shows, the reader's width and the screen's: paging and wrapping
   * need them. `drawn` is false while the terminal is too small to draw anything.
   */
  readonly viewport: { readonly rows: number; readonly readerWidth: number; readonly width: number; readonly drawn: boolean };
  readonly message: StringId | null;
  /** A message with details, such as where a copy went. */
  readonly notice: string | null;
  /** The detail beside the list is folded away (`z`), so the list takes the width; kept while moving. */
  readonly detailHidden: boolean;
  /** The columns the Figures list shows, in its order. */
  readonly columns: readonly FactColumn[];
}

export type Action =
  | { readonly type: 'command'; readonly command: Command }
  /** `width` is the screen's, where it is wider than the reader's text (by default the same). */
  | { readonly type: 'viewport'; readonly rows: number; readonly readerWidth: number; readonly width?: number; readonly drawn: boolean }
  | { readonly type: 'jump'; readonly fact: string }
  /** Text typed or pasted into the search box or the reader's find box. */
  | { readonly type: 'type'; readonly text: string }
  | { readonly type: 'clearMessage' }
  | { readonly type: 'notice'; readonly text: string }
  /** The save box opened on a collection, with the file name suggested for it. */
  | { readonly type: 'openSave'; readonly target: CopyTarget; readonly path: string }
  /** How writing the file ended. */
  | { readonly type: 'saveAnswer'; readonly answer: SaveAnswer };

/** What a step asks of the world outside the state: the input hook carries these out. */
export type Effect =
  | { readonly type: 'copy'; readonly choice: CopyChoice; readonly lang: Lang; readonly script: Script }
  /** Open the save box on a collection, its file named after `name` and today's date. */
  | { readonly type: 'askSave'; readonly target: CopyTarget; readonly name: string }
  /** Write a collection to the file at `path` (relative to the current folder), over a file there only with `replace`. */
  | {
      readonly type: 'save';
      readonly target: CopyTarget;
      readonly path: string;
      readonly replace: boolean;
      readonly lang: Lang;
      readonly script: Script;
    }
  | { readonly type: 'quit'; readonly interrupted: boolean }
  | { readonly type: 'suspend' }
  /** Review the proposals of the folder a document was read from (its figures may change). */
  | { readonly type: 'review'; readonly document: string }
  /** Settings the explorer keeps between runs changed: save those (the rest of the file is the person's), saying why not in `lang`. */
  | { readonly type: 'saveSettings'; readonly change: Partial<SavedSettings>; readonly lang: Lang };

/** What the explorer saves when it changes: the language, the script and the order. */
export interface SavedSettings {
  readonly lang: Lang;
  readonly script: Script;
  readonly order: FactOrder;
  /** The columns, named with commas between them, as the settings file keeps them. */
  readonly columns: string;
}

export interface Step {
  readonly state: UiState;
  readonly effects: readonly Effect[];
}

/**
 * An overlay opened over another keeps it, and gives it back when it closes: the help opened
 * with F1 over the search box, the palette or the chooser over the related figures.
 */
interface OpenedOver {
  readonly over: Overlay | null;
}

/** What can be open over the screen; its `kind` is the mode that has the keys. Each declares its slice in its folder (modes/help/state.ts…). */
export type Overlay =
  | (HelpState & OpenedOver)
  | (PaletteState & OpenedOver)
  | (ChooserState & OpenedOver)
  | (PickerState & OpenedOver)
  | (SaveBoxState & OpenedOver)
  | (FilterBoxState & OpenedOver)
  | FinderState;

/** The overlay of one kind. */
export type OverlayOf<K extends Overlay['kind']> = Extract<Overlay, { readonly kind: K }>;
