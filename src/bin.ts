#!/usr/bin/env node
import { isatty } from 'node:tty';
import { run } from './cli.js';
import { OutputError, writeAll } from './platform/output.js';

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

async function main(): Promise<void> {
  let code: number;
  try {
    const outcome = run(process.argv.slice(2), {
      out: (t) => writeAll(1, t),
      err: writeErr,
      stdin: { isTTY: isatty(0) },
      stdout: { isTTY: isatty(1) },
      stderr: { isTTY: isatty(2) },
    });
    if (typeof outcome === 'number') {
      code = outcome;
    } else {
      // Loaded only here, so export and validate never pay for Ink and React.
      const { runExplorer } = await import('./ui/run.js');
      code = await runExplorer(outcome.explore, writeErr);
    }
  } catch (error) {
    if (error instanceof OutputError && error.code === 'EPIPE') {
      // The reader left early (| head): it has what it wanted, which is not a failure.
      code = 0;
    } else if (error instanceof OutputError) {
      writeErr(`policy-explorer: could not write the output: ${error.message}\n`);
      code = 1;
    } else {
      // A bug, not a user mistake: one line, and the details only on request.
      writeErr(`policy-explorer: internal error: ${(error as Error).message}\n`);
      if (process.env.DEBUG) writeErr(`${(error as Error).stack}\n`);
      code = 70;
    }
  }
  process.exitCode = code;
}

void main();
