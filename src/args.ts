import { parseArgs } from 'node:util';

/**
 * The command line's words: which options there are, which each command takes, and the
 * words read into options and positionals, with every mistake a UsageError that says what
 * to write instead.
 */

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  type: { type: 'string' },
  lang: { type: 'string' },
  clipboard: { type: 'string' },
  data: { type: 'string', multiple: true },
  'include-proposed': { type: 'boolean' },
  into: { type: 'string' },
  'place-id': { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  publisher: { type: 'string' },
  order: { type: 'string' },
  accept: { type: 'string', multiple: true },
  reject: { type: 'string', multiple: true },
  why: { type: 'string' },
  'accept-all': { type: 'boolean' },
  except: { type: 'string' },
  set: { type: 'string', multiple: true },
  seeds: { type: 'string' },
  'no-cache': { type: 'boolean' },
  place: { type: 'string' },
  indicator: { type: 'string' },
  year: { type: 'string' },
  kind: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
export type Option = keyof typeof OPTIONS;

export const COMMANDS = ['export', 'validate', 'search', 'show', 'related', 'compare', 'progress', 'ingest', 'review'] as const;
export type Command = (typeof COMMANDS)[number];

/** What every command that reads the dataset takes: where it is, and whether proposals are in it. */
const DATASET: readonly Option[] = ['data', 'seeds', 'include-proposed', 'no-cache'];

/** The options each command takes, besides --help and --version, which every command takes. */
const TAKES: Record<Command | 'explorer', readonly Option[]> = {
  export: ['format', 'place', 'indicator', 'year', 'kind', ...DATASET],
  related: ['json', ...DATASET],
  compare: ['format', ...DATASET],
  progress: ['json', 'place', ...DATASET],
  search: ['json', 'limit', 'type', ...DATASET],
  show: ['format', 'lang', ...DATASET],
  // validate checks proposals with everything else, and lists them apart.
  validate: ['data', 'seeds', 'no-cache'],
  explorer: ['lang', 'clipboard', ...DATASET],
  ingest: ['into', 'place', 'place-id', 'kind', 'date', 'title', 'publisher'],
  review: ['order', 'json', 'accept', 'reject', 'why', 'accept-all', 'except', 'set'],
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

export function parse(argv: readonly string[]) {
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
    // An option that may be given more than once gathers its values.
    if ('multiple' in OPTIONS[name]) {
      given.set(name, token.value);
      continue;
    }
    if (given.has(name) && given.get(name) !== token.value) {
      throw new UsageError(`--${name} is given twice, as "${given.get(name)}" and as "${token.value}"; give it once`);
    }
    given.set(name, token.value);
  }
  return { values: parsed.values, positionals: parsed.positionals, given: [...given.keys()] };
}

/** Refuses an option the command would otherwise ignore, so a mistake never passes for a result. */
export function checkOptions(command: Command | 'explorer', given: readonly Option[]): void {
  const takes = TAKES[command];
  const stray = given.find((o) => o !== 'help' && o !== 'version' && !takes.includes(o));
  if (stray === undefined) return;
  const who = command === 'explorer' ? 'the explorer' : command;
  throw new UsageError(`${who} does not take --${stray} (it takes ${takes.map((o) => `--${o}`).join(', ')})`);
}
