import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportCommand, type ExportFormat } from './commands/export.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { CLIPBOARD_MODES, type ClipboardMode } from './platform/clipboard.js';
import { formatProblem, validateCommand } from './commands/validate.js';
import { RESULT_TYPES, type ResultType } from './search/records.js';
import { loadDataset, type LoadResult } from './model/load.js';
import type { Dataset } from './model/types.js';
import { BUNDLED_DATA, BUNDLED_SEEDS, PACKAGE_ROOT } from './paths.js';
import { interactiveProblem } from './platform/terminal.js';

export const USAGE = `policy-explorer — targets and reported figures of Chinese regional innovation policy, with their sources

Usage:
  policy-explorer                          open the explorer (needs an interactive terminal)
  policy-explorer export --format FORMAT   print the dataset: json (whole), yaml (whole) or csv (facts)
  policy-explorer validate [DIR]           check a dataset folder (default: the bundled one)
  policy-explorer search QUERY             ranked facts, documents, categories and places
      [--json] [--limit N] [--type fact|document|category|place]
  policy-explorer show ID [--format F]     a fact's or document's citation (text, md, json, csv),
                                           or a category's comparison table (md, tsv)

Options:
  --lang en|zh  explorer interface in English (default) or Chinese
  --clipboard auto|osc52|native|off
                how the explorer's c copies (default: auto, or $POLICY_EXPLORER_CLIPBOARD)
  --data DIR    dataset folder to read instead of the bundled one (export)
  --seeds DIR   folder of the raw seed texts the documents name (default: the bundled seeds/)
  -h, --help    show this help
  -v, --version show the version
`;

/** A mistake in how the command was called: one line on stderr, exit 2. */
class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where the explorer would read keys and draw; only whether each is a terminal matters here. */
  stdin: { isTTY?: boolean };
  stdout: { isTTY?: boolean };
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        type: { type: 'string' },
        lang: { type: 'string' },
        clipboard: { type: 'string' },
        data: { type: 'string' },
        seeds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--x'. To specify a positional argument starting with a '-' …"
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/\.$/u, ''));
  }
}

function load(dataDir: string | undefined, seedsDir: string | undefined): LoadResult {
  return loadDataset({
    dataDir: dataDir === undefined ? BUNDLED_DATA : resolve(dataDir),
    seedsDir: seedsDir === undefined ? BUNDLED_SEEDS : resolve(seedsDir),
  });
}

function loaded(result: LoadResult, io: Io) {
  if (result.ok) return result.dataset;
  io.err(
    `${result.problems.map(formatProblem).join('\n')}\nThe dataset has ${result.problems.length} problem(s); run "policy-explorer validate" for the list.\n`,
  );
  return undefined;
}

/** The interactive explorer, for the caller to start: run() itself never draws. */
export interface Explore {
  explore: Dataset;
  lang: 'en' | 'zh';
  clipboard: ClipboardMode;
}

/** Runs one command line; returns the exit code, or the explorer to start. */
export function run(argv: readonly string[], io: Io): number | Explore {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (values.version) {
      io.out(`${version()}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    const noMoreArgs = (max: number) => {
      if (rest.length > max) throw new UsageError(`unexpected argument "${rest[max]}" for ${command}`);
    };
    switch (command) {
      case 'export': {
        noMoreArgs(0);
        const format = (values.format ?? 'json') as ExportFormat;
        if (!EXPORT_FORMATS.includes(format)) {
          throw new UsageError(`unknown format "${values.format}" (use ${EXPORT_FORMATS.join(', ')})`);
        }
        const dataset = loaded(load(values.data, values.seeds), io);
        if (!dataset) return 1;
        io.out(exportCommand(dataset, format));
        return 0;
      }
      case 'search': {
        if (rest.length === 0) throw new UsageError('search needs a query, e.g. policy-explorer search 高新技术企业');
        const limit = values.limit === undefined ? 20 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number from 1, not "${values.limit}"`);
        const types = values.type?.split(',');
        const bad = types?.find((t) => !RESULT_TYPES.includes(t as ResultType));
        if (bad !== undefined) throw new UsageError(`unknown type "${bad}" (use ${RESULT_TYPES.join(', ')})`);
        const dataset = loaded(load(values.data, values.seeds), io);
        if (!dataset) return 1;
        io.out(searchCommand(dataset, rest.join(' '), { json: values.json ?? false, limit, types: types as ResultType[] | undefined }));
        return 0;
      }
      case 'show': {
        noMoreArgs(1);
        if (rest.length === 0) throw new UsageError('show needs an id, e.g. policy-explorer show nanning-2024-hitech-count');
        const dataset = loaded(load(values.data, values.seeds), io);
        if (!dataset) return 1;
        const shown = showCommand(dataset, rest[0]!, values.format);
        if ('error' in shown) {
          io.err(`policy-explorer: ${shown.error}\n`);
          return shown.exitCode;
        }
        io.out(shown.output);
        return 0;
      }
      case 'validate': {
        noMoreArgs(1);
        if (values.format !== undefined) throw new UsageError('validate takes no --format');
        const { output, exitCode } = validateCommand(load(rest[0] ?? values.data, values.seeds));
        (exitCode === 0 ? io.out : io.err)(output);
        return exitCode;
      }
      case undefined: {
        if (values.format !== undefined) throw new UsageError('--format goes with export');
        const lang = values.lang ?? 'en';
        if (lang !== 'en' && lang !== 'zh') throw new UsageError(`unknown language "${lang}" (use en or zh)`);
        const problem = interactiveProblem(io.stdin, io.stdout);
        if (problem) {
          io.err(
            `policy-explorer: the explorer needs an interactive terminal (${problem}). For scripts and pipes use: export, validate, search, show (see --help).\n`,
          );
          return 2;
        }
        const dataset = loaded(load(values.data, values.seeds), io);
        if (!dataset) return 1;
        const clipboard = values.clipboard ?? process.env.POLICY_EXPLORER_CLIPBOARD ?? 'auto';
        if (!CLIPBOARD_MODES.includes(clipboard as ClipboardMode)) {
          throw new UsageError(`unknown clipboard mode "${clipboard}" (use ${CLIPBOARD_MODES.join(', ')})`);
        }
        return { explore: dataset, lang, clipboard: clipboard as ClipboardMode };
      }
      default:
        throw new UsageError(`unknown command "${command}" (commands: export, validate, search, show; see --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`policy-explorer: ${error.message}. See "policy-explorer --help".\n`);
      return 2;
    }
    throw error;
  }
}
