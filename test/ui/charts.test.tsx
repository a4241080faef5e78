import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filterFacts, NO_FILTER } from '../../src/model/queries.js';
import { explorer, KEY } from './drive.js';

/** Bars in the Compare pane's detail, and the progress screen (`%`): at 80 columns, without colour, in ASCII. */

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The lines of the frame that draw a bar, in either set of glyphs. */
const barLines = (frame: string, glyphs = /[█▌▐░┄┊]/u) => frame.split('\n').filter((l) => glyphs.test(l));
// An SGR sequence that sets a colour (30–37, 90–97, 38;…), as against bold, dim or inverse.
const COLOUR = /\u001B\[(3[0-8]|9[0-7])[;m]/u;

async function compare(indicator: string, columns: number, rows: number, theme?: { color: boolean; ascii?: boolean }) {
  app = await explorer(columns, rows, 'en', undefined, theme ? { theme } : {});
  await app.press('4');
  await app.pressUntil('j', `Compare › ${indicator}`, 30);
  if (columns < 100) await app.press(KEY.enter);
  return app;
}

describe('the Compare pane draws its comparable figures as bars', () => {
  it('at 80×24, R&D intensity: a bar a figure with its number, the target shaded, the table still below', async () => {
    const app = await compare('R&D intensity', 80, 24);
    const bars = barLines(app.frame());
    expect(bars).toHaveLength(3);
    expect(bars[0]).toMatch(/^Nanning\s+2023\s+░{40,}\s+1\.94%$/u);
    // The largest figure of the series takes the whole bar: 80 columns less the labels and the number.
    expect(bars[1]).toMatch(/^Yangzhou\s+2023\*\s+█{50,}\s2\.48%$/u);
    expect(bars[2]).toContain('█ reported  ░ target  ┊ the place');
    expect(app.frame()).toContain('figures by place and year');
    expect(app.lines().every((l) => l.length <= 80)).toBe(true);
  });

  it('high-tech enterprises: the target marked on its place’s bar, a bound drawn as one, the odd ones out with no bar', async () => {
    const app = await compare('high-tech enterprises', 120, 40);
    const bars = barLines(app.frame());
    const nanning = bars.find((l) => l.includes('1,729 家'))!;
    // 1,729 reported against the 1,800 target: the bar stops just short of the target's mark.
    expect(nanning).toMatch(/█+▌? ?┊\s+1,729 家/u);
    expect(bars.find((l) => l.includes('1,800 家'))).toMatch(/Nanning\s+2023\s+░+\s+1,800 家/u);
    // "more than 2,000": solid to 2,000, and open beyond it; the qualifier in the number.
    expect(bars.find((l) => l.includes('2,000 家'))).toMatch(/█+→.*> 2,000 家/u);
    expect(bars.find((l) => l.includes('3,822 家'))).toMatch(/Guangxi\s+2022\s+█+\s+3,822 家/u);
    // The new enterprises and the growth rate are another measure: rows of the table, marked ≠, with no bar.
    for (const odd of ['1,373 家', '799 家', '15.36%']) expect(bars.some((l) => l.includes(odd))).toBe(false);
    expect(app.frame()).toMatch(/≠1,373 家/u);
  });

  it('without colour the bars are block characters, and in ASCII # = | with no block glyph', async () => {
    let shown = await compare('high-tech enterprises', 120, 40, { color: true });
    expect(shown.raw()).toMatch(COLOUR);
    shown.unmount();
    shown = await compare('high-tech enterprises', 120, 40, { color: false });
    expect(shown.raw()).not.toMatch(COLOUR);
    expect(barLines(shown.frame()).find((l) => l.includes('1,729 家'))).toMatch(/█{5,}/u);
    shown.unmount();
    shown = await compare('high-tech enterprises', 120, 40, { color: false, ascii: true });
    expect(barLines(shown.frame())).toEqual([]);
    const ascii = barLines(shown.frame(), /#{3,}|={3,}/u);
    expect(ascii.find((l) => l.includes('1,729 家'))).toMatch(/#+ ?\|\s+1,729 家/u);
    expect(ascii.find((l) => l.includes('1,800 家'))).toMatch(/=+\s+1,800 家/u);
    expect(ascii.find((l) => l.includes('2,000 家'))).toMatch(/#+>.*> 2,000 家/u);
  });
});

describe('the progress screen', () => {
  const targetsOf = (place: string | null) =>
    filterFacts(app!.dataset, { ...NO_FILTER, places: place === null ? [] : [place] }, 'place').filter((f) => f.kind === 'target');

  it('at 80×24, % lists the targets in view, each with a bar toward its goal or the reason in words', async () => {
    app = await explorer(80, 24);
    await app.press('2');
    await app.pressUntil('p', 'place: Nanning', 10);
    await app.press('%');
    expect(app.frame()).toMatch(/^Figures › .* › Progress/mu);
    expect(app.frame()).toContain(`1 of ${targetsOf('nanning').length}`);
    const lines = app.lines();
    const at = lines.findIndex((l) => /✗ behind · missed\s+Nanning\s+due 2023 高新技术企业数量/u.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}█{30,}▌?┊ +96\.1% 1,729 家 \(2024\) of 1,800 家/u);
    expect(app.frame()).toMatch(/\? no report yet\s+Nanning\s+due 2023 全社会研究与试验发展/u);
    expect(app.frame()).toContain('target 1.94% · nothing reported against it');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    // Enter opens the target the cursor is on.
    await app.pressUntil('j', '› ✗ behind', 10);
    await app.press(KEY.enter);
    await app.waitFor(/Figures › Nanning 2023 高新技术企业数量/u);
  });

  it('keeps the screen as the filters change, and x shows every target again', async () => {
    app = await explorer(80, 24);
    await app.press('2', '%');
    await app.waitFor(`1 of ${targetsOf(null).length}`);
    await app.pressUntil('p', 'place: Yangzhou', 10);
    expect(app.frame()).toMatch(/› Progress/u);
    expect(app.frame()).toContain(`1 of ${targetsOf('yangzhou').length}`);
    expect(app.frame()).not.toMatch(/Nanning\s+due/u);
    await app.press('x');
    await app.waitFor(`1 of ${targetsOf(null).length}`);
    expect(app.frame()).toMatch(/› Progress/u);
  });

  it('opens from the palette, and draws in ASCII where asked', async () => {
    app = await explorer(80, 24, 'en', undefined, { theme: { color: false, ascii: true } });
    await app.press('2', ':');
    await app.sendQuietly(...'progress of');
    await app.waitFor(': progress of▏');
    await app.press(KEY.enter);
    await app.waitFor(/› Progress/u);
    await app.pressUntil('j', '✗ behind', 40);
    expect(app.frame()).toMatch(/ {4}#{30,} ?\| +96\.1% 1,729 家/u);
    expect(app.frame()).not.toMatch(/[█▌┊]/u);
  });

  it('in Chinese, the status and the due year in its words', async () => {
    app = await explorer(120, 40, 'zh');
    await app.press('2');
    await app.pressUntil('p', '地区：南宁', 10);
    await app.press('%');
    expect(app.frame()).toMatch(/✗ 未达成 · 到期未达成\s+南宁\s+2023年到期 高新技术企业数量/u);
    expect(app.frame()).toMatch(/96\.1% 1,729 家（2024年），目标 1,800 家/u);
  });

  it('w saves the progress table of the targets in view', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pe-progress-'));
    try {
      app = await explorer(80, 24, 'en', undefined, { files: { folder, today: () => new Date(2026, 11, 7, 12) } });
      await app.press('2');
      await app.pressUntil('p', 'place: Yangzhou', 10);
      await app.press('%', 'w');
      const name = 'policy-explorer-progress-2026-12-07.csv';
      await app.waitFor(name);
      const targets = targetsOf('yangzhou');
      await app.pressFor(KEY.enter, `saved the progress of ${targets.length} targets`);
      // Trimmed after the mark: trim() takes a byte-order mark away too.
      const rows = readFileSync(join(folder, name), 'utf8').trimEnd().split(/\r?\n/u);
      expect(rows[0]).toMatch(/^\uFEFFid,.*,report_id,.*,baseline_id,.*,gap,reason,expected,pace_reason$/u);
      expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(targets.map((f) => f.id));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
