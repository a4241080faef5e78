import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS } from '../../src/ui/keys/table.js';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** The list rows of the Figures pane: the lines between the column header and the status bar. */
function listRows(lines: string[]): string[] {
  const header = lines.findIndex((l) => /^\s*place\s+metric/u.test(l));
  return lines.slice(header + 1, -2).filter((l) => l.trim() !== '');
}

describe('the explorer', () => {
  it('opens on the documents and reads one', async () => {
    app = await explorer(120, 40);
    expect(app.frame()).toContain('1 Documents');
    expect(app.frame()).toContain('2024-10-31');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('10月31日,廣西舉行');
    expect(app.frame()).toContain('Documents › 廣西系列主題新聞發布會第三十場');
    const figures = app.dataset.documentById.get(app.dataset.documents[0]!.id)!.facts.length;
    expect(app.frame()).toContain(`${figures} figures (n)`);
    await app.press('n', 'n');
    expect(app.frame()).toMatch(new RegExp(`^figure 2/${figures}: `, 'mu'));
    await app.press(KEY.enter);
    expect(app.frame()).toContain('“近兩年全市119項科技成果獲廣西科學技術');
    await app.press(KEY.escape);
    expect(app.frame()).toMatch(new RegExp(`^figure 2/${figures}: `, 'mu'));
    expect(app.frame()).toMatch(/› Reader/u);
  });

  it('filters targets by place and kind', async () => {
    app = await explorer(90, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Yangzhou', 10);
    const rows = listRows(app.lines());
    expect(rows.length).toBe(app.dataset.facts.filter((f) => f.place === 'yangzhou').length);
    // The first column is a target's pace glyph.
    for (const row of rows) expect(row).toMatch(/^[✓✗↗▼?~≠… ] Yangzhou /u);
    await app.press('t');
    expect(app.frame()).toContain('kind: target');
    for (const row of listRows(app.lines())) expect(row).toMatch(/ target(\s|$)/u);
    await app.press('x');
    expect(app.frame()).toContain('filters: none');
  });

  it('compares a category across places and years', async () => {
    app = await explorer(160, 48);
    await app.press('3', 'j');
    const frame = app.frame();
    expect(frame).toContain('高新技术企业  high-tech enterprises');
    for (const text of [
      'Nanning',
      '1,800 家',
      '1,729 家',
      'Yangzhou',
      '> 2,000 家',
      '2,500 家',
      'Guangxi',
      '3,822 家',
      'Liangqing',
      '127 家',
    ]) {
      expect(frame).toContain(text);
    }
    const nanning2024 = app.lines().find((l) => l.includes('1,729 家'))!;
    expect(nanning2024).toMatch(/Nanning\s+2024/u);
  });

  it('jumps from a fact to a related fact in another place, and back', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.pressUntil('e', 'category: high-tech', 10);
    expect(app.frame()).toContain('Figures › Nanning 2023 高新技术企业数量');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('progress reported');
    // The first link is the progress reported on the target; the next, the same metric elsewhere.
    await app.press(KEY.down, KEY.down, KEY.enter);
    expect(app.frame()).toContain('Figures › Guangxi 2022 高新技術企業數量');
    expect(app.frame()).toContain('filters cleared');
    await app.press(KEY.escape);
    expect(app.frame()).toContain('Figures › Nanning 2023 高新技术企业数量');
    expect(app.frame()).toContain('place: Nanning');
    // Back once more leaves the detail for the list the walk started from.
    await app.press(KEY.backspace);
    expect(app.frame()).toMatch(/^Figures › Nanning 2023 高新技术企业数量 {3}order/mu);
  });

  it('shows every binding, its key beside its description, scrolling at 80×24; Esc closes it', async () => {
    app = await explorer(80, 24);
    await app.press('?');
    const rows = new Set<string>();
    const read = () =>
      app!.lines().forEach((line) =>
        rows.add(
          line
            .trim()
            .split(/\s{2,}/u)
            .join(' | '),
        ),
      );
    read();
    while (app.frame().includes('↓ more')) {
      await app.press(KEY.pageDown);
      read();
    }
    for (const b of BINDINGS) expect(rows, `help row for ${b.command}`).toContain(`${b.label} | ${b.description.en}`);
    await app.press(KEY.escape);
    expect(app.frame()).not.toContain('type to filter');
  });

  it('puts the help in two columns where both fit', async () => {
    app = await explorer(160, 50);
    await app.press('?');
    // Two key-and-description pairs side by side on one line.
    const cells = (l: string) => l.trim().split(/\s{2,}/u).length;
    expect(app.lines().some((l) => cells(l) === 4)).toBe(true);
  });

  it('shows one pane at a time below 100 columns, with the detail as its own screen', async () => {
    app = await explorer(80, 24);
    await app.press('2');
    expect(app.frame()).not.toContain('Detail');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('quote');
    expect(app.frame()).not.toMatch(/^place\s+metric/mu);
    for (const line of app.lines()) expect(line.length).toBeLessThanOrEqual(80);
    expect(app.lines().length).toBeLessThanOrEqual(23);
    // The key hints that fit, whole: the first says where the others are.
    const hints = app.lines().at(-1)!.split('filters: none')[1]!.trim();
    expect(hints).toMatch(/^\? keys {2}↓ select/u);
    expect(hints).not.toContain('…');
  });

  it('says the terminal is too small instead of drawing', async () => {
    app = await explorer(30, 8);
    expect(app.frame()).toContain('too small');
    expect(app.frame()).not.toContain('Documents');
  });

  it('switches the interface to Chinese and the script of the text', async () => {
    app = await explorer(120, 40);
    await app.press('L');
    expect(app.frame()).toContain('1 文件');
    expect(app.frame()).toContain('南宁市落实科技强桂行动实施方案');
    await app.press('s', 's');
    expect(app.frame()).toContain('南寧市落實科技強桂行動實施方案');
    await app.press('s');
    expect(app.frame()).toContain('南宁市落实科技强桂行动实施方案');
  });

  it('walks panes with Tab and Shift-Tab', async () => {
    app = await explorer(120, 40);
    await app.press(KEY.tab);
    expect(app.frame()).toMatch(/^Figures ›/mu);
    await app.press(KEY.tab);
    expect(app.frame()).toMatch(/^Categories ›/mu);
    await app.press(KEY.shiftTab, KEY.shiftTab);
    expect(app.frame()).toMatch(/^Documents ›/mu);
  });
});

describe('where a figure is stated', () => {
  it('Enter on a figure’s detail opens its document at the quote, figure selected', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    await app.pressUntil('p', 'place: Yangzhou', 10);
    await app.pressUntil('j', 'Yangzhou 2023 高新技術企業總數', 20);
    await app.press(KEY.enter, KEY.enter);
    expect(app.frame()).toMatch(/Reader/u);
    expect(app.frame()).toContain('figure 3/15: > 2,000 家 number of high-tech enterprises (total)  ·  line');
    expect(app.frame()).toContain('揚州全市科技創新工作會議');
    await app.press(KEY.escape);
    expect(app.frame()).toMatch(/Yangzhou 2023 高新技術企業總數 › Detail/u);
  });

  it('counts what the list shows against the whole dataset', async () => {
    app = await explorer(120, 40);
    await app.press('2');
    expect(app.frame()).toContain(`${app.dataset.facts.length}/${app.dataset.facts.length} figures`);
    await app.press('t');
    const targets = app.dataset.facts.filter((f) => f.kind === 'target').length;
    expect(app.frame()).toContain(`${targets}/${app.dataset.facts.length} figures`);
  });

  it('e in Categories filters the targets by the category you are on', async () => {
    app = await explorer(120, 40);
    await app.press('3', 'j', 'j', 'e');
    expect(app.frame()).toContain('category: gazelle enterprises');
    expect(app.frame()).toContain(`4/${app.dataset.facts.length} figures`);
  });

  it('ignores keys while the terminal is too small, and draws the unchanged screen once it is bigger', async () => {
    app = await explorer(30, 8);
    await app.sendQuietly('2', KEY.enter, 'L');
    await app.resize(120, 40, 'Documents');
    expect(app.frame()).toMatch(/^Documents › /mu);
    expect(app.frame()).not.toContain('Reader');
    expect(app.selected()[0]).toContain('2024-10-31');
  });
});

describe('typing ahead', () => {
  it('takes keys that arrive together one by one', async () => {
    app = await explorer(120, 40);
    await app.press('3j');
    expect(app.frame()).toMatch(/^Categories › high-tech enterprises/mu);
    await app.press('/1729');
    expect(app.frame()).toContain('/ 1729▏');
  });
});
