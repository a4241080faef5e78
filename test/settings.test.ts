import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { configDir } from '../src/platform/xdg.js';
import { readSettings, settingsPath, writeSettings } from '../src/settings.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh $XDG_CONFIG_HOME, with config.yaml holding `text` when given. */
function config(text?: string): NodeJS.ProcessEnv {
  const base = mkdtempSync(join(tmpdir(), 'pe-config-'));
  made.push(base);
  const env = { XDG_CONFIG_HOME: base, TERM: 'xterm' };
  if (text !== undefined) {
    mkdirSync(join(base, 'policy-explorer'));
    writeFileSync(settingsPath(env)!, text);
  }
  return env;
}

describe('the settings file', () => {
  it('lives under $XDG_CONFIG_HOME, else ~/.config, and ignores a relative $XDG_CONFIG_HOME', () => {
    expect(configDir({ XDG_CONFIG_HOME: '/x', HOME: '/h' })).toBe('/x/policy-explorer');
    expect(configDir({ XDG_CONFIG_HOME: 'rel', HOME: '/h' })).toBe('/h/.config/policy-explorer');
    expect(configDir({})).toBeUndefined();
  });

  it('is optional: no file, no settings and no problem', () => {
    expect(readSettings(config())).toEqual({ settings: {}, problem: null });
  });

  it('is read when valid', () => {
    const env = config('lang: zh\nscript: traditional\norder: -value\nclipboard: osc52\n');
    expect(readSettings(env)).toEqual({
      settings: { lang: 'zh', script: 'traditional', order: '-value', clipboard: 'osc52' },
      problem: null,
    });
  });

  it.each([
    ['order: sideways\n', ':1:8: order: '],
    ['lang: en\ncolour: red\n', ':2:1: colour: unknown key "colour"'],
    ['lang: [\n', ':'],
  ])('reports a bad file in one line with its place, and uses none of it (%j)', (text, where) => {
    const { settings, problem } = readSettings(config(text));
    expect(settings).toEqual({});
    expect(problem).toContain(`config.yaml${where}`);
    expect(problem).toMatch(/\(settings not used\)$/u);
    expect(problem!.split('\n')).toHaveLength(1);
  });

  it('is written whole, makes its folder, and reads back', () => {
    const env = config();
    writeSettings({ lang: 'en', script: 'simplified', order: 'metric' }, env);
    expect(readFileSync(settingsPath(env)!, 'utf8')).toContain('order: metric');
    expect(readSettings(env).settings).toEqual({ lang: 'en', script: 'simplified', order: 'metric' });
  });

  it('throws a reason, for the explorer to show, when the folder cannot be written', () => {
    // A file where the folder should be: unwritable even for root, unlike a read-only mode.
    const env = config();
    writeFileSync(join(env.XDG_CONFIG_HOME!, 'policy-explorer'), '');
    expect(() => writeSettings({ lang: 'zh' }, env)).toThrow(/EEXIST|ENOTDIR/u);
  });
});

describe('the explorer start', () => {
  const start = (args: string[], env: NodeJS.ProcessEnv) => {
    let err = '';
    const outcome = run(args, { out: () => undefined, err: (t) => (err += t), stdin: { isTTY: true }, stdout: { isTTY: true }, env });
    return { outcome, err };
  };

  it('takes the file’s settings, with the command-line flags winning', () => {
    const env = config('lang: zh\nclipboard: off\norder: year\n');
    expect(start([], env).outcome).toMatchObject({ explore: { lang: 'zh', clipboard: 'off', settings: { order: 'year' } } });
    expect(start(['--lang', 'en', '--clipboard', 'osc52'], env).outcome).toMatchObject({ explore: { lang: 'en', clipboard: 'osc52' } });
  });

  it('says on stderr, in one line, why a bad file is not used, and starts anyway', () => {
    const { outcome, err } = start([], config('lang: fr\n'));
    expect(outcome).toMatchObject({ explore: { lang: 'en', settings: {} } });
    expect(err).toMatch(/^policy-explorer: .*config\.yaml:1:7: lang: .* \(settings not used\)\n$/u);
  });
});
