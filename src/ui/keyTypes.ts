import type { Key } from '../platform/keys.js';
import type { Lang } from './strings.js';

/**
 * The words of the key table: the commands keys give, where a binding works (its scope), which
 * scopes each mode listens to, and how a binding is written. The table itself is keys.ts.
 */
export type Command =
  | 'nextPane'
  | 'prevPane'
  | 'paneDocuments'
  | 'paneFigures'
  | 'paneCategories'
  | 'paneCompare'
  | 'timeline'
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
  | 'review';

/**
 * Where a binding works. `global` keys work on every screen (list, detail, reader); the
 * others belong to one screen or overlay. Which scopes are live is decided by `inputMode`.
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
  | 'review'
  | 'reviewFields'
  | 'reviewText'
  | 'reviewConfirm';
export const SCOPES: readonly Scope[] = [
  'global',
  'list',
  'detail',
  'reader',
  'find',
  'found',
  'finder',
  'chooser',
  'palette',
  'help',
  'review',
  'reviewFields',
  'reviewText',
  'reviewConfirm',
];

/** What has the keyboard: the overlay on top, else the screen. */
export type Mode =
  | 'review'
  | 'reviewFields'
  | 'reviewText'
  | 'reviewConfirm'
  | 'too-small'
  | 'help'
  | 'palette'
  | 'chooser'
  | 'search'
  | 'related'
  | 'list'
  | 'detail'
  | 'reader'
  | 'find'
  | 'found'
  | 'timeline';

/** The scopes each mode listens to, first match wins: the search box takes letters as text. */
export const MODE_SCOPES: Readonly<Record<Mode, readonly Scope[]>> = {
  'too-small': ['global'],
  help: ['help'],
  // The palette takes letters as its filter, as the search box does.
  palette: ['palette'],
  // The review of proposals (policy-explorer review DIR): its own screen, with an editor and a confirmation.
  review: ['review'],
  reviewFields: ['reviewFields'],
  reviewText: ['reviewText'],
  reviewConfirm: ['reviewConfirm'],
  chooser: ['chooser'],
  search: ['finder'],
  // The related figures are a list with no text box: list keys move and open, global keys go back, copy and quit.
  related: ['list', 'global'],
  list: ['list', 'global'],
  detail: ['detail', 'global'],
  reader: ['reader', 'global'],
  // The find box takes letters as text, as the search box does.
  find: ['find'],
  // Matches kept after a find: n and N step them, Esc clears them; the reader's other keys still work.
  found: ['found', 'reader', 'global'],
  // The timeline is a list of figures by year: list keys move and open.
  timeline: ['list', 'global'],
};

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
  /** Set for the few bindings the status bar suggests, with the word it uses. */
  readonly bar?: Words;
  /** The key acts on the selected item or result: its hint goes while there is none. */
  readonly onItem?: true;
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
  bar?: Words,
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
