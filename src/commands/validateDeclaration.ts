import { UsageError } from '../args.js';
import { readInFull, sameFolders } from './open.js';
import { defineCommand } from './declaration.js';
import { validateCommand } from './validate.js';

export const validateDeclaration = defineCommand({
  name: 'validate',
  synopsis: '[DIR...]',
  summary: 'check dataset folders (default: the bundled one); proposals awaiting review are listed apart',
  options: {},
  positionals: { name: 'DIR', many: true },
  readme: {
    does:
      'checks dataset folders (default: the bundled `data/`) and prints a one-line summary, then the proposals awaiting review ' +
      'apart (they are drafts, not problems), or every problem as `file:line:col: message`',
    exits: '0 clean; 1 problems',
  },
  run({ values, positionals }, io) {
    // The folders come as words or as --data: two different lists would leave which is checked in doubt.
    if (positionals.length > 0 && values.data !== undefined && !sameFolders(positionals, values.data)) {
      throw new UsageError(
        `validate checks the folders given, but was given "${positionals.join('", "')}" and --data "${values.data.join('", "')}"`,
      );
    }
    const data = positionals.length > 0 ? positionals : values.data;
    // Always in full, so that every problem is found; a sound dataset leaves its snapshot for the next start.
    const { result } = readInFull({ ...values, ...(data === undefined ? {} : { data }) }, io);
    const { output, exitCode } = validateCommand(result);
    (exitCode === 0 ? io.out : io.err)(output);
    return exitCode;
  },
});
