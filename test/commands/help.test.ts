import { describe, expect, it } from 'vitest';
import { run, USAGE } from '../../src/cli.js';
import { COMMANDS, EXPLORER, optionsOf, type Command } from '../../src/commands/table.js';
import { GLOBAL_OPTIONS } from '../../src/commands/globalOptions.js';

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: { isTTY: false }, stdout: { isTTY: false } });
  return { code, out, err };
}

/** The options a help text lists, one a line in its option lists: "  -f, --format …" or "  --json …". */
function listedOptions(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gmu)].map((m) => m[1]!);
}

describe('a command with --help', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help and -h print its usage, what it does and its options', (name, command) => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = cli(name, flag);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toMatch(new RegExp(`^Usage: policy-explorer ${name} `, 'u'));
      expect(out).toContain(`\n\n${command.summary}\n`);
      // Its own options and the global ones it takes: only those, each once.
      expect(listedOptions(out)).toEqual([...optionsOf(command).keys()]);
    }
  });

  it('lists only the global options the command takes', () => {
    const validate = cli('validate', '--help').out;
    expect(listedOptions(validate)).toEqual(['data', 'seeds', 'no-cache', 'help', 'version']);
    expect(validate).not.toContain('--include-proposed');
    expect(validate).not.toContain('--lang');
    expect(listedOptions(cli('review', '--help').out).filter((name) => name in GLOBAL_OPTIONS)).toEqual(['lang', 'help', 'version']);
  });

  it('gives each option its description, and a choice its values', () => {
    const help = cli('export', '--help').out;
    expect(help).toMatch(/^ {2}-f, --format json\|csv\|yaml\|tsv\|md\|xlsx\n +json: the whole dataset/mu);
    expect(help).toMatch(/^ {2}--kind target\|reported +only the targets, or only the reported figures$/mu);
    expect(help).toMatch(/^ {2}--place ID +only the facts of this place/mu);
    expect(cli('search', '-h').out).toMatch(/^ {2}--type fact,document,category,place\n +only results of these types/mu);
  });

  it('comes before every check of the words: a missing id or a stray option still gets the help', () => {
    expect(cli('show', '--help')).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/^Usage: policy-explorer show ID /u) });
    expect(cli('export', '--lang', 'fr', '--help')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Usage: policy-explorer export /u),
    });
  });

  it('with no command, or a word that names none, is the general help', () => {
    expect(cli('--lang', 'zh', '--help').out).toBe(USAGE);
    expect(cli('frobnicate', '-h')).toEqual({ code: 0, out: USAGE, err: '' });
  });
});

describe('the general help', () => {
  const usageOf = (command: Command) => `policy-explorer${command === EXPLORER ? '' : ` ${command.name}`} `;

  it("lists every command's usage and what it does, and every global option", () => {
    for (const command of [EXPLORER, ...COMMANDS]) {
      expect(USAGE).toMatch(
        new RegExp(`^ {2}${usageOf(command)}.*\\n(?: {20,}.*\\n)* {6}${command.summary.replace(/[()|.*]/gu, '\\$&')}\\n`, 'mu'),
      );
    }
    expect(listedOptions(USAGE)).toEqual(Object.keys(GLOBAL_OPTIONS));
  });

  it('lays out every line it makes within 100 columns (the title is as written)', () => {
    for (const help of [USAGE, ...COMMANDS.map((c) => cli(c.name, '--help').out)]) {
      for (const line of help.split('\n').slice(help === USAGE ? 1 : 0)) expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });
});
