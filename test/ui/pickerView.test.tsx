import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PickerView } from '../../src/ui/modes/picker/view.js';
import type { Picker } from '../../src/ui/modes/picker/state.js';
import type { Lang } from '../../src/ui/strings.js';
import { displayWidth } from '../../src/ui/text/text.js';
import { selectedLines } from './frames.js';

const PLACES = ['广西', '南宁', '南宁高新区', '良庆', '江苏', '扬州'];

const picker = (change: Partial<Picker> = {}): Picker => ({
  title: '按地区筛选',
  choices: PLACES.map((name, i) => ({ id: `p${i}`, label: name, names: [name] })),
  query: '',
  cursor: 0,
  picked: [],
  several: true,
  ...change,
});

function draw(p: Picker, width = 40, height = 5, lang: Lang = 'zh') {
  const app = render(<PickerView picker={p} lang={lang} width={width} height={height} />);
  const frame = app.lastFrame()!;
  app.unmount();
  return { lines: stripVTControlCharacters(frame).split('\n'), selected: selectedLines(frame, 1) };
}

describe('the picker drawn', () => {
  it('marks what is picked, says how many and where the cursor stands, its row inverse', () => {
    const { lines, selected } = draw(picker({ cursor: 1, picked: ['p0', 'p3'] }), 60, 8);
    expect(lines[0]).toMatch(/^ 按地区筛选 {2}输入文字即可筛选.* 已选 2 项 {2}2\/6 *$/u);
    expect(lines.slice(1, 7).map((l) => l.trimEnd())).toEqual([
      '   [x] 广西',
      ' › [ ] 南宁',
      '   [ ] 南宁高新区',
      '   [x] 良庆',
      '   [ ] 江苏',
      '   [ ] 扬州',
    ]);
    expect(selected).toEqual(['› [ ] 南宁']);
  });

  it('shows the filter typed, and only the rows it leaves, scrolled to the cursor within the width', () => {
    const { lines, selected } = draw(picker({ query: '南寧', cursor: 1, several: false, picked: ['p2'] }), 40, 3);
    expect(lines[0]).toContain('/ 南寧▏');
    expect(lines[0]).toMatch(/2\/2 *$/u);
    expect(lines.slice(1, 3).map((l) => l.trim())).toEqual(['( ) 南宁', '› (*) 南宁高新区']);
    expect(selected).toEqual(['› (*) 南宁高新区']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('says so when nothing matches', () => {
    const { lines, selected } = draw(picker({ query: 'zzz' }), 40, 4, 'en');
    expect(lines[0]).toMatch(/0\/0 *$/u);
    expect(lines[1]).toContain('nothing matches this');
    expect(selected).toEqual([]);
  });
});
