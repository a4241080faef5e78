import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { BINDINGS, SCOPES, barHints, commandFor, type KeySpec, type Mode } from '../../src/ui/keys.js';

const NONE: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const key = (k: Partial<Key> = {}): Key => ({ ...NONE, ...k });

describe('the key table', () => {
  it.each<[Mode, string, Partial<Key>, string | undefined]>([
    ['list', 'q', {}, 'quit'],
    ['search', 'q', {}, undefined],
    ['search', 'c', { ctrl: true }, 'interrupt'],
    ['list', '', { backspace: true }, 'back'],
    ['search', '', { delete: true }, 'deleteChar'],
    ['related', '', { delete: true }, 'back'],
    ['list', 'u', { ctrl: true }, 'pageUp'],
    ['search', 'u', { ctrl: true }, 'clearQuery'],
    ['search', 'y', { ctrl: true }, 'copy'],
    ['related', 'j', {}, 'down'],
    ['search', 'j', {}, undefined],
    ['chooser', '', { return: true }, 'choose'],
    ['chooser', '2', {}, undefined],
    ['help', '?', {}, 'close'],
    ['help', 'q', {}, 'quit'],
    ['reader', 'n', {}, 'nextFact'],
    ['list', 'n', {}, undefined],
    ['too-small', 'c', { ctrl: true }, 'interrupt'],
    ['list', '', { tab: true, shift: true }, 'prevPane'],
  ])('in %s, %j %j is %s', (mode, input, k, command) => {
    expect(commandFor(mode, input, key(k))).toBe(command);
  });

  it('gives a key at most one meaning in each scope', () => {
    const id = (spec: KeySpec) => JSON.stringify(spec);
    for (const scope of SCOPES) {
      const seen = new Map<string, string>();
      for (const b of BINDINGS.filter((x) => x.scopes.includes(scope))) {
        for (const spec of b.keys) {
          expect(seen.get(id(spec)), `${id(spec)} in ${scope}`).toBeUndefined();
          seen.set(id(spec), b.command);
        }
      }
    }
  });

  it('suggests in the status bar only keys that work in the mode', () => {
    expect(barHints('list', 'en').join('  ')).toBe('? keys  ↓ select  Enter open  / search  c copy  Esc back');
    expect(barHints('search', 'en').join('  ')).toBe('↓ select  Enter jump  Esc close  Ctrl-Y copy');
    expect(barHints('reader', 'en').join('  ')).toBe('? keys  n figure  Enter open figure  / search  c copy  Esc back');
    expect(barHints('chooser', 'en').join('  ')).toBe('Enter copy  Esc close');
  });
});
