import { readSettings, type Settings } from './settings.js';
import { checkOptions, COMMANDS, parse, UsageError, type Command } from './args.js';
import { EXPORT_FORMATS, exportCommand, type ExportFormat } from './commands/export.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { CLIPBOARD_MODES, type ClipboardMode } from './platform/clipboard.js';
import { validateCommand } from './commands/validate.js';
import { RESULT_TYPES, type ResultType } from './search/records.js';
import type { DatasetLocation } from './model/load.js';
import type { SnapshotCache } from './model/snapshotCache.js';
import { location, openDataset, readInFull, sameFolders, snapshotCache } from './open.js';
import { searchIndexOf } from './search/cached.js';
import { visible } from './platform/output.js';
import { interactiveProblem } from './platform/terminal.js';
import { USAGE } from './usage.js';
import { version } from './version.js';
import { COMPARE_FORMATS, compareCommand, type CompareFormat } from './commands/compare.js';
import { progressCommand } from './commands/progress.js';
import { ingestCommand, type IngestOptions } from './commands/ingest.js';
import { checkReviewFlags, decides, reviewCommand, type ReviewOptions } from './commands/review.js';
import { relatedCommand } from './commands/related.js';
import { selectFacts, unknownPlace } from './commands/select.js';

export { USAGE };

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where the explorer would read keys and draw; only whether each is a terminal matters here. */
  stdin: { isTTY?: boolean };
  stdout: { isTTY?: boolean };
  /** Shows a line of progress in place (null clears it); given only where stderr is a terminal. */
  progress?: (line: string | null) => void;
  /** The environment (TERM, POLICY_EXPLORER_CLIPBOARD); the process's when not given. */
  env?: NodeJS.ProcessEnv;
  /** Asks a person at the terminal a question and returns the line typed; given only where one can answer. */
  ask?: (question: string) => string | undefined;
}

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

/** The review screen, for the caller to start on a terminal. */
export interface ReviewOnScreen {
  review: ReviewStart;
}

/** What `review DIR` on a terminal opens: the folder's proposals, in this order. */
export interface ReviewStart {
  readonly dir: string;
  readonly order: 'confidence' | 'text';
}

/** Runs one command line; returns the exit code, or the explorer or the review screen to start. */
export function run(argv: readonly string[], io: Io): number | Explore | ReviewOnScreen {
  // Data and arguments may hold control characters: a terminal should show them, not obey
  // them. stderr is always for people (or their logs), so it is always made visible; stdout
  // only on a terminal, so that pipes and files get the bytes exactly.
  return dispatch(argv, {
    ...io,
    out: io.stdout.isTTY ? (text) => io.out(visible(text)) : io.out,
    err: (text) => io.err(visible(text)),
  });
}

function dispatch(argv: readonly string[], io: Io): number | Explore | ReviewOnScreen {
  try {
    const { values, positionals, given } = parse(argv);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (values.version) {
      io.out(`${version()}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command !== undefined && !COMMANDS.includes(command as Command)) {
      throw new UsageError(`unknown command "${command}" (commands: ${COMMANDS.join(', ')}; see --help)`);
    }
    checkOptions((command as Command | undefined) ?? 'explorer', given);
    const noMoreArgs = (max: number) => {
      if (rest.length > max) throw new UsageError(`unexpected argument "${rest[max]}" for ${command}`);
    };
    switch (command as Command | undefined) {
      case 'export': {
        noMoreArgs(0);
        const format = (values.format ?? 'json') as ExportFormat;
        if (!EXPORT_FORMATS.includes(format)) {
          throw new UsageError(`unknown format "${values.format}" (use ${EXPORT_FORMATS.join(', ')})`);
        }
        const dataset = openDataset(values, io)?.dataset;
        if (!dataset) return 1;
        const facts = selectFacts(dataset, values);
        if ('error' in facts) throw new UsageError(facts.error);
        io.out(exportCommand({ ...dataset, facts: facts.facts }, format));
        return 0;
      }
      case 'related':
      case 'compare':
      case 'progress': {
        noMoreArgs(command === 'progress' ? 0 : 1);
        if (command !== 'progress' && rest.length === 0)
          throw new UsageError(
            `${command} needs an id, e.g. policy-explorer ${command} ${command === 'related' ? 'nanning-2023-hitech-count' : 'high-tech'}`,
          );
        const format = (values.format ?? 'md') as CompareFormat;
        if (command === 'compare' && !COMPARE_FORMATS.includes(format))
          throw new UsageError(`unknown format "${values.format}" (use ${COMPARE_FORMATS.join(', ')})`);
        const dataset = openDataset(values, io)?.dataset;
        if (!dataset) return 1;
        const unknown = values.place === undefined ? undefined : unknownPlace(dataset, values.place);
        if (unknown !== undefined) throw new UsageError(unknown);
        const json = values.json ?? false;
        const result =
          command === 'related'
            ? relatedCommand(dataset, rest[0]!, json)
            : command === 'compare'
              ? compareCommand(dataset, rest[0]!, format)
              : progressCommand(dataset, { json, ...(values.place === undefined ? {} : { place: values.place }) });
        if ('error' in result) {
          io.err(`policy-explorer: ${result.error}\n`);
          return result.exitCode;
        }
        io.out(result.output);
        return 0;
      }
      case 'search': {
        if (rest.length === 0) throw new UsageError('search needs a query, e.g. policy-explorer search 高新技术企业');
        const limit = values.limit === undefined ? 20 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number from 1, not "${values.limit}"`);
        const types = values.type?.split(',');
        const bad = types?.find((t) => !RESULT_TYPES.includes(t as ResultType));
        if (bad !== undefined) throw new UsageError(`unknown type "${bad}" (use ${RESULT_TYPES.join(', ')})`);
        const cached = openDataset(values, io);
        if (!cached) return 1;
        io.out(
          searchCommand(searchIndexOf(cached), rest.join(' '), {
            json: values.json ?? false,
            limit,
            types: types as ResultType[] | undefined,
          }),
        );
        return 0;
      }
      case 'show': {
        noMoreArgs(1);
        if (rest.length === 0) throw new UsageError('show needs an id, e.g. policy-explorer show nanning-2024-hitech-count');
        const lang = values.lang;
        if (lang !== undefined && lang !== 'en' && lang !== 'zh') throw new UsageError(`unknown language "${lang}" (use en or zh)`);
        const dataset = openDataset(values, io)?.dataset;
        if (!dataset) return 1;
        const shown = showCommand(dataset, rest[0]!, values.format, lang);
        if ('error' in shown) {
          io.err(`policy-explorer: ${shown.error}\n`);
          return shown.exitCode;
        }
        io.out(shown.output);
        return 0;
      }
      case 'ingest': {
        if (values.into === undefined) throw new UsageError('ingest needs --into DIR, the folder to write the documents to');
        const given = (key: Exclude<keyof IngestOptions, 'into'>) => (values[key] === undefined ? {} : { [key]: values[key] });
        const options: IngestOptions = {
          into: values.into,
          ...given('place'),
          ...given('place-id'),
          ...given('kind'),
          ...given('date'),
          ...given('title'),
          ...given('publisher'),
        };
        return ingestCommand(rest, options, { out: io.out, err: io.err, ...(io.ask ? { ask: io.ask } : {}) });
      }
      case 'review': {
        noMoreArgs(1);
        if (rest[0] === undefined) throw new UsageError('review needs the folder whose proposals to review: policy-explorer review DIR');
        const { order, json, accept, reject, why, except, set } = values;
        const given = { order, json, accept, reject, why, 'accept-all': values['accept-all'], except, set };
        const options: ReviewOptions = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
        checkReviewFlags(options);
        // On a terminal, with nothing decided on the command line, the proposals are reviewed one by one.
        if (!decides(options) && !json && io.stdin.isTTY && io.stdout.isTTY) {
          return { review: { dir: rest[0], order: (order ?? 'confidence') as 'confidence' | 'text' } };
        }
        return reviewCommand(rest[0], options, io);
      }
      case 'validate': {
        // The folders come as words or as --data: two different lists would leave which is checked in doubt.
        if (rest.length > 0 && values.data !== undefined && !sameFolders(rest, values.data)) {
          throw new UsageError(
            `validate checks the folders given, but was given "${rest.join('", "')}" and --data "${values.data.join('", "')}"`,
          );
        }
        const data = rest.length > 0 ? rest : values.data;
        // Always in full, so that every problem is found; a sound dataset leaves its snapshot for the next start.
        const { result } = readInFull({ ...values, ...(data === undefined ? {} : { data }) }, io);
        const { output, exitCode } = validateCommand(result);
        (exitCode === 0 ? io.out : io.err)(output);
        return exitCode;
      }
      case undefined: {
        const env = io.env ?? process.env;
        // Flags, then the environment, then the settings file: the one-off choice wins.
        const { settings, problem: settingsProblem } = readSettings(env);
        const lang = values.lang ?? settings.lang ?? 'en';
        if (lang !== 'en' && lang !== 'zh') throw new UsageError(`unknown language "${lang}" (use en or zh)`);
        const problem = interactiveProblem(io.stdin, io.stdout, io.env ?? process.env);
        if (settingsProblem) io.err(`policy-explorer: ${settingsProblem}\n`);
        if (problem) {
          io.err(
            `policy-explorer: the explorer needs an interactive terminal (${problem}). For scripts and pipes use: export, validate, search, show (see --help).\n`,
          );
          return 2;
        }
        const clipboard = values.clipboard ?? env.POLICY_EXPLORER_CLIPBOARD ?? settings.clipboard ?? 'auto';
        if (!CLIPBOARD_MODES.includes(clipboard as ClipboardMode)) {
          throw new UsageError(`unknown clipboard mode "${clipboard}" (use ${CLIPBOARD_MODES.join(', ')})`);
        }
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
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`policy-explorer: ${error.message}. See "policy-explorer --help".\n`);
      return 2;
    }
    throw error;
  }
}
