import { describe, expect, it } from 'vitest';
import { keyFilter, keysOf, NO_KEY, PASTE_END, PASTE_START, TYPE_AHEAD, type Key, type KeyEvent } from '../../src/platform/keys.js';

const key = (k: Partial<Key> = {}): Key => ({ ...NO_KEY, ...k });
const press = (input: string, k: Partial<Key> = {}): KeyEvent => ({ kind: 'key', input, key: key(k) });

/** What the screen gets for one string Ink named, a text box opening as `opens` says after each key. */
function events(input: string, k: Partial<Key> = {}, opens: (taken: KeyEvent[]) => boolean = () => false): KeyEvent[] {
  const taken: KeyEvent[] = [];
  for (const event of keysOf(input, key(k), () => opens(taken))) taken.push(event);
  return taken;
}

describe('the escape filter', () => {
  it('lets through what Ink can name: text, control keys, arrows, paging, Home/End, Delete, Shift-Tab, Esc', () => {
    const filter = keyFilter();
    for (const event of ['j', '高新', '\r', '\u0003', '\u001B[A', '\u001BOB', '\u001B[6~', '\u001B[H', '\u001B[3~', '\u001B[Z', '\u001B']) {
      expect(filter.sort(event), JSON.stringify(event)).toEqual({ to: 'ink' });
    }
  });

  it.each([
    ['Ctrl+F1', '\u001B[1;5P'],
    ['Ctrl+Shift+F2', '\u001B[1;6Q'],
    ['a cursor position request', '\u001B[6n'],
    ['a cursor position report', '\u001B[12;40R'],
    ['Ctrl+keypad 5', '\u001BO5x'],
    ['a mouse report', '\u001B[<0;10;10M'],
    ['Alt+x', '\u001Bx'],
    ['a paste end with no start', PASTE_END],
  ])('drops %s, as every sequence no screen uses (Ink 6.8 throws on some)', (_, event) => {
    expect(keyFilter().sort(event)).toEqual({ to: 'nobody' });
  });

  it.each([
    ['xterm', '\u001BOP'],
    ['rxvt', '\u001B[11~'],
    ['the Linux console', '\u001B[[A'],
  ])('hands over F1 as %s sends it, as the key Ink would not name', (_, event) => {
    expect(keyFilter().sort(event)).toEqual({ to: 'screen', event: press('', { f1: true }) });
  });

  it('gathers a paste the terminal marked into one, whatever keys and sequences it holds', () => {
    const filter = keyFilter();
    expect(filter.sort(PASTE_START)).toEqual({ to: 'nobody' });
    expect(filter.pasting).toBe(true);
    for (const part of ['a', 'x q\r', '\u001B[1;5P', '\u001BOP', '高新']) expect(filter.sort(part)).toEqual({ to: 'nobody' });
    expect(filter.sort(PASTE_END)).toEqual({ to: 'screen', event: { kind: 'paste', text: 'ax q\r\u001B[1;5P\u001BOP高新' } });
    expect(filter.pasting).toBe(false);
    expect(filter.sort('j')).toEqual({ to: 'ink' });
  });

  it('makes nothing of an empty paste', () => {
    const filter = keyFilter();
    filter.sort(PASTE_START);
    expect(filter.sort(PASTE_END)).toEqual({ to: 'nobody' });
  });

  it('cuts a paste whose end never came where it stands, and reads keys again', () => {
    const filter = keyFilter();
    expect(filter.cut()).toBeNull();
    filter.sort(PASTE_START);
    filter.sort('axa');
    expect(filter.cut()).toEqual({ kind: 'paste', text: 'axa' });
    expect(filter.pasting).toBe(false);
    expect(filter.cut()).toBeNull();
    expect(filter.sort('a')).toEqual({ to: 'ink' });
  });
});

describe('a string Ink named', () => {
  it('is one key when it is one character, or comes with Ctrl or Alt', () => {
    expect(events('j')).toEqual([press('j')]);
    expect(events('', { upArrow: true })).toEqual([press('', { upArrow: true })]);
    expect(events('u', { ctrl: true })).toEqual([press('u', { ctrl: true })]);
    expect(events('x', { meta: true })).toEqual([press('x', { meta: true })]);
  });

  it('is Ctrl-Z, alone or typed ahead among other keys', () => {
    expect(events('z', { ctrl: true })).toEqual([{ kind: 'suspend' }]);
    expect(events('j\u001Ak')).toEqual([press('j'), { kind: 'suspend' }, press('k')]);
    // z alone is a letter like any other.
    expect(events('z')).toEqual([press('z')]);
  });

  it('typed ahead, is each key in turn: Enter, Tab, Backspace, Ctrl+letter and capitals included', () => {
    expect(events('3j\r\t\u007F\u0015G')).toEqual([
      press('3'),
      press('j'),
      press('', { return: true }),
      press('', { tab: true }),
      press('', { backspace: true }),
      press('u', { ctrl: true }),
      press('G', { shift: true }),
    ]);
  });

  it('typed ahead into a text box, is text, the box asked after each key', () => {
    // The "/" opens the search box and Enter closes it: what comes between is text.
    const opened = (taken: KeyEvent[]) => {
      const keys = taken.flatMap((e) => (e.kind === 'key' ? [e] : []));
      return keys.findLastIndex((e) => e.input === '/') > keys.findLastIndex((e) => e.key.return);
    };
    expect(events('/1729\rj', {}, opened)).toEqual([press('/'), { kind: 'text', text: '1729' }, press('', { return: true }), press('j')]);
    // Ctrl+letter in a text box is still a key.
    expect(events('ab\u0017cd', {}, () => true)).toEqual([
      { kind: 'text', text: 'ab' },
      press('w', { ctrl: true }),
      { kind: 'text', text: 'cd' },
    ]);
  });

  it(`is a paste past ${TYPE_AHEAD} characters: no key in it, its line breaks not Enter`, () => {
    const sentence = 'accept all: A y, then quit with q\r'.repeat(2);
    expect(events(sentence)).toEqual([{ kind: 'paste', text: sentence }]);
    expect(events('j'.repeat(TYPE_AHEAD))).toHaveLength(TYPE_AHEAD);
  });
});

describe('a marked paste whose end mark comes split over reads', () => {
  it('ends where the mark is whole, and what follows it in the same read is sorted again as keys', () => {
    const filter = keyFilter();
    expect(filter.sort(PASTE_START)).toEqual({ to: 'nobody' });
    expect(filter.sort('ay')).toEqual({ to: 'nobody' });
    expect(filter.sort('\u001B[20')).toEqual({ to: 'nobody' });
    expect(filter.sort('1~o')).toEqual({ to: 'screen', event: { kind: 'paste', text: 'ay' }, rest: 'o' });
    expect(filter.pasting).toBe(false);
    expect(filter.sort('o')).toEqual({ to: 'ink' });
  });
});
