import type { OptionDeclaration } from './commands/declaration.js';
import { globalOptions } from './commands/globalOptions.js';
import { COMMANDS, EXPLORER, globalOptionsOf, optionLabel, typedAs, type Command } from './commands/table.js';

/**
 * The help --help prints, made from the command table: the general help lists every command's
 * usage and what it does; a command's own lists its options and the global ones it takes.
 */

/** The width help is laid out to: a terminal a little wider than 80 columns, as most are. */
const WIDTH = 100;

/**
 * Words filled into lines of WIDTH, the first after `first` and the rest after `next`. A
 * synopsis breaks only between its bracketed groups, so that "[--reject ID... [--why T]]"
 * stays whole.
 */
function fill(text: string, first: string, next: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const c of text) {
    if (c === ' ' && depth === 0) {
      words.push(word);
      word = '';
      continue;
    }
    if (c === '[') depth++;
    if (c === ']') depth--;
    word += c;
  }
  words.push(word);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = next;
      empty = true;
    }
    line += empty ? w : ` ${w}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A command's usage, `first` before it and its later lines lined up after its name. */
function usage(command: Command, first: string): string[] {
  return fill(`${typedAs(command)} ${command.synopsis}`, first, ' '.repeat(`${first}${typedAs(command)} `.length));
}

/** Where the descriptions of these options start: after the widest label, up to a limit. */
function descriptionColumn(options: readonly [string, OptionDeclaration][]): number {
  return Math.min(Math.max(...options.map(([name, option]) => `  ${optionLabel(name, option)}`.length)), 28) + 2;
}

/** Options in two columns; a label too wide for the first has its description on the lines below. */
function optionLines(options: readonly [string, OptionDeclaration][], column: number): string[] {
  const indent = ' '.repeat(column);
  return options.flatMap(([name, option]) => {
    const label = `  ${optionLabel(name, option)}`;
    if (label.length + 2 > column) return [label, ...fill(option.description, indent, indent)];
    return fill(option.description, label.padEnd(column), indent);
  });
}

/** The help of the command line as a whole. */
export function generalHelp(): string {
  const globals = globalOptions();
  const commands = [EXPLORER, ...COMMANDS].flatMap((command) => [...usage(command, '  '), ...fill(command.summary, '      ', '      ')]);
  return [
    'policy-explorer — targets and reported figures of Chinese regional innovation policy, with their sources',
    '',
    'Usage:',
    ...commands,
    '',
    'Options:',
    ...optionLines(globals, descriptionColumn(globals)),
    '',
    "A command's own options: policy-explorer COMMAND --help",
    '',
  ].join('\n');
}

/** The help of one command: its usage, what it does, its options, and the global options it takes. */
export function commandHelp(command: Command): string {
  const own = Object.entries(command.options);
  const globals = globalOptionsOf(command);
  // One column for both lists, so that they read as one.
  const column = descriptionColumn([...own, ...globals]);
  return [
    ...usage(command, 'Usage: '),
    '',
    ...fill(command.summary, '', ''),
    ...(own.length === 0 ? [] : ['', 'Options:', ...optionLines(own, column)]),
    '',
    'Global options:',
    ...optionLines(globals, column),
    '',
  ].join('\n');
}

/** The command line's help, printed by --help. */
export const USAGE = generalHelp();
