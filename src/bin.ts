#!/usr/bin/env node
import { run } from './cli.js';

// Closing the pipe early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<void> {
  let code: number;
  try {
    const outcome = run(process.argv.slice(2), {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      stdin: process.stdin,
      stdout: process.stdout,
    });
    if (typeof outcome === 'number') {
      code = outcome;
    } else {
      // Loaded only here, so export and validate never pay for Ink and React.
      const { runExplorer } = await import('./ui/run.js');
      code = await runExplorer(outcome.explore, outcome);
    }
  } catch (error) {
    // A bug, not a user mistake: one line, and the details only on request.
    process.stderr.write(`policy-explorer: internal error: ${(error as Error).message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    code = 70;
  }
  process.exitCode = code;
}

void main();
