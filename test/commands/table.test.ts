import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { defineCommand } from '../../src/commands/declaration.js';
import { GLOBAL_OPTIONS } from '../../src/commands/globalOptions.js';
import { allOptions, COMMANDS, EXPLORER, optionsOf } from '../../src/commands/table.js';

const ALL = [EXPLORER, ...COMMANDS];

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: { isTTY: false }, stdout: { isTTY: false } });
  return { code, out, err };
}

describe('the command table', () => {
  it('names each command once, and no command "explorer" can be typed', () => {
    const names = ALL.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(COMMANDS).not.toContain(EXPLORER);
    expect(cli('explorer').err).toMatch(/^policy-explorer: unknown command "explorer"/u);
  });

  it("writes in each synopsis the command's own options, and no option it does not take", () => {
    for (const command of ALL) {
      const written = [...command.synopsis.matchAll(/--([\w-]+)/gu)].map((m) => m[1]!);
      for (const name of Object.keys(command.options)) expect(written, `${command.name} --${name}`).toContain(name);
      for (const name of written) expect([...optionsOf(command).keys()], `${command.name} --${name}`).toContain(name);
    }
  });

  it('names real commands in every global option', () => {
    for (const [name, option] of Object.entries(GLOBAL_OPTIONS)) {
      for (const command of 'appliesTo' in option ? option.appliesTo : [])
        expect(
          ALL.map((c) => c.name),
          `--${name}`,
        ).toContain(command);
    }
  });

  it('gives each command what the help and the README need, each summary one line of the help', () => {
    for (const command of ALL) {
      expect(command.summary.length, command.name).toBeLessThanOrEqual(100 - 6);
      expect(command.summary, command.name).not.toContain('\n');
      expect(command.readme.does, command.name).not.toBe('');
      expect(command.readme.exits, command.name).toMatch(/^0/u);
    }
  });

  it('reads the words by every option any command declares, each written one way', () => {
    const options = allOptions();
    expect(options.format).toEqual({ type: 'string', short: 'f' });
    expect(options.data).toEqual({ type: 'string', multiple: true });
    expect(options.help).toEqual({ type: 'boolean', short: 'h' });
    for (const command of ALL) for (const name of optionsOf(command).keys()) expect(options, name).toHaveProperty([name]);
  });

  it('refuses an option two commands declare in different ways', () => {
    const other = defineCommand({
      name: 'other',
      synopsis: '[--format F]',
      summary: 'a command whose --format is a list',
      options: { format: { type: 'string', value: 'F', multiple: true, description: 'formats' } },
      readme: { does: 'nothing', exits: '0' },
      run: () => 0,
    });
    expect(() => allOptions([...ALL, other])).toThrow(/--format is declared as .* and, by other, as/u);
  });
});

describe('an unknown option', () => {
  it('is refused with the options of the command it was given to, in one line', () => {
    expect(cli('export', '--colour')).toEqual({
      code: 2,
      out: '',
      err: 'policy-explorer: Unknown option \'--colour\' (export takes --format, --output, --bom, --place, --indicator, --year, --kind, --data, --seeds, --include-proposed, --no-cache). See "policy-explorer --help".\n',
    });
    expect(cli('review', 'dir', '--colour=red').err).toMatch(
      /^policy-explorer: Unknown option '--colour' \(review takes --json, --order, --accept, /u,
    );
    expect(cli('--colour').err).toMatch(
      /^policy-explorer: Unknown option '--colour' \(the explorer takes --lang, --clipboard, --data, --seeds, --include-proposed, --no-cache\)\. See/u,
    );
  });

  it('given with a word that names no command, is refused as it is', () => {
    expect(cli('frobnicate', '--colour').err).toBe('policy-explorer: Unknown option \'--colour\'. See "policy-explorer --help".\n');
  });
});

describe("a value not among an option's choices", () => {
  it.each([
    [['export', '--kind', 'plan'], 'unknown kind "plan" (use target, reported)'],
    [['compare', 'high-tech', '-f', 'yaml'], 'unknown format "yaml" (use md, tsv, csv, json, xlsx)'],
    [['search', 'x', '--type', 'fact,city'], 'unknown type "city" (use fact, document, category, place)'],
    [['show', 'x', '--lang', 'fr'], 'unknown language "fr" (use en or zh)'],
  ])('%j is refused before the dataset is read', (args, message) => {
    // A folder that is not there: reading it would be exit 1, so exit 2 shows the check came first.
    expect(cli(...args, '--data', '/nonexistent/policy-explorer-data')).toEqual({
      code: 2,
      out: '',
      err: `policy-explorer: ${message}. See "policy-explorer --help".\n`,
    });
  });

  it('is refused on a terminal too, where review opens its screen rather than listing', () => {
    let err = '';
    const terminal = {
      out: () => undefined,
      err: (t: string) => (err += t),
      stdin: { isTTY: true },
      stdout: { isTTY: true },
      env: { XDG_CONFIG_HOME: '/nonexistent/policy-explorer-config' },
    };
    expect(run(['review', 'dir', '--order', 'random'], terminal)).toBe(2);
    expect(err).toBe('policy-explorer: --order takes confidence or text, not "random". See "policy-explorer --help".\n');
    expect(run(['review', 'dir', '--order', 'text'], terminal)).toEqual({ review: { dir: 'dir', order: 'text', lang: 'en' } });
  });
});
