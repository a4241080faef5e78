import { UsageError } from '../args.js';
import type { DatasetLocation } from '../model/load.js';
import type { SnapshotCache } from '../model/snapshotCache.js';
import { location, snapshotCache } from './open.js';
import { CLIPBOARD_MODES, type ClipboardMode } from '../platform/clipboard.js';
import { interactiveProblem } from '../platform/terminal.js';
import { readSettings, type Settings } from './settings.js';
import { defineCommand } from './declaration.js';
import { GLOBAL_OPTIONS } from './globalOptions.js';

/**
 * The interactive explorer, for the caller to start: run() itself never draws. The explorer
 * loads its dataset itself, behind a loading screen, with the terminal already in raw mode.
 */
export interface Explore {
  explore: ExplorerStart;
}

/** What the explorer opens, and how. */
export interface ExplorerStart {
  readonly lang: 'en' | 'zh';
  readonly clipboard: ClipboardMode;
  /** The settings file as read (none when absent or broken), and why it was not used, or which of its keys were not. */
  readonly settings: Settings;
  readonly settingsProblem: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly location: DatasetLocation;
  /** Null for --no-cache. */
  readonly cache: SnapshotCache | null;
  /** The folders as the user named them, for the advice when the dataset has problems. */
  readonly named: { readonly data?: readonly string[]; readonly seeds?: string };
}

/** No command: the explorer, on an interactive terminal. Its options are all global ones. */
export const explorerDeclaration = defineCommand({
  name: 'explorer',
  synopsis: '[--lang en|zh] [--clipboard auto|osc52|native|off]',
  summary: 'open the explorer (needs an interactive terminal)',
  options: {},
  readme: { does: 'the explorer', exits: '0 on q; 130 on Ctrl-C; 2 without a terminal' },
  run({ values }, io) {
    const env = io.env ?? process.env;
    // Flags, then the environment, then the settings file: the one-off choice wins.
    const { settings, problem: settingsProblem } = readSettings(env);
    const lang = values.lang ?? settings.lang ?? 'en';
    const problem = interactiveProblem(io.stdin, io.stdout, env);
    if (settingsProblem) io.err(`policy-explorer: ${settingsProblem}\n`);
    if (problem) {
      io.err(
        `policy-explorer: the explorer needs an interactive terminal (${problem}). For scripts and pipes use: export, validate, search, show (see --help).\n`,
      );
      return 2;
    }
    const clipboard = values.clipboard ?? env.POLICY_EXPLORER_CLIPBOARD ?? settings.clipboard ?? 'auto';
    // The command line has checked the flag; the environment's value is checked here.
    if (!CLIPBOARD_MODES.includes(clipboard as ClipboardMode)) throw new UsageError(GLOBAL_OPTIONS.clipboard.refusal(clipboard));
    const named = {
      ...(values.data === undefined ? {} : { data: values.data }),
      ...(values.seeds === undefined ? {} : { seeds: values.seeds }),
    };
    return {
      explore: {
        lang,
        clipboard: clipboard as ClipboardMode,
        settings,
        settingsProblem,
        env,
        location: location(values),
        cache: snapshotCache(values, io),
        named,
      },
    };
  },
});
