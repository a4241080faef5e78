/** The options a command may declare: their kinds, as the command line reads them and the help describes them. */

interface Described {
  readonly short?: string;
  /** One line for the help: what the option does. */
  readonly description: string;
}

/** An option that is there or not: --json. */
export interface FlagOption extends Described {
  readonly type: 'boolean';
}

/** An option with a value of its own making: --place ID. */
export interface ValueOption extends Described {
  readonly type: 'string';
  /** What the help calls the value: ID, DIR, N. */
  readonly value: string;
  /** Given more than once, its values gather into a list. */
  readonly multiple?: boolean;
}

/** An option whose value is one of a few words (or, for a list, several joined by commas): --format json. */
export interface ChoiceOption extends Described {
  readonly type: 'string';
  readonly choices: readonly string[];
  readonly list?: boolean;
  /** What to say of a value not among the choices, in the words the command has always used. */
  readonly refusal: (value: string) => string;
}

export type OptionDeclaration = FlagOption | ValueOption | ChoiceOption;
export type OptionDeclarations = Readonly<Record<string, OptionDeclaration>>;
