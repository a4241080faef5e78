import { afterEach, describe, expect, it } from 'vitest';
import { explorer, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

/** The status bar's two lines. */
const status = () => app!.lines().slice(-2);

describe('the Chinese interface', () => {
  it('writes the status bar as Chinese does: full-width colons and brackets, and how far back Esc goes', async () => {
    app = await explorer(120, 40, 'zh');
    await app.press('2', 'p');
    const [where, filters] = status();
    expect(where).toMatch(/排序：地区 {3}简繁：按原文/u);
    expect(filters).toContain('142 条数据  地区：广西（含下辖地区）   ? 按键');
    await app.press('j', KEY.enter);
    expect(status()[0]).toMatch(/ › 详情（按 Esc 可返回 1 步）/u);
    for (const line of status()) expect(line).not.toMatch(/[\u4e00-\u9fff]: |\(\d+ 可返回\)/u);
  });

  it('marks what the data says only in English', async () => {
    app = await explorer(120, 40, 'zh');
    await app.press('2', 'j', KEY.enter);
    expect(app.frame()).toMatch(/备注 +（英文）The same amount is restated/u);
    await app.press('3', 'j');
    expect(app.frame()).toContain('（英文）Firms certified under the national High');
    // A count's column is headed as one, not with a measure word.
    expect(app.lines()[1]).toMatch(/^类别 +数据条数 /u);
  });

  it('says where the reader is as Chinese does', async () => {
    app = await explorer(80, 24, 'zh');
    await app.press(KEY.enter);
    expect(app.lines()[1]).toMatch(/^文中 \d+ 条数据（按 n 逐条查看） {2}· {2}第 \d+\/\d+ 行/u);
    await app.press('n');
    expect(app.lines()[1]).toMatch(/^数据 1\/\d+：.* {2}· {2}第 \d+\/\d+ 行/u);
  });
});

describe('Chinese text as written, in one script, with no English left', () => {
  /** The Figures list at Nanning's 2023 target for high-tech enterprises, in the Chinese interface. */
  async function atNanningTarget() {
    app = await explorer(120, 40, 'zh');
    await app.press('2');
    await app.pressUntil('p', '地区：南宁', 10);
    await app.pressUntil('j', '南宁 2023 高新技术企业数量', 40);
  }

  it('shows a metric as its document writes it, or in the display script chosen', async () => {
    await atNanningTarget();
    // As written: the plan is simplified, the 2024 press conference and Guangxi's reply traditional.
    expect(app!.selected()[0]).toMatch(/^✗ 南宁\s+高新技术企业数量\s+1,800 家/u);
    expect(app!.frame()).toMatch(/南宁 +2024 +1,729 家 高新技術企業數量/u);
    expect(app!.frame()).toMatch(/广西 +2022 +3,822 家 高新技術企業數量/u);
    await app!.pressUntil('s', '简繁：简体', 3);
    expect(app!.selected()[0]).toMatch(/^✗ 南宁\s+高新技术企业数量\s+1,800 家/u);
    expect(app!.frame()).toMatch(/南宁 +2024 +1,729 家 高新技术企业数量/u);
    expect(app!.frame()).toMatch(/广西 +2022 +3,822 家 高新技术企业数量/u);
    expect(app!.frame()).not.toMatch(/高新技術企業/u);
  });

  it('names a measure and a unit family in Chinese, in the detail and the comparison', async () => {
    await atNanningTarget();
    expect(app!.frame()).toMatch(/指标 +高新技术企业 · 存量/u);
    await app!.press('4');
    expect(app!.frame()).toMatch(/单位类别 +百分比/u);
    await app!.pressUntil('j', '对比 › 高新技术企业', 10);
    expect(app!.frame()).toMatch(/单位类别 +数量/u);
    expect(app!.frame()).toContain('≠ 与其他数据不可比（存量，数量）');
    for (const line of app!.lines().filter((l) => /单位类别|≠|指标 /u.test(l)))
      expect(line).not.toMatch(/\b(stock|count|new|cumulative|growth|share|cap|money|percent)\b/u);
  });

  it('writes a progress year in full-width brackets, keeps （日期不详） whole and calls a reported figure 实际值', async () => {
    await atNanningTarget();
    // The due year now goes first, so the report's year wraps to the next line at 120 columns.
    expect(app!.frame()).toMatch(/进展 +✗ 到期未达成 · 2023年到期 · 1,729 家\n.* +（2024年） · 完成率/u);
    expect(app!.frame()).toMatch(/（日期不详）/u);
    expect(app!.frame()).toMatch(/\d{4}\*? +实际值/u);
    expect(app!.frame()).not.toMatch(/实绩|\(\d{4}\)/u);
  });

  it('names places and kinds in Chinese in search results and the related list', async () => {
    app = await explorer(120, 40, 'zh');
    await app.press('/', '瞪', '羚');
    await app.waitFor('瞪羚企業數量');
    expect(app.frame()).toContain('广西 · 瞪羚企業數量 · 169 家 · 2022年实际值');
    expect(app.frame()).not.toMatch(/Guangxi|reported|target/u);
    app.unmount();
    await atNanningTarget();
    await app!.press('r');
    expect(app!.frame()).toMatch(/与此相关：南宁 2023 高新技术企业数量/u);
    expect(app!.frame()).toContain('广西 · 高新技術企業數量 · 3,822 家 · 2022年实际值');
    expect(app!.frame()).not.toMatch(/Guangxi|Nanning|reported|target/u);
  });

  it('offers to copy the list as a table in plain Chinese', async () => {
    app = await explorer(120, 40, 'zh');
    await app.press('2', 'C');
    expect(app.frame()).toContain(`复制表格（${app.dataset.facts.length} 项数据）`);
    expect(app.frame()).not.toContain('复制 含');
  });
});
