import { describe, expect, it } from 'vitest';
import { NO_KEY } from '../../src/platform/keys.js';
import { BINDINGS, MODE_SCOPES, SCOPES, type KeyPress, type KeySpec, type Mode } from '../../src/ui/keys/table.js';
import { barHints, commandFor } from '../../src/ui/keys/keymap.js';

const MODES = Object.keys(MODE_SCOPES) as Mode[];

/** The input and flags Ink reports for a key of the table. */
function pressOf(spec: KeySpec): [string, KeyPress] {
  if ('ctrl' in spec) return [spec.ctrl, key({ ctrl: true })];
  if ('input' in spec) return [spec.input, key()];
  if (spec.named === 'backspace') return ['', key({ backspace: true })];
  return ['', key({ [spec.named]: true, shift: spec.shift ?? false })];
}

const key = (k: Partial<KeyPress> = {}): KeyPress => ({ ...NO_KEY, ...k });

describe('the key table', () => {
  it.each<[Mode, string, Partial<KeyPress>, string | undefined]>([
    ['list', 'q', {}, 'quit'],
    ['search', 'q', {}, undefined],
    ['search', 'c', { ctrl: true }, 'interrupt'],
    ['list', '', { backspace: true }, 'back'],
    ['search', '', { delete: true }, 'deleteChar'],
    ['related', '', { delete: true }, 'back'],
    ['related', 'y', { ctrl: true }, undefined],
    ['related', 'c', {}, 'copy'],
    ['help', '', { backspace: true }, 'deleteChar'],
    ['help', '', { escape: true }, 'close'],
    ['help', 'j', {}, undefined],
    ['chooser', '', { backspace: true }, 'close'],
    ['search', 'z', { ctrl: true }, 'suspend'],
    ['list', 'u', { ctrl: true }, 'pageUp'],
    ['search', 'u', { ctrl: true }, 'clearQuery'],
    ['search', 'y', { ctrl: true }, 'copy'],
    ['related', 'j', {}, 'down'],
    ['search', 'j', {}, undefined],
    ['chooser', '', { return: true }, 'choose'],
    ['chooser', '2', {}, undefined],
    ['help', '?', {}, 'help'],
    ['help', '', { f1: true }, 'help'],
    ['list', '', { f1: true }, 'help'],
    ['search', '', { f1: true }, 'help'],
    ['find', '', { f1: true }, 'help'],
    ['help', 'q', {}, undefined],
    ['help', 'c', { ctrl: true }, 'interrupt'],
    ['reader', 'n', {}, 'nextFact'],
    ['list', 'n', {}, undefined],
    ['too-small', 'c', { ctrl: true }, 'interrupt'],
    ['list', '', { tab: true, shift: true }, 'prevPane'],
    ['reader', 'f', {}, 'find'],
    ['list', 'f', {}, undefined],
    ['find', 'n', {}, undefined],
    ['find', '', { downArrow: true }, 'nextMatch'],
    ['find', '', { return: true }, 'keepFind'],
    ['find', '', { escape: true }, 'clearFind'],
    ['find', 'w', { ctrl: true }, 'deleteWord'],
    ['found', 'n', {}, 'nextMatch'],
    ['found', 'N', {}, 'prevMatch'],
    ['found', '', { escape: true }, 'clearFind'],
    ['found', '', { backspace: true }, 'back'],
    ['found', 'j', {}, 'down'],
    ['found', 'f', {}, 'find'],
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

  it('quits with Ctrl-C in every mode, and with q in every mode but the text boxes and a file’s y/n', () => {
    for (const mode of MODES) {
      expect(commandFor(mode, 'c', key({ ctrl: true })), mode).toBe('interrupt');
      expect(commandFor(mode, 'q', key()), mode).toBe(
        [
          'search',
          'find',
          'help',
          'palette',
          'picker',
          'save',
          'saveReplace',
          'filterBox',
          'reviewPicker',
          'reviewText',
          'reviewPlaceText',
          'reviewListMin',
        ].includes(mode)
          ? undefined
          : 'quit',
      );
    }
  });

  it('suggests in the status bar only keys that do what the hint says in that mode', () => {
    expect(barHints('list', 'en').join('  ')).toBe('? keys  ↓ select  Enter open  / search  c copy  Esc back  → detail');
    expect(barHints('search', 'en').join('  ')).toBe('↓ select  Enter jump  Esc close  Ctrl-Y copy');
    expect(barHints('find', 'en').join('  ')).toBe('↓ next  Enter keep  Esc clear');
    // With nothing listed or found, the keys that act on an item would do nothing.
    expect(barHints('list', 'en', true).join('  ')).toBe('? keys  / search  Esc back');
    expect(barHints('search', 'en', true).join('  ')).toBe('Esc close');
    // After a find, n and Esc are the find's: the figure and back hints would mislead.
    expect(barHints('found', 'en').join('  ')).toBe('? keys  n match  Esc clear  Enter open figure  f find  / search  c copy');
    for (const mode of MODES.filter((m) => m !== 'too-small')) {
      for (const hint of barHints(mode, 'en')) {
        const label = hint.split(' ')[0]!;
        const binding = BINDINGS.find(
          (b) =>
            b.bar &&
            b.label.split(' ')[0] === label &&
            hint === `${label} ${b.bar.en}` &&
            MODE_SCOPES[mode].some((s) => b.scopes.includes(s)),
        );
        expect(binding, `${hint} in ${mode}`).toBeDefined();
        expect(commandFor(mode, ...pressOf(binding!.keys[0]!)), `${hint} in ${mode}`).toBe(binding!.command);
      }
    }
  });
});
