import type { Key } from '../../platform/keys.js';
import type { Lang } from '../strings.js';

/**
 * The words of the key table: the commands keys give, where a binding works (its scope), the
 * modes, and how a binding and a mode's keys are declared. The table itself is keys/table.ts.
 */
export type Command =
  | 'nextPane'
  | 'prevPane'
  | 'paneDocuments'
  | 'paneFigures'
  | 'paneCategories'
  | 'paneCompare'
  | 'timeline'
  | 'progress'
  | 'cycleYear'
  | 'cycleIndicator'
  | 'cycleTopic'
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'open'
  | 'focusDetail'
  | 'focusList'
  | 'back'
  | 'nextFact'
  | 'prevFact'
  | 'showSource'
  | 'cyclePlace'
  | 'pickPlace'
  | 'pickIndicator'
  | 'pickCategory'
  | 'pickTopic'
  | 'yearRange'
  | 'valueAtLeast'
  | 'valueAtMost'
  | 'chooseColumns'
  | 'sortBy'
  | 'cycleKind'
  | 'cycleStatus'
  | 'cycleCategory'
  | 'clearFilters'
  | 'cycleOrder'
  | 'reverseOrder'
  | 'search'
  | 'related'
  | 'copy'
  | 'copyAs'
  | 'save'
  | 'toggleLang'
  | 'toggleScript'
  | 'help'
  | 'quit'
  | 'interrupt'
  | 'suspend'
  | 'deleteChar'
  | 'deleteWord'
  | 'clearQuery'
  | 'choose'
  | 'toggle'
  | 'close'
  | 'find'
  | 'nextMatch'
  | 'prevMatch'
  | 'keepFind'
  | 'clearFind'
  | 'toggleDetail'
  | 'palette'
  | 'accept'
  | 'reject'
  | 'skip'
  | 'undo'
  | 'edit'
  | 'acceptAll'
  | 'confirm'
  | 'openPlace'
  | 'finishPlace'
  | 'review'
  | 'links'
  | 'folderList'
  | 'minConfidence'
  | 'onlyDocument'
  | 'preview';

/**
 * Where a binding works. `global` keys work on every screen (list, detail, reader); the
 * others belong to one screen or overlay. Which scopes are live is decided by the mode: each
 * mode's folder declares the scopes it listens to (`ModeKeys`), and keys/table.ts composes them.
 */
export type Scope =
  | 'global'
  | 'list'
  | 'detail'
  | 'reader'
  | 'find'
  | 'found'
  | 'finder'
  | 'chooser'
  | 'palette'
  | 'help'
  | 'picker'
  | 'save'
  | 'saveReplace'
  | 'filterBox'
  | 'review'
  | 'reviewFields'
  | 'reviewText'
  | 'reviewConfirm'
  | 'reviewPlace'
  | 'reviewPlaceText'
  | 'reviewLinks'
  | 'reviewList'
  | 'reviewListMin'
  | 'reviewListConfirm'
  | 'reviewPreview';

/** What has the keyboard in the explorer: the overlay on top, else the screen (the modes' table is modes.ts). */
export type ExplorerMode =
  | 'too-small'
  | 'help'
  | 'palette'
  | 'chooser'
  | 'picker'
  | 'search'
  | 'related'
  | 'list'
  | 'detail'
  | 'reader'
  | 'find'
  | 'found'
  | 'timeline'
  | 'progress'
  | 'save'
  | 'saveReplace'
  | 'filterBox';

/** What has the keyboard in the review of proposals (policy-explorer review DIR), its own screen. */
export type ReviewMode =
  | 'review'
  | 'reviewFields'
  | 'reviewPicker'
  | 'reviewText'
  | 'reviewConfirm'
  | 'reviewPlace'
  | 'reviewPlaceText'
  | 'reviewLinks'
  | 'reviewList'
  | 'reviewListMin'
  | 'reviewListConfirm'
  | 'reviewPreview';

export type Mode = ExplorerMode | ReviewMode;

type NamedKey =
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'tab'
  | 'backspace'
  | 'f1';

/** A key as the input hook hands it over: Ink's flags, and F1, which Ink does not name. */
export type KeyPress = Key;

export type KeySpec = { readonly named: NamedKey; readonly shift?: boolean } | { readonly input: string } | { readonly ctrl: string };

export type Words = Readonly<Record<Lang, string>>;

export interface Binding {
  readonly command: Command;
  readonly scopes: readonly Scope[];
  readonly keys: readonly KeySpec[];
  /** How the keys are written in the help, the status bar and the README. */
  readonly label: string;
  readonly description: Words;
  /** More words the palette finds the command by, in either language ("export", "导出"), where the description lacks them. */
  readonly words?: Words;
  /** Set for the few bindings the status bar suggests, with the word it uses. */
  readonly bar?: Hint;
  /** The key acts on the selected item or result: its hint goes while there is none. */
  readonly onItem?: true;
  /**
   * The palette does not offer it: the text-editing keys (they act on the palette's own box),
   * the palette itself, and single-line moves, which take longer to find by name than to press.
   */
  readonly palette?: false;
}

/**
 * A hint in the status bar: its word, and where it stands among the others. The way to the
 * rest ("? keys") comes first; one that only adds to another key's, last, shown where there is room.
 */
export interface Hint extends Words {
  readonly at?: 'first' | 'last';
}

/**
 * What a mode's folder declares of the key table: the titles of the scopes it brings, the
 * scopes each of its modes listens to (first match wins), and its bindings in table order.
 */
export interface ModeKeys {
  readonly titles: Partial<Readonly<Record<Scope, Words>>>;
  readonly modes: Partial<Readonly<Record<Mode, readonly Scope[]>>>;
  readonly bindings: readonly Binding[];
}

export const UP = { named: 'upArrow' } as const;
export const DOWN = { named: 'downArrow' } as const;
export const ENTER = { named: 'return' } as const;
export const ESC = { named: 'escape' } as const;
export const BACKSPACE = { named: 'backspace' } as const;
export const F1 = { named: 'f1' } as const;

export const b = (
  command: Command,
  scopes: readonly Scope[],
  keys: readonly KeySpec[],
  label: string,
  en: string,
  zh: string,
  bar?: Hint,
  onItem?: 'onItem',
): Binding => ({
  command,
  scopes,
  keys,
  label,
  description: { en, zh },
  ...(bar ? { bar } : {}),
  ...(onItem ? { onItem: true } : {}),
});

/** The binding, found in the palette by more words than its description's too. */
export const alsoFoundBy = (binding: Binding, en: string, zh: string): Binding => ({ ...binding, words: { en, zh } });

/** The binding, left out of the palette (see `Binding.palette`). */
export const unlisted = (binding: Binding): Binding => ({ ...binding, palette: false });
