import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/ui/keys/words.js';
import { pickerRows } from '../../src/ui/modes/picker/match.js';
import { pick, PICKER_QUERY, rowsOf, typeIntoPicker, type PickerOutcome } from '../../src/ui/modes/picker/reducer.js';
import type { Picker, PickerChoice } from '../../src/ui/modes/picker/state.js';

const CHOICES: readonly PickerChoice[] = [
  { id: 'guangxi', label: 'Guangxi', names: ['广西', '廣西', 'Guangxi', '广西壮族自治区', '桂'] },
  { id: 'nanning', label: 'Nanning', names: ['南宁', '南寧', 'Nanning', '南宁市', '邕'] },
  { id: 'liangqing', label: 'Liangqing', names: ['良庆', '良慶', 'Liangqing', '良庆区'] },
  { id: 'yangzhou', label: 'Yangzhou', names: ['扬州', '揚州', 'Yangzhou', '扬州市'] },
];

const picker = (change: Partial<Picker> = {}): Picker => ({
  title: 'Place',
  choices: CHOICES,
  query: '',
  cursor: 0,
  picked: [],
  several: true,
  ...change,
});

const ids = (rows: readonly PickerChoice[]) => rows.map((c) => c.id);

/** The picker after keys, failing if one of them closed it. */
function after(start: Picker, ...commands: Command[]): Picker {
  return commands.reduce((p, command) => {
    const outcome: PickerOutcome = pick(p, command, 2);
    if (!('picker' in outcome)) throw new Error(`${command} closed the picker`);
    return outcome.picker;
  }, start);
}

describe('the picker’s filter', () => {
  it('offers every choice in its order while nothing is typed', () => {
    expect(ids(pickerRows(CHOICES, ''))).toEqual(['guangxi', 'nanning', 'liangqing', 'yangzhou']);
    expect(ids(pickerRows(CHOICES, '   '))).toEqual(['guangxi', 'nanning', 'liangqing', 'yangzhou']);
  });

  it.each([
    ['南宁', ['nanning']],
    ['南寧', ['nanning']],
    ['揚州', ['yangzhou']],
    ['Yangzhou', ['yangzhou']],
    ['yangz', ['yangzhou']],
    ['nanning', ['nanning']],
    ['lq', ['liangqing']],
    ['邕', ['nanning']],
    ['nanng', ['nanning']],
    ['xyz', []],
  ])('finds %s in either script, pinyin, initials, other names, or with letters left out', (query, expected) => {
    expect(ids(pickerRows(CHOICES, query))).toEqual(expected);
  });

  it('ranks a name the word begins before one it stands inside, and keeps only what every word finds', () => {
    expect(ids(pickerRows(CHOICES, 'n'))).toEqual(['nanning', 'guangxi', 'liangqing', 'yangzhou']);
    expect(ids(pickerRows(CHOICES, 'nan 市'))).toEqual(['nanning']);
  });
});

describe('the picker’s keys', () => {
  it('moves within the rows the filter leaves, a page at a time too', () => {
    expect(after(picker(), 'down', 'down').cursor).toBe(2);
    expect(after(picker(), 'up').cursor).toBe(0);
    expect(after(picker(), 'pageDown', 'pageDown', 'pageDown').cursor).toBe(3);
    expect(after(picker({ query: 'nan' }), 'down', 'down').cursor).toBe(0);
  });

  it('picks several with Space, unpicks with Space again, and keeps them while the filter changes', () => {
    let p = after(picker(), 'toggle', 'down', 'down', 'toggle');
    expect(p.picked).toEqual(['guangxi', 'liangqing']);
    p = typeIntoPicker(p, 'yang');
    expect(p.cursor).toBe(0);
    expect(ids(rowsOf(p))).toEqual(['yangzhou']);
    p = after(p, 'toggle');
    expect(p.picked).toEqual(['guangxi', 'liangqing', 'yangzhou']);
    expect(after(p, 'toggle').picked).toEqual(['guangxi', 'liangqing']);
    expect(pick(p, 'choose', 2)).toEqual({ chosen: ['guangxi', 'liangqing', 'yangzhou'] });
  });

  it('takes one where it picks one: Space picks in place of the one before', () => {
    const p = after(picker({ several: false }), 'toggle', 'down', 'toggle');
    expect(p.picked).toEqual(['nanning']);
    expect(after(p, 'toggle').picked).toEqual([]);
  });

  it('applies the row under the cursor with nothing picked, and waits where no row is left', () => {
    expect(pick(after(picker(), 'down'), 'choose', 2)).toEqual({ chosen: ['nanning'] });
    const none = typeIntoPicker(picker(), 'xyz');
    expect(pick(none, 'choose', 2)).toEqual({ picker: none });
    expect(pick(none, 'toggle', 2)).toEqual({ picker: none });
  });

  it('cancels with Esc, and with Backspace once nothing is typed', () => {
    expect(pick(picker({ picked: ['nanning'] }), 'close', 2)).toEqual({ cancelled: true });
    expect(pick(picker(), 'deleteChar', 2)).toEqual({ cancelled: true });
    expect(after(picker({ query: '南宁', cursor: 0 }), 'deleteChar').query).toBe('南');
    expect(after(picker({ query: 'nan ning' }), 'deleteWord').query).toBe('nan ');
    expect(after(picker({ query: 'nan', cursor: 0 }), 'clearQuery').query).toBe('');
  });

  it('keeps a filter no longer than a name, whatever is pasted', () => {
    expect(typeIntoPicker(picker(), 'n'.repeat(5000)).query).toHaveLength(PICKER_QUERY);
    expect(typeIntoPicker(picker(), 'a\nb').query).toBe('a b');
  });
});
