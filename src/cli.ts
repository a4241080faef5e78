import { readSettings, type Settings } from './settings.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportCommand, type ExportFormat } from './commands/export.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { CLIPBOARD_MODES, type ClipboardMode } from './platform/clipboard.js';
import { loadFailure, validateCommand } from './commands/validate.js';
import { RESULT_TYPES, type ResultType } from './search/records.js';
import { loadDataset, type DatasetLocation, type LoadResult } from './model/load.js';
import { loadSnapshot, saveSnapshot, type CachedDataset, type SnapshotCache } from './model/snapshotCache.js';
import { searchIndexOf } from './search/cached.js';
import { cacheDir } from './platform/xdg.js';
import { BUNDLED_DATA, BUNDLED_SEEDS, SHIPPED_SNAPSHOT } from './paths.js';
import { visible } from './platform/output.js';
import { interactiveProblem } from './platform/terminal.js';
import { USAGE } from './usage.js';
import { snapshotVersion, version } from './version.js';
import { COMPARE_FORMATS, compareCommand, type CompareFormat } from './commands/compare.js';
import { progressCommand } from './commands/progress.js';
import { relatedCommand } from './commands/related.js';
import { selectFacts } from './commands/select.js';

export { USAGE };

/** A mistake in how the command was called: one line on stderr, exit 2. */
class UsageError extends Error {}

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
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  type: { type: 'string' },
  lang: { type: 'string' },
  clipboard: { type: 'string' },
  data: { type: 'string' },
  seeds: { type: 'string' },
  'no-cache': { type: 'boolean' },
  place: { type: 'string' },
  indicator: { type: 'string' },
  year: { type: 'string' },
  kind: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
type Option = keyof typeof OPTIONS;

const COMMANDS = ['export', 'validate', 'search', 'show', 'related', 'compare', 'progress'] as const;
type Command = (typeof COMMANDS)[number];

/** The options each command takes, besides --help and --version, which every command takes. */
const TAKES: Record<Command | 'explorer', readonly Option[]> = {
  export: ['format', 'place', 'indicator', 'year', 'kind', 'data', 'seeds', 'no-cache'],
  related: ['json', 'data', 'seeds', 'no-cache'],
  compare: ['format', 'data', 'seeds', 'no-cache'],
  progress: ['json', 'place', 'data', 'seeds', 'no-cache'],
  search: ['json', 'limit', 'type', 'data', 'seeds', 'no-cache'],
  show: ['format', 'lang', 'data', 'seeds', 'no-cache'],
  validate: ['data', 'seeds', 'no-cache'],
  explorer: ['lang', 'clipboard', 'data', 'seeds', 'no-cache'],
};

/**
 * parseArgs reads "--limit -1" as --limit followed by an option -1, and refuses it in three
 * lines. No option of ours is a dash and a digit, so such a word is the value: joining it
 * as --limit=-1 lets the option's own check say what is wrong with it.
 */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const name = arg.startsWith('--') ? arg.slice(2) : Object.entries(OPTIONS).find(([, o]) => 'short' in o && `-${o.short}` === arg)?.[0];
    const next = argv[i + 1];
    if (name !== undefined && OPTIONS[name as Option]?.type === 'string' && next !== undefined && /^-\d/u.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv), allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const ambiguous = /^Option '([^']+)' argument is ambiguous/u.exec(message);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && ambiguous) {
      throw new UsageError(`${ambiguous[1]} needs a value (for one that starts with "-", write ${ambiguous[1]}=VALUE)`);
    }
    // parseArgs says e.g. "Unknown option '--x'. To specify a positional argument starting with a '-' …"
    throw new UsageError(message.split(/\.\s/u)[0]!.replace(/\.$/u, ''));
  }
  const given = new Map<Option, string | undefined>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name as Option;
    if (given.has(name) && given.get(name) !== token.value) {
      throw new UsageError(`--${name} is given twice, as "${given.get(name)}" and as "${token.value}"; give it once`);
    }
    given.set(name, token.value);
  }
  return { values: parsed.values, positionals: parsed.positionals, given: [...given.keys()] };
}

/** Refuses an option the command would otherwise ignore, so a mistake never passes for a result. */
function checkOptions(command: Command | 'explorer', given: readonly Option[]): void {
  const takes = TAKES[command];
  const stray = given.find((o) => o !== 'help' && o !== 'version' && !takes.includes(o));
  if (stray === undefined) return;
  const who = command === 'explorer' ? 'the explorer' : command;
  throw new UsageError(`${who} does not take --${stray} (it takes ${takes.map((o) => `--${o}`).join(', ')})`);
}

function location(options: { data?: string; seeds?: string }): DatasetLocation {
  return {
    dataDir: options.data === undefined ? BUNDLED_DATA : resolve(options.data),
    seedsDir: options.seeds === undefined ? BUNDLED_SEEDS : resolve(options.seeds),
  };
}

/** The snapshot cache the options and the environment allow, or null for --no-cache. */
function snapshotCache(options: { 'no-cache'?: boolean }, io: Io): SnapshotCache | null {
  if (options['no-cache']) return null;
  return { dir: cacheDir(io.env ?? process.env), version: snapshotVersion(), shipped: SHIPPED_SNAPSHOT };
}

/** A full load, with a progress line on a terminal's stderr once it has taken a second. */
function loadInFull(where: DatasetLocation, io: Io): LoadResult {
  const progress = io.progress;
  if (!progress) return loadDataset(where);
  const started = performance.now();
  let shown = 0;
  const result = loadDataset(where, ({ files, total, facts }) => {
    const now = performance.now();
    if (now - started < 1000 || now - shown < 100) return;
    shown = now;
    progress(`policy-explorer: reading the dataset: ${files}/${total} document files, ${facts} facts checked`);
  });
  if (shown > 0) progress(null);
  return result;
}

/** The dataset, from its snapshot when that is still true to the files, else read in full (and snapshotted). */
type Loaded = { ok: true; cached: CachedDataset } | Extract<LoadResult, { ok: false }>;

/** The dataset, from its snapshot when that is still true to the files, else read in full (and snapshotted). */
function load(options: { data?: string; seeds?: string; 'no-cache'?: boolean }, io: Io): Loaded {
  const where = location(options);
  const cache = snapshotCache(options, io);
  if (cache) {
    const snapshot = loadSnapshot(where, cache);
    if ('dataset' in snapshot) return { ok: true, cached: snapshot };
  }
  const result = loadInFull(where, io);
  if (!result.ok) return result;
  if (!cache) return { ok: true, cached: { dataset: result.dataset } };
  const { saved, notice } = saveSnapshot(where, cache, result);
  if (notice) io.err(`policy-explorer: note: ${notice}.\n`);
  return { ok: true, cached: saved ?? { dataset: result.dataset } };
}

/** The dataset the options name, or undefined once its problems are on stderr. */
function loaded(options: { data?: string; seeds?: string; 'no-cache'?: boolean }, io: Io): CachedDataset | undefined {
  const result = load(options, io);
  if (result.ok) return result.cached;
  io.err(loadFailure(result, options));
  return undefined;
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
  /** The settings file as read (none when absent or broken), and why it was not used. */
  readonly settings: Settings;
  readonly settingsProblem: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly location: DatasetLocation;
  /** Null for --no-cache. */
  readonly cache: SnapshotCache | null;
  /** The folders as the user named them, for the advice when the dataset has problems. */
  readonly named: { readonly data?: string; readonly seeds?: string };
}

/** Runs one command line; returns the exit code, or the explorer to start. */
export function run(argv: readonly string[], io: Io): number | Explore {
  // Data and arguments may hold control characters: a terminal should show them, not obey
  // them. stderr is always for people (or their logs), so it is always made visible; stdout
  // only on a terminal, so that pipes and files get the bytes exactly.
  return dispatch(argv, {
    ...io,
    out: io.stdout.isTTY ? (text) => io.out(visible(text)) : io.out,
    err: (text) => io.err(visible(text)),
  });
}

function dispatch(argv: readonly string[], io: Io): number | Explore {
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
        const dataset = loaded(values, io)?.dataset;
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
        const dataset = loaded(values, io)?.dataset;
        if (!dataset) return 1;
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
        const cached = loaded(values, io);
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
        const dataset = loaded(values, io)?.dataset;
        if (!dataset) return 1;
        const shown = showCommand(dataset, rest[0]!, values.format, lang);
        if ('error' in shown) {
          io.err(`policy-explorer: ${shown.error}\n`);
          return shown.exitCode;
        }
        io.out(shown.output);
        return 0;
      }
      case 'validate': {
        noMoreArgs(1);
        if (rest[0] !== undefined && values.data !== undefined && resolve(rest[0]) !== resolve(values.data)) {
          throw new UsageError(`validate checks one folder, but was given "${rest[0]}" and --data "${values.data}"`);
        }
        // Always in full, so that every problem is found; a sound dataset leaves its snapshot for the next start.
        const options = { ...values, data: rest[0] ?? values.data };
        const result = loadInFull(location(options), io);
        const cache = snapshotCache(options, io);
        const notice = cache ? saveSnapshot(location(options), cache, result).notice : undefined;
        if (notice) io.err(`policy-explorer: note: ${notice}.\n`);
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
