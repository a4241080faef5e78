import { parse, UnknownOption, UsageError } from './args.js';
import type { Io, OptionDeclarations, Words } from './commands/declaration.js';
import { allOptions, called, checkWords, commandNamed, COMMANDS, EXPLORER, optionList, type Outcome } from './commands/table.js';
import { openDataset } from './commands/open.js';
import { visible } from './platform/output.js';
import { commandHelp, USAGE } from './usage.js';
import { version } from './version.js';

export { USAGE };
export type { Io } from './commands/declaration.js';
export type { Explore, ExplorerStart } from './commands/explorerDeclaration.js';
export type { ReviewOnScreen, ReviewStart } from './commands/reviewDeclaration.js';

/** Runs one command line; returns the exit code, or the explorer or the review screen to start. */
export function run(argv: readonly string[], io: Io): Outcome {
  // Data and arguments may hold control characters: a terminal should show them, not obey
  // them. stderr is always for people (or their logs), so it is always made visible; stdout
  // only on a terminal, so that pipes and files get the bytes exactly.
  return dispatch(argv, {
    ...io,
    out: io.stdout.isTTY ? (text) => io.out(visible(text)) : io.out,
    err: (text) => io.err(visible(text)),
  });
}

/** Reads the words, finds the command in the table, checks the words against its declaration, and runs it. */
function dispatch(argv: readonly string[], io: Io): Outcome {
  try {
    const { values, positionals, given } = words(argv);
    const [word, ...rest] = positionals;
    const command = commandNamed(word);
    if (values.help) {
      // A word that names no command gets the general help: that is where the commands are.
      io.out(command === undefined || command === EXPLORER ? USAGE : commandHelp(command));
      return 0;
    }
    if (values.version) {
      io.out(`${version()}\n`);
      return 0;
    }
    if (command === undefined) {
      throw new UsageError(`unknown command "${word}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see --help)`);
    }
    checkWords(command, values, given, rest);
    // checkWords has held the values to the command's declaration, which is what types them.
    const checked = { values: values as Words<OptionDeclarations>['values'], positionals: rest };
    return command.run(checked, io, { open: () => openDataset(checked.values, io) });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`policy-explorer: ${error.message}. See "policy-explorer --help".\n`);
      return 2;
    }
    throw error;
  }
}

/** The words read against every declared option; an unknown one is refused with the options of the command it was given to. */
function words(argv: readonly string[]) {
  try {
    return parse(argv, allOptions());
  } catch (error) {
    const command = error instanceof UnknownOption ? commandNamed(error.positionals[0]) : undefined;
    if (command === undefined) throw error;
    throw new UsageError(`${(error as UsageError).message} (${called(command)} takes ${optionList(command)})`);
  }
}
