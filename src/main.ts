import { isatty } from 'node:tty';
import { askAtTerminal } from './platform/ask.js';
import { OutputError, writeAll } from './platform/output.js';
import { version } from './version.js';

/**
 * Set by the bundler (scripts/build.mjs) to the general help, made from the command table when
 * it builds; absent when run from source, where cli.ts makes it. The table declares every
 * command with its run, so making the help here would load all of them.
 */
declare const POLICY_EXPLORER_HELP: string | undefined;

// Commands write to fds 1 and 2 directly rather than through process.stdout: its file
// stream ignores short writes, and merely touching it turns a pipe non-blocking for every
// process sharing that pipe. Only the explorer, which draws on a terminal, uses it.
function writeErr(text: string): void {
  try {
    writeAll(2, text);
  } catch {
    // stderr itself is broken: there is nowhere left to say so, and the exit code still tells.
  }
}

/**
 * --version or --help as the only argument, answered before the commands, the model and the
 * search are loaded: those are most of the bundle, and would make these cost ~3x a bare node.
 * Anything else, even a flag beside them, goes through cli.ts, which checks it.
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  if (argv.length !== 1) return undefined;
  if (argv[0] === '--version' || argv[0] === '-v') return `${version()}\n`;
  if ((argv[0] === '--help' || argv[0] === '-h') && typeof POLICY_EXPLORER_HELP === 'string') return POLICY_EXPLORER_HELP;
  return undefined;
}

/** Runs the command line; returns the exit code. */
async function answer(argv: readonly string[]): Promise<number> {
  const quick = quickAnswer(argv);
  if (quick !== undefined) {
    writeAll(1, quick);
    return 0;
  }
  const { run } = await import('./cli.js');
  const outcome = run(argv, {
    out: (t) => writeAll(1, t),
    err: writeErr,
    outBytes: (bytes) => writeAll(1, bytes),
    stdin: { isTTY: isatty(0) },
    stdout: { isTTY: isatty(1), ...(isatty(1) && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}) },
    // In place: a carriage return back to the line's start, and the rest of the line cleared.
    ...(isatty(2) ? { progress: (line: string | null) => writeErr(`\r${line ?? ''}\u001b[K`) } : {}),
    // Only a person at a terminal can be asked what a text does not say.
    ...(isatty(0) && isatty(2) ? { ask: (question: string) => askAtTerminal(question, writeErr) } : {}),
  });
  if (typeof outcome === 'number') return outcome;
  if ('pending' in outcome) return outcome.pending;
  if ('review' in outcome) {
    const { runReview } = await import('./ui/review/run.js');
    return runReview(outcome.review, writeErr);
  }
  // Loaded only here, so export and validate never pay for Ink and React.
  const { runExplorer } = await import('./ui/run.js');
  return runExplorer(outcome.explore, writeErr);
}

/**
 * Runs a command line to its end; returns the exit code. Both ways the program starts come
 * here: bin.ts from its modules, and the explorer's script (scripts/build.mjs), whose entry
 * this is, so that the errors it catches are of its own classes.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await answer(argv);
  } catch (error) {
    if (error instanceof OutputError && error.code === 'EPIPE') {
      // The reader left early (| head): it has what it wanted, which is not a failure.
      return 0;
    }
    if (error instanceof OutputError) {
      writeErr(`policy-explorer: could not write the output: ${error.message}\n`);
      return 1;
    }
    // A bug, not a user mistake: one line, and the details only on request.
    writeErr(`policy-explorer: internal error: ${(error as Error).message}\n`);
    if (process.env.DEBUG) writeErr(`${(error as Error).stack}\n`);
    return 70;
  }
}
