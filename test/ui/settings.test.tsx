import { afterEach, describe, expect, it } from 'vitest';
import type { SavedSettings } from '../../src/ui/state.js';
import { explorer } from './drive.js';

let app: Awaited<ReturnType<typeof explorer>> | undefined;
afterEach(() => app?.unmount());

describe('settings in the explorer', () => {
  it('starts in the saved order and script, and saves each change of them, and only what changed', async () => {
    const saved: Partial<SavedSettings>[] = [];
    app = await explorer(120, 40, 'en', undefined, {
      settings: { order: '-year', script: 'simplified' },
      saveSettings: (s) => void saved.push(s),
    });
    await app.press('2');
    await app.waitFor('order: year, reversed');
    await app.waitFor('script: simplified');
    expect(saved).toEqual([]);
    await app.pressFor('O', 'order: year   ');
    await app.pressFor('o', 'order: kind');
    await app.pressFor('L', '排序：类型');
    expect(saved).toEqual([{ order: 'year' }, { order: 'kind' }, { lang: 'zh' }]);
    // Moving changes no setting: nothing is saved.
    await app.press('j');
    expect(saved).toHaveLength(3);
  });

  it('shows why the settings could not be saved, and goes on', async () => {
    app = await explorer(120, 40, 'en', undefined, {
      saveSettings: () => {
        throw new Error('EACCES: permission denied');
      },
    });
    await app.press('2');
    await app.pressFor('o', 'settings not saved: EACCES: permission denied');
    // The notice stands in the status bar's first line until the next key.
    await app.pressFor('j', 'order: year');
  });
});
