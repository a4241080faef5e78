import { parseArgs } from 'node:util';

/**
 * The command line's words read into options and positionals, with every mistake a
 * UsageError that says what to write instead. Which options there are is the command
 * table's to say (src/commands/table.ts); this reads any set of them.
 */

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** An option no command declares; the words that were not options say which command was meant. */
export class UnknownOption extends UsageError {
  constructor(
    message: string,
    readonly positionals: readonly string[],
  ) {
    super(message);
  }
}

/** How an option is written, as parseArgs reads it. */
export interface OptionShape {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

export type OptionShapes = Readonly<Record<string, OptionShape>>;

/** The options' values as read: a flag's true, a value, or the values of one given more than once. */
export type ReadValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/**
 * parseArgs reads "--limit -1" as --limit followed by an option -1, and refuses it in three
 * lines. No option of ours is a dash and a digit, so such a word is the value: joining it
 * as --limit=-1 lets the option's own check say what is wrong with it.
 */
function joinNegativeNumbers(argv: readonly string[], options: OptionShapes): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const name = arg.startsWith('--') ? arg.slice(2) : Object.entries(options).find(([, o]) => `-${o.short}` === arg)?.[0];
    const next = argv[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\d/u.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** The words read against `options`: the values, the positionals, and which options were given, in order. */
export function parse(argv: readonly string[], options: OptionShapes) {
  const args = joinNegativeNumbers(argv, options);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, tokens: true, options });
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const ambiguous = /^Option '([^']+)' argument is ambiguous/u.exec(message);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && ambiguous) {
      throw new UsageError(`${ambiguous[1]} needs a value (for one that starts with "-", write ${ambiguous[1]}=VALUE)`);
    }
    // parseArgs says e.g. "Unknown option '--x'. To specify a positional argument starting with a '-' …"
    const first = message.split(/\.\s/u)[0]!.replace(/\.$/u, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // Read leniently, the words still show which command the option was given to.
      throw new UnknownOption(first, parseArgs({ args, allowPositionals: true, strict: false, options }).positionals);
    }
    throw new UsageError(first);
  }
  const given = new Map<string, string | undefined>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name;
    // An option that may be given more than once gathers its values.
    if (options[name]?.multiple) {
      given.set(name, token.value);
      continue;
    }
    if (given.has(name) && given.get(name) !== token.value) {
      throw new UsageError(`--${name} is given twice, as "${given.get(name)}" and as "${token.value}"; give it once`);
    }
    given.set(name, token.value);
  }
  return { values: parsed.values as ReadValues, positionals: parsed.positionals, given: [...given.keys()] };
}
