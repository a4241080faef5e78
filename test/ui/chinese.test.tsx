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
    expect(filters).toContain('142 条数据  筛选 地区：广西（含下辖地区）   ? 按键');
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
