#!/usr/bin/env node
import { isatty } from 'node:tty';
import { main, quickAnswer } from './main.js';

/**
 * The explorer starts from a script of its own, whose compiled code is kept between starts
 * (src/explorerScript.ts); every other command line, and the explorer when that script
 * cannot be read, runs from the modules here, which load only what the command needs.
 */
async function run(argv: readonly string[]): Promise<number> {
  // The explorer needs a terminal, and --version and --help need nothing more loaded.
  if (isatty(0) && isatty(1) && quickAnswer(argv) === undefined) {
    const { startExplorer } = await import('./explorerScript.js');
    const explorer = startExplorer(argv);
    if (explorer) return explorer;
  }
  return main(argv);
}

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
