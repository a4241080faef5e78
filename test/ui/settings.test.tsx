import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { configDir } from '../../src/platform/xdg.js';
import { saveSettings, settingsPath } from '../../src/commands/settings.js';
import type { SavedSettings } from '../../src/ui/state/types.js';
import { temporaryFolder } from '../helpers.js';
import { explorer, KEY } from './drive.js';

/** A config folder of its own holding config.yaml with `content`, as the explorer's start would find it. */
function configWith(content: string): NodeJS.ProcessEnv {
  const env = { XDG_CONFIG_HOME: temporaryFolder('pe-config-') };
  mkdirSync(configDir(env)!);
  writeFileSync(settingsPath(env)!, content);
  return env;
}

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

  it('starts with the saved columns, and saves the columns chosen in the palette', async () => {
    const saved: Partial<SavedSettings>[] = [];
    app = await explorer(120, 40, 'en', undefined, {
      settings: { columns: 'place,metric,value' },
      saveSettings: (s) => void saved.push(s),
    });
    await app.press('2');
    await app.waitFor(/^place +metric +value {2}/mu);
    await app.press(':', 'columns');
    await app.waitFor(': columns▏');
    await app.press(KEY.enter);
    await app.waitFor('Columns of the Figures list');
    expect(app.frame()).toContain('3 picked');
    // The year added, the value taken away: the list draws the columns in its own order.
    await app.press('year', ' ', KEY.ctrlU, 'value', ' ', KEY.enter);
    await app.waitFor(/^place +metric +year {2}/mu);
    expect(saved).toEqual([{ columns: 'place,metric,year' }]);
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

  it('leaves a config.yaml it cannot read byte for byte as it was when L is pressed, and says on screen why', async () => {
    const broken = '# mine\nlang: en\norder: sideways   # wrong, but mine\ncolour: red\n';
    const env = configWith(broken);
    app = await explorer(120, 40, 'en', undefined, { saveSettings: (change) => saveSettings(change, env) });
    await app.pressFor('L', '设置未保存：config.yaml 第 3 行有误，请修改或删除它');
    await app.pressFor('L', 'settings not saved: config.yaml line 3 has a problem; mend it or remove it');
    expect(readFileSync(settingsPath(env)!, 'utf8')).toBe(broken);
    expect(readdirSync(configDir(env)!)).toEqual(['config.yaml']);
  });

  it('saves into the file once it is mended, changing only the setting’s line', async () => {
    const env = configWith('# mine\nlang: en\norder: sideways\n');
    app = await explorer(120, 40, 'en', undefined, { saveSettings: (change) => saveSettings(change, env) });
    await app.pressFor('L', '设置未保存');
    writeFileSync(settingsPath(env)!, '# mine\nlang: zh\norder: year   # mended\n');
    await app.press('L');
    expect(readFileSync(settingsPath(env)!, 'utf8')).toBe('# mine\nlang: en\norder: year   # mended\n');
  });
});
