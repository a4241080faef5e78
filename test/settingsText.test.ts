import { describe, expect, it } from 'vitest';
import { settingsInText, withSetting } from '../src/commands/settingsText.js';

/** A settings file as a person keeps it: comments, a blank line, their own spacing and quoting, a key of their own. */
const KEPT = `# my settings
lang:   zh   # 中文, please

# the order I like
order: 'year'
colour:
  figures: [red,blue]
# the end
`;

describe('the settings in a text', () => {
  it('are the known keys, with the unknown ones and where each stands', () => {
    expect(settingsInText(KEPT, 'config.yaml')).toEqual({
      settings: { lang: 'zh', order: 'year' },
      unknown: [{ name: 'colour', line: 6, col: 1 }],
    });
  });

  it.each([
    ['', 'nothing'],
    ['\n\n', 'blank lines'],
    ['# lang: zh\n', 'comments only'],
  ])('are none in a text of %s', (text) => {
    expect(settingsInText(text, 'config.yaml')).toEqual({ settings: {}, unknown: [] });
  });

  it.each([
    ['lang: en\norder: sideways\n', 2, 8, /^order: Invalid option/u],
    ['lang: en\nscript: [simplified]\n', 2, 9, /^script: /u],
    ['lang:\n', 1, 6, /^lang: /u],
    ['lang: en\nlang: zh\n', 2, 1, /^YAML: .*unique/u],
    ['lang: en\nlang: zh\nscript: "simplified\n', 2, 1, /^YAML: .*unique/u],
    ['lang: en\n\tscript: simplified\n', 2, 1, /^YAML: tabs cannot indent YAML/u],
    ['- lang: zh\n', 1, 1, /is not a list of settings: write one "name: value" a line/u],
    ['zh\n', 1, 1, /is not a list of settings/u],
  ])('cannot be read from %j, said at its line and column', (text, line, col, message) => {
    const read = settingsInText(text, 'config.yaml');
    expect(read).toMatchObject({ problem: { file: 'config.yaml', line, col } });
    expect('problem' in read && read.problem.message).toMatch(message);
  });
});

describe('a setting set in a text', () => {
  it('replaces its value where it stands, every other byte kept', () => {
    expect(withSetting(KEPT, 'lang', 'en')).toBe(KEPT.replace('lang:   zh   #', 'lang:   en   #'));
    expect(withSetting(KEPT, 'order', '-value')).toBe(KEPT.replace("order: 'year'", 'order: -value'));
  });

  it('is a new line after the last key when it is not there', () => {
    expect(withSetting(KEPT, 'script', 'simplified')).toBe(
      KEPT.replace('  figures: [red,blue]\n', '  figures: [red,blue]\nscript: simplified\n'),
    );
    expect(withSetting('lang: zh', 'order', 'kind')).toBe('lang: zh\norder: kind\n');
  });

  it('is the one line in a text of nothing, and follows the comments of one of comments only', () => {
    expect(withSetting('', 'lang', 'zh')).toBe('lang: zh\n');
    expect(withSetting('# mine', 'lang', 'zh')).toBe('# mine\nlang: zh\n');
  });

  it('goes inside a one-line { } map', () => {
    expect(withSetting('{lang: en}\n', 'order', 'year')).toBe('{lang: en, order: year}\n');
    expect(withSetting('{lang: en}\n', 'lang', 'zh')).toBe('{lang: zh}\n');
    expect(withSetting('{}\n', 'lang', 'zh')).toBe('{ lang: zh }\n');
  });
});

describe('the columns setting', () => {
  it('reads the columns named with commas, and says which names it takes', () => {
    expect(settingsInText('columns: place,value, year\n', 'config.yaml')).toEqual({
      settings: { columns: 'place,value, year' },
      unknown: [],
    });
    const read = settingsInText('columns: place,colour\n', 'config.yaml');
    expect('problem' in read && read.problem.message).toMatch(/^columns: name columns among mark, place, metric/u);
  });

  it('is set on its own line, every other byte kept', () => {
    expect(withSetting('lang: zh\n', 'columns', 'place,value')).toBe('lang: zh\ncolumns: "place,value"\n');
    const set = withSetting('{lang: en}\n', 'columns', 'place,value');
    expect(settingsInText(set, 'config.yaml')).toMatchObject({ settings: { lang: 'en', columns: 'place,value' } });
  });
});
