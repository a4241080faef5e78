import { CLIPBOARD_MODES } from '../platform/clipboard.js';
import type { OptionDeclaration } from './declaration.js';

/**
 * The options more than one command takes, declared once: what each means does not change
 * with the command. `appliesTo` names the commands that take one, where not every command does.
 */

export interface GlobalOption {
  readonly appliesTo?: readonly string[];
}

/** The commands that read the dataset, and so take the options that say where it is. */
const READERS = ['explorer', 'export', 'validate', 'search', 'show', 'related', 'compare', 'progress'];

export const GLOBAL_OPTIONS = {
  lang: {
    type: 'string',
    choices: ['en', 'zh'],
    refusal: (value: string) => `unknown language "${value}" (use en or zh)`,
    description: "the explorer's interface, or show's citation, in English (default) or Chinese",
    appliesTo: ['explorer', 'show'],
  },
  clipboard: {
    type: 'string',
    choices: CLIPBOARD_MODES,
    refusal: (value: string) => `unknown clipboard mode "${value}" (use ${CLIPBOARD_MODES.join(', ')})`,
    description: "how the explorer's c copies (default: auto, or $POLICY_EXPLORER_CLIPBOARD)",
    appliesTo: ['explorer'],
  },
  data: {
    type: 'string',
    value: 'DIR',
    multiple: true,
    description:
      'dataset folder to read instead of the bundled one; give it more than once to combine folders ' +
      '("bundled" names the bundled one): --data bundled --data DIR',
    appliesTo: READERS,
  },
  seeds: {
    type: 'string',
    value: 'DIR',
    description: 'folder of the raw seed texts the documents name (default: DIR/seeds, else the bundled seeds/)',
    appliesTo: READERS,
  },
  'include-proposed': {
    type: 'boolean',
    description: 'include figures proposed by ingest and not yet reviewed',
    // validate checks proposals with everything else, and lists them apart.
    appliesTo: READERS.filter((name) => name !== 'validate'),
  },
  'no-cache': {
    type: 'boolean',
    description: 'read and check the dataset in full, without its snapshot, and write none',
    appliesTo: READERS,
  },
  help: {
    type: 'boolean',
    short: 'h',
    description: "show this help (a command's own after its name)",
  },
  version: { type: 'boolean', short: 'v', description: 'show the version' },
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
