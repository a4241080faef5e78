import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type OptionShapes } from './args.js';
import { GLOBAL_OPTIONS } from './commands/globalOptions.js';
import { runScript } from './codeCache.js';
import { cacheDir } from './platform/xdg.js';

/**
 * The whole program as one script, built for the explorer to start from (scripts/build.mjs),
 * beside this module's chunk in dist/. Not found through paths.ts: a chunk of its own would
 * then be loaded by every command, --version too.
 */
const EXPLORER_SCRIPT = fileURLToPath(new URL('explorer.cjs', import.meta.url));

/** Set by the bundler to a hash of the sources; absent when run from source (src/version.ts). */
declare const POLICY_EXPLORER_BUILD: string | undefined;

/** The explorer takes only the global options: as the command line reads them, without loading the command table. */
const EXPLORER_OPTIONS: OptionShapes = Object.fromEntries(
  Object.entries(GLOBAL_OPTIONS).map(([name, option]) => [
    name,
    {
      type: option.type,
      ...('short' in option && option.short !== undefined ? { short: option.short } : {}),
      ...('multiple' in option && option.multiple ? { multiple: true } : {}),
    },
  ]),
);

/**
 * Whether the command line starts the explorer (it names no command, nor --help or --version,
 * and reads), and whether it may use the cache folder: --no-cache writes nothing there.
 */
function explorerOf(argv: readonly string[]): { readonly cache: boolean } | undefined {
  try {
    const { values, positionals } = parse(argv, EXPLORER_OPTIONS);
    if (positionals.length > 0 || values.help === true || values.version === true) return undefined;
    return { cache: values['no-cache'] !== true };
  } catch {
    // A mistake in the words: the command line is told so the usual way.
    return undefined;
  }
}

/**
 * Runs a command line that starts the explorer from its script, whose compiled code is kept
 * in the cache folder (src/codeCache.ts), and returns its exit code to come; undefined for any
 * other command line, or when the script cannot be read, for the caller to run it from its
 * modules. The script runs the same main() as they would.
 */
export function startExplorer(argv: readonly string[]): Promise<number> | undefined {
  // Run from source, a script in dist/ is of whatever code was built last: the modules run.
  const explorer = typeof POLICY_EXPLORER_BUILD === 'string' ? explorerOf(argv) : undefined;
  if (!explorer) return undefined;
  const cache = explorer.cache ? cacheDir() : undefined;
  const script = runScript(EXPLORER_SCRIPT, cache === undefined ? undefined : join(cache, 'code'));
  if (!script) return undefined;
  let ended = false;
  const exit = (script.exports.main as (argv: readonly string[]) => Promise<number>)(argv).finally(() => (ended = true));
  // main() draws the explorer's first frame before it first waits on anything but promises
  // (a small snapshot is read at once), so the code kept on the next turn of the event loop
  // is compiled up to that frame: the code the next start needs first. Behind a loading
  // screen it is compiled up to that screen, and the app's own is compiled at each start. A
  // command line that ended by then drew nothing (a mistake in it), and leaves no code.
  setImmediate(() => {
    if (!ended) script.keep();
  });
  return exit;
}
