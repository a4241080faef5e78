import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli.js';
import { configDir } from '../src/platform/xdg.js';
import { readSettings, saveSettings, SettingsFileBroken, settingsPath } from '../src/commands/settings.js';
import { temporaryFolder } from './helpers.js';

/**
 * What happens just before the settings file is replaced: another explorer writing it in the
 * moment between the save's read and its rename, or the folder refusing the temporary file as
 * a folder without write permission does (the tests may run as root, whom chmod does not stop).
 */
const beforeReplace = vi.hoisted(() => ({ run: undefined as (() => void) | undefined }));
vi.mock('../src/platform/files.js', async (importOriginal) => {
  const files = await importOriginal<typeof import('../src/platform/files.js')>();
  return {
    ...files,
    replaceFile: (...args: Parameters<typeof files.replaceFile>) => {
      beforeReplace.run?.();
      return files.replaceFile(...args);
    },
  };
});
afterEach(() => {
  beforeReplace.run = undefined;
});

/** A fresh $XDG_CONFIG_HOME, with config.yaml holding `content` when given. */
function config(content?: string | Buffer): NodeJS.ProcessEnv {
  const env = { XDG_CONFIG_HOME: temporaryFolder('pe-config-'), TERM: 'xterm' };
  if (content !== undefined) {
    mkdirSync(configDir(env)!);
    writeFileSync(settingsPath(env)!, content);
  }
  return env;
}
const bytes = (env: NodeJS.ProcessEnv) => readFileSync(settingsPath(env)!);
const text = (env: NodeJS.ProcessEnv) => readFileSync(settingsPath(env)!, 'utf8');

/** A settings file as a person keeps it: comments, a blank line, their own spacing and quoting, keys of their own. */
const KEPT = `# my settings
lang:   zh   # 中文, please

# the order I like
order: 'year'
colour: red
editor:
  tabs: [2,4]
# the end
`;

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

  it.each([[''], ['\n'], ['# nothing yet\n']])('holds no settings and no problem when it holds nothing (%j)', (content) => {
    expect(readSettings(config(content))).toEqual({ settings: {}, problem: null });
  });

  it('says where its first unknown key is, and how many more, and uses the settings it knows', () => {
    const { settings, problem } = readSettings(config(KEPT));
    expect(settings).toEqual({ lang: 'zh', order: 'year' });
    expect(problem).toMatch(
      /config\.yaml:6:1: unknown setting "colour" \(and 1 more\), kept in the file but not used \(the settings are lang, script, order, columns, clipboard\)$/u,
    );
    expect(problem!.split('\n')).toHaveLength(1);
  });

  it.each([
    ['order: sideways\n', ':1:8: order: '],
    ['lang: en\nlang: zh\n', ':2:1: YAML: Map keys must be unique'],
    ['- lang: zh\n', ':1:1: is not a list of settings'],
    [Buffer.concat([Buffer.from('lang: en\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]), ':2:6: is not valid UTF-8'],
  ])('reports a file it cannot read as settings in one line with its place, and uses none of it (%j)', (content, where) => {
    const { settings, problem } = readSettings(config(content));
    expect(settings).toEqual({});
    expect(problem).toContain(`config.yaml${where}`);
    expect(problem).toMatch(/\(settings not used\)$/u);
    expect(problem!.split('\n')).toHaveLength(1);
  });
});

describe('saving a setting', () => {
  it('changes that setting’s value on its own line and leaves every other byte', () => {
    const env = config(KEPT);
    saveSettings({ order: '-value' }, env);
    expect(text(env)).toBe(KEPT.replace("order: 'year'", 'order: -value'));
    saveSettings({ lang: 'en' }, env);
    expect(text(env)).toBe(KEPT.replace("order: 'year'", 'order: -value').replace('lang:   zh   #', 'lang:   en   #'));
  });

  it('adds a line for a setting not in the file, after its last key', () => {
    const env = config(KEPT);
    saveSettings({ script: 'simplified' }, env);
    expect(text(env)).toBe(KEPT.replace('  tabs: [2,4]\n', '  tabs: [2,4]\nscript: simplified\n'));
    expect(readSettings(env).settings).toEqual({ lang: 'zh', order: 'year', script: 'simplified' });
  });

  it('writes the one line into an empty file, and makes a missing one with a line saying what it is', () => {
    const empty = config('');
    saveSettings({ lang: 'zh' }, empty);
    expect(text(empty)).toBe('lang: zh\n');
    const none = config();
    saveSettings({ order: 'metric' }, none);
    expect(text(none)).toBe('# policy-explorer settings, saved by the explorer\norder: metric\n');
  });

  it('writes nothing when the file says so already', () => {
    const env = config('lang: zh\n');
    const before = statSync(settingsPath(env)!).ino;
    saveSettings({ lang: 'zh' }, env);
    // A rename would have put a new file, with a new inode, in its place.
    expect(statSync(settingsPath(env)!).ino).toBe(before);
  });

  it.each([
    ['a value a setting cannot take', 'lang: en\n# mine\norder: sideways\n', 3],
    ['YAML that does not parse', '# mine\nlang: en\nscript: [simplified\n', 4],
    ['not a mapping', '# mine\n- lang: en\n', 2],
    ['bytes that are not UTF-8', Buffer.concat([Buffer.from('lang: en\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]), 2],
  ])('never writes over a file of %s, and says which line to mend', (_, content, line) => {
    const env = config(content);
    const before = bytes(env);
    let thrown: unknown;
    try {
      saveSettings({ lang: 'zh' }, env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettingsFileBroken);
    expect((thrown as Error).message).toBe(`config.yaml line ${line} has a problem; mend it or remove it`);
    expect(bytes(env).equals(before)).toBe(true);
    expect(readdirSync(configDir(env)!)).toEqual(['config.yaml']);
  });

  it('keeps the file’s mode, its byte order mark, and a link to where the person keeps it', () => {
    const env = config();
    mkdirSync(configDir(env)!);
    const dotfiles = temporaryFolder('pe-dotfiles-');
    writeFileSync(join(dotfiles, 'explorer.yaml'), '\uFEFFlang: en\n');
    chmodSync(join(dotfiles, 'explorer.yaml'), 0o640);
    symlinkSync(join(dotfiles, 'explorer.yaml'), settingsPath(env)!);
    saveSettings({ lang: 'zh' }, env);
    expect(lstatSync(settingsPath(env)!).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dotfiles, 'explorer.yaml'), 'utf8')).toBe('\uFEFFlang: zh\n');
    expect(statSync(join(dotfiles, 'explorer.yaml')).mode & 0o777).toBe(0o640);
  });

  it('makes the change on what another explorer wrote after the save read the file, so both keep theirs', () => {
    const env = config('# mine\nlang: en\n');
    beforeReplace.run = () => {
      beforeReplace.run = undefined;
      writeFileSync(settingsPath(env)!, '# mine\nlang: en\norder: year\n');
    };
    saveSettings({ lang: 'zh' }, env);
    expect(text(env)).toBe('# mine\nlang: zh\norder: year\n');
    expect(readdirSync(configDir(env)!)).toEqual(['config.yaml']);
  });

  it('gives up, leaving what the others wrote, when the file keeps changing under it', () => {
    const env = config('lang: en\n');
    let writes = 0;
    beforeReplace.run = () => writeFileSync(settingsPath(env)!, `lang: en\n# written ${++writes} times\n`);
    expect(() => saveSettings({ lang: 'zh' }, env)).toThrow(
      /^config\.yaml kept changing while the settings were saved: change the setting again$/u,
    );
    expect(text(env)).toBe(`lang: en\n# written ${writes} times\n`);
  });

  it('says what to do when the config folder is a file', () => {
    const env = config();
    writeFileSync(configDir(env)!, '');
    expect(() => saveSettings({ lang: 'zh' }, env)).toThrow(
      /^\S+policy-explorer is not a folder: make it a folder you can write to, or set XDG_CONFIG_HOME to another$/u,
    );
  });

  it('says what to do when the config folder may not be written, and leaves the file', () => {
    const env = config('lang: en\n');
    beforeReplace.run = () => {
      throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', syscall: 'open' });
    };
    expect(() => saveSettings({ lang: 'zh' }, env)).toThrow(
      /policy-explorer cannot be written \(EACCES\): make it a folder you can write to/u,
    );
    expect(text(env)).toBe('lang: en\n');
  });

  it('passes on what a read-only file says to do', () => {
    const env = config('lang: en\n');
    chmodSync(settingsPath(env)!, 0o444);
    expect(() => saveSettings({ lang: 'zh' }, env)).toThrow(/config\.yaml is read-only \(mode 0444\): make it writable/u);
    expect(text(env)).toBe('lang: en\n');
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

  it('says once on stderr where an unknown key is, and uses the settings it knows', () => {
    const { outcome, err } = start([], config('lang: zh\ncolour: red\n'));
    expect(outcome).toMatchObject({ explore: { lang: 'zh', settingsProblem: expect.stringContaining('unknown setting "colour"') } });
    expect(err).toMatch(/^policy-explorer: .*config\.yaml:2:1: unknown setting "colour", kept in the file but not used .*\n$/u);
  });
});
