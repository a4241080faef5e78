import { CLIPBOARD_MODES } from '../platform/clipboard.js';
import type { OptionDeclaration } from './option.js';

/**
 * The options more than one command takes, declared once: what each means does not change
 * with the command. `appliesTo` names the commands that take one, where not every command does.
 */

export interface GlobalOption {
  readonly appliesTo?: readonly string[];
  /** Its row of the README's command table (Markdown), where the one line of help says too little; its exit code. */
  readonly readme?: { readonly does?: string; readonly exits?: string };
}

/** The commands that read the dataset, and so take the options that say where it is. */
const READERS = ['explorer', 'export', 'validate', 'search', 'show', 'related', 'compare', 'progress'];

export const GLOBAL_OPTIONS = {
  lang: {
    type: 'string',
    choices: ['en', 'zh'],
    refusal: (value: string) => `unknown language "${value}" (use en or zh)`,
    description: "the explorer's and the review's interface, or show's citation, in English (default) or Chinese",
    appliesTo: ['explorer', 'review', 'show'],
    readme: { does: "the explorer's and the review's interface, or `show`'s citation, in English (the default) or Chinese" },
  },
  clipboard: {
    type: 'string',
    choices: CLIPBOARD_MODES,
    refusal: (value: string) => `unknown clipboard mode "${value}" (use ${CLIPBOARD_MODES.join(', ')})`,
    description: "how the explorer's c copies (default: auto, or $POLICY_EXPLORER_CLIPBOARD)",
    appliesTo: ['explorer'],
    readme: {
      does:
        "how the explorer's `c` copies (see [Copying figures with their source](#copying-figures-with-their-source)); " +
        'the default is `auto`, or `$POLICY_EXPLORER_CLIPBOARD`',
    },
  },
  data: {
    type: 'string',
    value: 'DIR',
    multiple: true,
    description:
      'dataset folder to read instead of the bundled one; give it more than once to combine folders ' +
      '("bundled" names the bundled one): --data bundled --data DIR',
    appliesTo: READERS,
    readme: {
      does:
        'read another dataset folder (`validate` takes the folders as `DIR...` or `--data`). `--data` may be given more than once ' +
        'to combine folders into one dataset; the word `bundled` names the data the program ships with, so ' +
        '`--data bundled --data ~/corpus` puts your documents beside it. Places, categories, topics and indicators given alike ' +
        'in two folders are one; the same id given otherwise, or a document or fact id in two folders, is a problem. A folder ' +
        'named more than once (as X and X/, or through a link to it) is read once',
    },
  },
  seeds: {
    type: 'string',
    value: 'DIR',
    description: 'folder of the raw seed texts the documents name (default: DIR/seeds, else the bundled seeds/)',
    appliesTo: READERS,
    readme: {
      does:
        "read the raw texts from another folder: a folder's raw texts are in its own `seeds/` (where `ingest` puts them), " +
        'else `--seeds` (one folder only), else the bundled ones',
    },
  },
  'include-proposed': {
    type: 'boolean',
    description: 'include figures proposed by ingest and not yet reviewed',
    // validate checks proposals with everything else, and lists them apart.
    appliesTo: READERS.filter((name) => name !== 'validate'),
    readme: {
      does:
        'put the proposals (figures `ingest` read and nobody has reviewed yet) in the dataset; without it they stay out of ' +
        'every answer, citation and comparison',
    },
  },
  'no-cache': {
    type: 'boolean',
    description: 'read and check the dataset in full, without its snapshot, and write none',
    appliesTo: READERS,
    readme: {
      does:
        "read and check the dataset in full, without its snapshot, and write none, nor keep the explorer's compiled code " +
        '(see [Start-up and the cache](#start-up-and-the-cache))',
    },
  },
  help: {
    type: 'boolean',
    short: 'h',
    description: "show this help (a command's own after its name)",
    readme: {
      does:
        "prints the general help; after a command (`policy-explorer show --help`), that command's usage, its options and the " +
        'global options it takes',
      exits: '0',
    },
  },
  version: { type: 'boolean', short: 'v', description: 'show the version', readme: { does: 'prints the version', exits: '0' } },
} as const satisfies Readonly<Record<string, OptionDeclaration & GlobalOption>>;

export type GlobalOptionDeclaration = OptionDeclaration & GlobalOption;

/** The global options with their names, in the order they are declared. */
export function globalOptions(): [string, GlobalOptionDeclaration][] {
  return Object.entries(GLOBAL_OPTIONS);
}

/** Whether the command called `name` takes the global option. */
export function takesGlobal(option: GlobalOptionDeclaration, name: string): boolean {
  return option.appliesTo === undefined || option.appliesTo.includes(name);
}
