/**
 * The key decoder under every interactive screen, with nothing of Ink in it: which escape
 * sequences may reach Ink's key parser (Ink 6.8 throws on some), F1 in the forms terminals
 * send, pastes, and a string handed over whole split into the keys typed ahead. The input
 * hook (ui/input/keys.ts) wires it to Ink; the screens only ever see what it makes of the keyboard.
 */

/** A key: the flags Ink reports, and F1, which Ink does not name. */
export interface Key {
  readonly upArrow: boolean;
  readonly downArrow: boolean;
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly pageUp: boolean;
  readonly pageDown: boolean;
  readonly home: boolean;
  readonly end: boolean;
  readonly return: boolean;
  readonly escape: boolean;
  readonly tab: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly meta: boolean;
  readonly f1: boolean;
}

/** A key with no flag set: the base of the keys made up from characters. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  tab: false,
  backspace: false,
  delete: false,
  ctrl: false,
  shift: false,
  meta: false,
  f1: false,
};

/**
 * What the keyboard gave, as a screen takes it: a key (resolved through the key table), text
 * typed ahead into a text box, a paste (text, which decides nothing outside a text box), or
 * Ctrl-Z, which the terminal itself would have turned into a stop had raw mode not handed it over.
 */
export type KeyEvent =
  | { readonly kind: 'key'; readonly input: string; readonly key: Key }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'paste'; readonly text: string }
  | { readonly kind: 'suspend' };

/** Keys typed ahead of a frame that are taken as keys; anything longer is a paste. */
export const TYPE_AHEAD = 32;

const ESC = '\u001B';

/**
 * The escape sequences of keys the screens can use (arrows, paging, Home/End, Delete,
 * Shift-Tab, Esc) in the forms terminals send. Ink 6.8 throws on some others, such as
 * Ctrl+F1 (ESC[1;5P) or a cursor report (ESC[12;40R), so no other sequence may reach it.
 */
const KNOWN_SEQUENCES = new Set([
  ...'ABCDHF'.split('').flatMap((c) => [`${ESC}[${c}`, `${ESC}O${c}`]),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${ESC}[${n}~`),
  `${ESC}[Z`,
  ESC,
]);

/** F1 as terminals send it (xterm and most others, rxvt, the Linux console): Ink reports it as no key at all. */
const F1_SEQUENCES = new Set([`${ESC}OP`, `${ESC}[11~`, `${ESC}[[A`]);

/** Where a terminal asked for bracketed paste (mode 2004) marks the start and the end of a paste. */
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;

/** What becomes of one event of Ink's stdin parser (a key, an escape sequence or a run of text), before Ink reads it. */
export type Sorted =
  /** Ink reads it as a key. */
  | { readonly to: 'ink' }
  /** A sequence Ink cannot name, or a part of a paste still coming: no one reads it. */
  | { readonly to: 'nobody'; readonly rest?: string }
  /** F1, or a whole paste the terminal marked: the screen takes it as it is. */
  | { readonly to: 'screen'; readonly event: KeyEvent; readonly rest?: string };

export interface KeyFilter {
  sort(event: string): Sorted;
  /** Whether a marked paste has started and not yet ended. */
  readonly pasting: boolean;
  /** The marked paste still open, ended where it stands: its end never came. Null when none is open. */
  cut(): KeyEvent | null;
}

const pasted = (text: string): Sorted => (text === '' ? { to: 'nobody' } : { to: 'screen', event: { kind: 'paste', text } });

/**
 * Sorts the events of Ink's stdin parser, one at a time, in the order they came: a marked
 * paste is gathered from its start to its end, whatever keys or sequences it holds.
 */
export function keyFilter(): KeyFilter {
  let paste: string | null = null;
  return {
    sort(event) {
      if (paste !== null) {
        // The end mark may come split over two reads, and keys typed after it in the same read:
        // it is looked for in all that came, and what follows it is sorted again (`rest`).
        // Only the new part, and the end mark's length before it, is searched: a long paste comes
        // in many events, and searching all of it each time would take time with its square.
        const from = Math.max(0, paste.length - PASTE_END.length + 1);
        paste += event;
        const end = paste.indexOf(PASTE_END, from);
        if (end < 0) return { to: 'nobody' };
        const rest = paste.slice(end + PASTE_END.length);
        const sorted = pasted(paste.slice(0, end));
        paste = null;
        return rest === '' ? sorted : { ...sorted, rest };
      }
      if (event === PASTE_START) {
        paste = '';
        return { to: 'nobody' };
      }
      if (F1_SEQUENCES.has(event)) return { to: 'screen', event: { kind: 'key', input: '', key: { ...NO_KEY, f1: true } } };
      return !event.startsWith(ESC) || KNOWN_SEQUENCES.has(event) ? { to: 'ink' } : { to: 'nobody' };
    },
    get pasting() {
      return paste !== null;
    },
    cut() {
      if (paste === null) return null;
      const sorted = pasted(paste);
      paste = null;
      return sorted.to === 'screen' ? sorted.event : null;
    },
  };
}

/**
 * One character of a string Ink handed over whole (it splits input only at Esc), as the key
 * Ink would have reported had it come alone: Enter, Tab, Backspace and Ctrl+letter included.
 */
export function keyOfChar(char: string): [string, Key] {
  if (char === '\r' || char === '\n') return ['', { ...NO_KEY, return: true }];
  if (char === '\t') return ['', { ...NO_KEY, tab: true }];
  if (char === '\u007F' || char === '\b') return ['', { ...NO_KEY, backspace: true }];
  const code = char.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [char, char.length === 1 && /[A-Z]/u.test(char) ? { ...NO_KEY, shift: true } : NO_KEY];
}

const keyEvent = (input: string, key: Key): KeyEvent => (key.ctrl && input === 'z' ? { kind: 'suspend' } : { kind: 'key', input, key });

/**
 * What one key event Ink named is to the screen. Keys typed faster than a frame ("3j",
 * "/1729⏎") arrive as one string: each is a key, and a run of them in a text box is text,
 * whether a box takes text being asked again after each key (the "/" of "/1729" opens one).
 * A string longer than anyone types ahead is a paste: its line breaks are not Enter.
 */
export function* keysOf(input: string, key: Key, takesText: () => boolean): Generator<KeyEvent, void, undefined> {
  if (input.length <= 1 || key.ctrl || key.meta) {
    yield keyEvent(input, key);
    return;
  }
  if (input.length > TYPE_AHEAD) {
    yield { kind: 'paste', text: input };
    return;
  }
  let text = '';
  for (const char of input) {
    const [single, flags] = keyOfChar(char);
    if (single !== '' && !flags.ctrl && takesText()) {
      text += char;
      continue;
    }
    if (text) yield { kind: 'text', text };
    text = '';
    yield keyEvent(single, flags);
  }
  if (text) yield { kind: 'text', text };
}
