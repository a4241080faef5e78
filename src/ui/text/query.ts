import { graphemes } from './text.js';

/**
 * What is typed into a text box (the search box, the find box, the filters of the help and
 * the palette, a field of the review): the edits Backspace, Ctrl-W and Ctrl-U make, and
 * typed or pasted text made safe and cut to length. Pure.
 */
export type Edit = 'backspace' | 'word' | 'clear';

/** The search box holds at most this many characters (UTF-16 units): no query is longer, and pastes are cut. */
export const MAX_QUERY = 1000;

export function editQuery(query: string, edit: Edit): string {
  switch (edit) {
    case 'clear':
      return '';
    case 'word': {
      // Ctrl-W: the word before the cursor and the spaces after it, as in a shell.
      const trimmed = query.trimEnd();
      return trimmed.slice(0, Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\u3000')) + 1);
    }
    case 'backspace': {
      // The last grapheme is found in the query's tail, so Backspace costs the same at any length.
      const tail = query.slice(-16);
      let last = 0;
      for (const g of graphemes(tail)) last = g.index;
      return query.slice(0, query.length - tail.length + last);
    }
  }
}

const EDITS: Readonly<Record<string, Edit>> = { deleteChar: 'backspace', deleteWord: 'word', clearQuery: 'clear' };

/** The edit a text box's key makes (Backspace, Ctrl-W, Ctrl-U); undefined for any other key. */
export function editOf(command: string): Edit | undefined {
  return Object.hasOwn(EDITS, command) ? EDITS[command] : undefined;
}

/**
 * The editing keys on an overlay's filter box (the help's, the palette's): Backspace with
 * nothing typed closes the overlay, as it closes every other. Undefined for any other key.
 */
export function editFilter<S>(query: string, command: string, filter: (query: string) => S, close: () => S): S | undefined {
  switch (command) {
    case 'deleteChar':
      return query ? filter(editQuery(query, 'backspace')) : close();
    case 'deleteWord':
      return filter(editQuery(query, 'word'));
    case 'clearQuery':
      return filter('');
    default:
      return undefined;
  }
}

/** Typed or pasted text as it goes into the box: control characters and line breaks become spaces. */
export function typed(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]+/gu, ' ');
}

/** The query with `text` added, cut to `limit` (never inside a surrogate pair); `cut` says whether it was. */
export function appendQuery(query: string, text: string, limit = MAX_QUERY): { query: string; cut: boolean } {
  const whole = query + typed(text);
  if (whole.length <= limit) return { query: whole, cut: false };
  const end = /[\uD800-\uDBFF]/u.test(whole[limit - 1]!) ? limit - 1 : limit;
  return { query: whole.slice(0, end), cut: true };
}
