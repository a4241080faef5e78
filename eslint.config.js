import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, lowest first. A folder may import the folders on the lines above its
 * own, never one on its line or below it. text holds the leaf helpers every layer may use
 * (script folding); platform the terminal, files and clipboard; model the data; gazetteer the
 * divisions of China (GB/T 2260), beside search, cite and review and needing none of them. ingest
 * sits above review: it writes its proposals with review's decisions and splice.
 */
const LAYERS = [
  ['text'],
  ['platform'],
  ['model'],
  ['gazetteer'],
  ['tables'],
  ['search', 'cite', 'review'],
  ['ingest'],
  ['commands'],
  ['ui'],
];

/** The files directly in src/: the program around the folders (bin, cli, usage) and its leaves. */
const ROOT_FILES = readdirSync(join(import.meta.dirname, 'src')).filter((name) => /\.tsx?$/u.test(name));
/** The root files that import nothing of src/ but each other, so that a folder may use them. */
const ROOT_LEAVES = ['args.ts', 'paths.ts', 'version.ts'];
/**
 * The root files a folder may import: the commands take UsageError from args.ts, the
 * bundled data's place from paths.ts and the build's version (a snapshot's stamp) from
 * version.ts; the gazetteer takes the place of its copy in dist/ from paths.ts; the interface
 * takes its start from cli.ts, and only main.ts, which starts it, and bin.ts, the process
 * around it, are above it.
 */
const ROOT_FILES_BELOW = {
  gazetteer: ['paths.ts'],
  commands: ['args.ts', 'paths.ts', 'version.ts'],
  ui: ROOT_FILES.filter((name) => name !== 'bin.ts' && name !== 'main.ts'),
};

const INK_REACT = {
  group: ['ink', 'ink/*', 'ink-*', 'react', 'react/*', 'react-dom'],
  message: 'only src/ui draws: keep Ink and React there.',
};

/**
 * Ink's own ways of reading the keyboard. Every screen reads keys through the one hook, which
 * drops the sequences Ink 6.8 throws on, tells a paste from keys and suspends on Ctrl-Z; a
 * screen reading them any other way would miss all of it.
 */
const INK_KEYS = {
  name: 'ink',
  importNames: ['useInput', 'useStdin'],
  message:
    'read keys with useKeys from src/ui/input/keys.ts, the one input path: it drops what Ink 6.8 throws on, tells a paste from keys, and suspends on Ctrl-Z.',
};
/** The hook itself, the one file that reads Ink's keyboard. */
const KEY_HOOK = 'src/ui/input/keys.ts';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * A pattern for an import of one of these folders or root files of src/, written from a file
 * in src/ (`up` is `./`) or below it (`../`, `../../`). Its `/` are escaped, so that a
 * selector can hold it too.
 */
function into(up, folders, files) {
  const names = [
    ...folders.map((folder) => `${escape(folder)}(\\/|$)`),
    ...files.map((file) => `${escape(file.replace(/\.tsx?$/u, ''))}\\.js$`),
  ];
  return `^${up}(${names.join('|')})`;
}
const FROM_FOLDER = '(\\.\\.\\/)+';
const FROM_ROOT = '\\.\\/';

/**
 * Forbids the imports a pattern matches, static ones and import() alike: no-restricted-imports
 * does not look at import(), so a selector does. `paths` are names no file of these may import.
 */
function forbid(regex, message, { draws = false, paths = [] } = {}) {
  return {
    'no-restricted-imports': ['error', { paths, patterns: [{ regex, message }, ...(draws ? [] : [INK_REACT])] }],
    'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/${regex}/]`, message }],
  };
}

const folderRules = LAYERS.flatMap((line, at) => {
  const below = LAYERS.slice(0, at).flat();
  const above = LAYERS.slice(at).flat();
  return line.flatMap((folder) => {
    const rootFiles = ROOT_FILES_BELOW[folder] ?? [];
    const mayImport = [...below, ...rootFiles].join(', ');
    const message = mayImport
      ? `src/${folder} may import only ${mayImport} of src/ (LAYERS in eslint.config.js): what it needs from beside or above it belongs below both.`
      : `src/${folder} imports nothing of src/ but itself (LAYERS in eslint.config.js).`;
    const forbidden = into(
      FROM_FOLDER,
      above.filter((other) => other !== folder),
      ROOT_FILES.filter((file) => !rootFiles.includes(file)),
    );
    const files = [`src/${folder}/**/*.{ts,tsx}`];
    if (folder !== 'ui') return [{ files, rules: forbid(forbidden, message) }];
    // A later entry's options replace an earlier one's: the hook keeps the layers' rule without the keyboard's.
    return [
      { files, rules: forbid(forbidden, message, { draws: true, paths: [INK_KEYS] }) },
      { files: [KEY_HOOK], rules: forbid(forbidden, message, { draws: true }) },
    ];
  });
});

const rootRules = [
  {
    files: ROOT_LEAVES.map((file) => `src/${file}`),
    rules: forbid(
      into(
        FROM_ROOT,
        LAYERS.flat(),
        ROOT_FILES.filter((file) => !ROOT_LEAVES.includes(file)),
      ),
      `${ROOT_LEAVES.join(', ')} import nothing of src/ but each other: the commands below them use them.`,
    ),
  },
  {
    files: ROOT_FILES.filter((file) => file !== 'main.ts' && !ROOT_LEAVES.includes(file)).map((file) => `src/${file}`),
    rules: forbid(
      into(FROM_ROOT, ['ui'], ['bin.ts']),
      'only main.ts starts the interface (src/ui); the rest of the program runs without a terminal.',
    ),
  },
  {
    // main.ts starts the interface by import(), once an interactive mode is asked for, so
    // that a command never loads Ink: only a static import of it is refused.
    files: ['src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(FROM_ROOT, ['ui'], []),
              message: 'main.ts imports the interface by import() only, so that a command never loads Ink.',
            },
            INK_REACT,
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      // Terminal escape sequences (OSC 52, keys) are control characters by nature.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'test/ui/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  ...folderRules,
  ...rootRules,
  prettier,
);
