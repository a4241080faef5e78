import { UsageError, type OptionShapes, type ReadValues } from '../args.js';
import { compareDeclaration } from './compareDeclaration.js';
import type { CommandDeclaration, OptionDeclaration, OptionDeclarations } from './declaration.js';
import { explorerDeclaration, type Explore } from './explorerDeclaration.js';
import { exportDeclaration } from './exportDeclaration.js';
import { globalOptions, takesGlobal } from './globalOptions.js';
import type { Pending } from './output.js';
import { ingestDeclaration } from './ingestDeclaration.js';
import { progressDeclaration } from './progressDeclaration.js';
import { relatedDeclaration } from './relatedDeclaration.js';
import { reviewDeclaration, type ReviewOnScreen } from './reviewDeclaration.js';
import { searchDeclaration } from './searchDeclaration.js';
import { showDeclaration } from './showDeclaration.js';
import { validateDeclaration } from './validateDeclaration.js';

/**
 * The command table: every command the command line runs, in the order help and the README
 * list them, and what follows from their declarations: the options each takes, the options
 * the words are read against, and the checks of a command's words.
 */

/**
 * What a command's run comes to: an exit code, the explorer or the review screen for the caller
 * to start, or an exit code still to come (a file written asynchronously) for it to await.
 */
export type Outcome = number | Explore | ReviewOnScreen | Pending;

/** A command of the table, whatever options it declares. */
export type Command = CommandDeclaration<OptionDeclarations, Outcome>;

/** What runs when no command is given. */
export const EXPLORER: Command = explorerDeclaration;

/** The commands run by name. */
export const COMMANDS: readonly Command[] = [
  exportDeclaration,
  validateDeclaration,
  searchDeclaration,
  showDeclaration,
  relatedDeclaration,
  compareDeclaration,
  progressDeclaration,
  ingestDeclaration,
  reviewDeclaration,
];

/** How messages name a command. */
export function called(command: Command): string {
  return command === EXPLORER ? 'the explorer' : command.name;
}

/** The command a word names (the explorer for none), or undefined for a word that names none. */
export function commandNamed(word: string | undefined): Command | undefined {
  return word === undefined ? EXPLORER : COMMANDS.find((c) => c.name === word);
}

/** The global options a command takes, in the order they are declared. */
export function globalOptionsOf(command: Command): [string, OptionDeclaration][] {
  return globalOptions().filter(([, option]) => takesGlobal(option, command.name));
}

/** How a command is typed: "policy-explorer export"; the explorer has no name to give. */
export function typedAs(command: Command): string {
  return command === EXPLORER ? 'policy-explorer' : `policy-explorer ${command.name}`;
}

/** How usage writes an option: "-f, --format json|csv|yaml". */
export function optionLabel(name: string, option: OptionDeclaration): string {
  const value = 'choices' in option ? option.choices.join(option.list ? ',' : '|') : 'value' in option ? option.value : '';
  return `${option.short === undefined ? '' : `-${option.short}, `}--${name}${value === '' ? '' : ` ${value}`}`;
}

/** Every option a command takes, its own first, then the global ones. */
export function optionsOf(command: Command): Map<string, OptionDeclaration> {
  return new Map([...Object.entries(command.options), ...globalOptionsOf(command)]);
}

/**
 * Every option of every command, to read the words by before knowing the command: reading
 * the words is what finds it. An option two commands declare must be written alike in both.
 */
export function allOptions(commands: readonly Command[] = [EXPLORER, ...COMMANDS]): OptionShapes {
  const shapes: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const command of commands) {
    for (const [name, { type, short, ...rest }] of optionsOf(command)) {
      const shape = { type, ...(short === undefined ? {} : { short }), ...('multiple' in rest && rest.multiple ? { multiple: true } : {}) };
      const before = shapes[name];
      if (before !== undefined && JSON.stringify(before) !== JSON.stringify(shape)) {
        throw new Error(`--${name} is declared as ${JSON.stringify(before)} and, by ${command.name}, as ${JSON.stringify(shape)}`);
      }
      shapes[name] = shape;
    }
  }
  return shapes;
}

/** The options a command takes, as "--a, --b" for a message; --help and --version go with every command, and go unsaid. */
export function optionList(command: Command): string {
  return [...optionsOf(command).keys()]
    .filter((name) => name !== 'help' && name !== 'version')
    .map((name) => `--${name}`)
    .join(', ');
}

/**
 * Checks a command's words against its declaration: an option it would otherwise ignore, a
 * word too many or one missing, a value not among an option's choices. Each is a UsageError,
 * so that a mistake never passes for a result.
 */
export function checkWords(command: Command, values: ReadValues, given: readonly string[], positionals: readonly string[]): void {
  const takes = optionsOf(command);
  const stray = given.find((name) => !takes.has(name));
  if (stray !== undefined) throw new UsageError(`${called(command)} does not take --${stray} (it takes ${optionList(command)})`);
  const words = command.positionals;
  const most = words === undefined ? 0 : words.many ? Infinity : 1;
  if (positionals.length > most) throw new UsageError(`unexpected argument "${positionals[most]}" for ${command.name}`);
  if (positionals.length === 0 && words?.needed !== undefined) throw new UsageError(words.needed);
  for (const [name, option] of takes) {
    const value = values[name];
    if (!('choices' in option) || typeof value !== 'string') continue;
    const wrong = (option.list ? value.split(',') : [value]).find((v) => !option.choices.includes(v));
    if (wrong !== undefined) throw new UsageError(option.refusal(wrong));
  }
}
