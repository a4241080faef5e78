import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataset, oneFolder } from '../../src/model/load.js';
import { App } from '../../src/ui/App.js';
import { ThemeContext } from '../../src/ui/components/theme.js';
import type { Lang } from '../../src/ui/strings.js';
import { pacedFolder } from '../pacedFolder.js';
import { drive } from './drive.js';

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => app?.unmount());

/** The explorer over the paced folder alone, at its first target's detail. */
async function atPacedTarget(lang: Lang = 'en') {
  const dir = pacedFolder();
  const loaded = loadDataset(oneFolder(dir, join(dir, 'seeds')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 2)));
  app = await drive(
    (size) => (
      <ThemeContext.Provider value={{ color: false }}>
        <App dataset={loaded.dataset} lang={lang} size={size} messageTimes={{ message: 3_600_000, notice: 3_600_000 }} />
      </ThemeContext.Provider>
    ),
    240,
    40,
  );
  await app.press('2');
  await app.pressUntil('j', lang === 'en' ? 'Figures › Nanning 2025 高新技术企业数量' : '数据 › 南宁 2025 高新技术企业数量', 10);
  return app;
}

describe('the pace in a target’s detail', () => {
  it('leads with the pace and the due year, and shows the straight line it is judged by', async () => {
    const app = await atPacedTarget();
    expect(app.frame()).toMatch(/progress\s+↗ on track · due 2025 · 1,729 家 \(2024\) · 96\.1% of the target · 71 家 to go/u);
    expect(app.frame()).toMatch(/on the line from 1,500 家 \(2023\) to 1,800 家 by 2025, 2024 needs 1,650 家/u);
    expect(app.frame()).toMatch(/starts from\s+1,500 家 \(2023\)/u);
    // The list marks each target with its pace: this one on track, the next with no line to judge by.
    expect(app.frame()).toMatch(/^↗ Nanning +高新技术企业数量 .* 1,800 家 2025/mu);
    expect(app.frame()).toMatch(/^… Nanning +新型研发机构数量 .* 40 家 2025/mu);
  });

  it('says so in Chinese', async () => {
    const app = await atPacedTarget('zh');
    expect(app.frame()).toMatch(/进展\s+↗ 进度达标 · 2025年到期 · 1,729 家（2024年）/u);
    expect(app.frame()).toContain('按2023年1,500 家至2025年1,800 家的直线进度，2024年应达 1,650 家');
  });

  it('says why a target without a baseline has no pace', async () => {
    const app = await atPacedTarget();
    await app.pressUntil('j', 'Figures › Nanning 2025 新型研发机构数量', 10);
    expect(app.frame()).toMatch(/progress\s+… pace unknown · due 2025 · 25 家 \(2024\)/u);
    expect(app.frame()).toContain('no baseline to draw the line from');
  });
});
