import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What the layers below the interface may not import: they run without a terminal. */
const UI_IMPORTS = {
  patterns: [
    { group: ['**/ui/**', '**/ui'], message: 'model, search, cite, platform and commands never import the interface (src/ui).' },
    { group: ['ink', 'ink/*', 'ink-*', 'react', 'react/*', 'react-dom'], message: 'only src/ui draws: keep Ink and React there.' },
  ],
};

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
  {
    files: ['src/model/**', 'src/search/**', 'src/cite/**', 'src/platform/**', 'src/commands/**'],
    rules: { 'no-restricted-imports': ['error', UI_IMPORTS] },
  },
  prettier,
);
