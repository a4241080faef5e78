import type { CachedDataset } from '../model/snapshotCache.js';
import type { GLOBAL_OPTIONS } from './globalOptions.js';
import type { FlagOption, OptionDeclaration, OptionDeclarations } from './option.js';

export type { ChoiceOption, FlagOption, OptionDeclaration, OptionDeclarations, ValueOption } from './option.js';

/**
 * What a command declares to the command line: its name, the options and words it takes,
 * the text that explains it (help and README), and how it runs. The command table
 * (table.ts) lists the declarations; help, checks and the README's table all come from it.
 */

/** The value an option reads as: a choice is one of its words. */
type ValueOf<O extends OptionDeclaration> = O extends FlagOption
  ? boolean
  : O extends { readonly multiple: true }
    ? readonly string[]
    : O extends { readonly choices: readonly (infer C extends string)[]; readonly list?: false }
      ? C
      : string;

export type Values<O extends OptionDeclarations> = { readonly [K in keyof O]?: ValueOf<O[K]> };

/** The words a command runs with: its own options and the global ones, checked; the words after its name. */
export interface Words<Own extends OptionDeclarations> {
  readonly values: Values<Own> & Values<typeof GLOBAL_OPTIONS>;
  readonly positionals: readonly string[];
}

/** The words after the command's name, where it takes any. */
export interface Positionals {
  /** What the help calls them: ID, DIR. */
  readonly name: string;
  /** Any number of them; else at most one. */
  readonly many?: boolean;
  /** What to say when none is given, where one is needed. */
  readonly needed?: string;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Writes bytes to stdout as they are (a workbook); fd 1 when not given. */
  outBytes?: (bytes: Uint8Array) => void;
  /** Where the explorer would read keys and draw; only whether each is a terminal matters here. */
  stdin: { isTTY?: boolean };
  /** `columns`: how wide the terminal is, where stdout is one; a table for people is fitted to it. */
  stdout: { isTTY?: boolean; columns?: number };
  /** Shows a line of progress in place (null clears it); given only where stderr is a terminal. */
  progress?: (line: string | null) => void;
  /** The environment (TERM, POLICY_EXPLORER_CLIPBOARD); the process's when not given. */
  env?: NodeJS.ProcessEnv;
  /** Asks a person at the terminal a question and returns the line typed; given only where one can answer. */
  ask?: (question: string) => string | undefined;
}

/** What a command may ask of the command line besides its words: the dataset they name, opened when asked for. */
export interface RunContext {
  /** From its snapshot while that holds; undefined once its problems are on stderr. */
  readonly open: () => CachedDataset | undefined;
}

export interface CommandDeclaration<Own extends OptionDeclarations = OptionDeclarations, Outcome = unknown> {
  /** The word that runs it; the explorer's is never typed, it runs when no command is given. */
  readonly name: string;
  /** What follows "policy-explorer NAME" in its usage: the words and options it takes. */
  readonly synopsis: string;
  /** One line for the help: what it does. */
  readonly summary: string;
  readonly options: Own;
  readonly positionals?: Positionals;
  /** Its row of the README's command table (Markdown): what it does, and its exit codes. */
  readonly readme: { readonly does: string; readonly exits: string };
  /** Runs it once its words are checked against this declaration; the exit code, or what the caller is to start. */
  run(words: Words<Own>, io: Io, context: RunContext): Outcome;
}

/** A declaration, its options' values typed from the options it declares. */
export function defineCommand<const Own extends OptionDeclarations, Outcome>(
  declaration: CommandDeclaration<Own, Outcome>,
): CommandDeclaration<Own, Outcome> {
  return declaration;
}

/** The usual refusal: `unknown format "xml" (use json, csv, yaml)`. */
export function unknownValue(noun: string, choices: readonly string[]): (value: string) => string {
  return (value) => `unknown ${noun} "${value}" (use ${choices.join(', ')})`;
}

/** Writes what a command printed, or says what went wrong; the exit code. */
export function printed(io: Io, result: { output: string } | { error: string; exitCode: number }): number {
  if ('error' in result) {
    io.err(`policy-explorer: ${result.error}\n`);
    return result.exitCode;
  }
  io.out(result.output);
  return 0;
}
