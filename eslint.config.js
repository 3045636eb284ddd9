import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'demo-output/', 'bench-output/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is shared by the content script, the CLI and the bench: it imports nothing of
    // theirs and never reaches for an extension API. Only packages and other core files.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['webextension-polyfill', 'webextension-polyfill/*'],
              message: 'The core runs in Node too: no extension API.',
            },
            {
              group: [
                '**/background',
                '**/background/**',
                '**/content',
                '**/content/**',
                '**/popup',
                '**/popup/**',
                '**/shared',
                '**/shared/**',
                '**/cli',
                '**/cli/**',
                '**/bench',
                '**/bench/**',
                '**/test/**',
              ],
              message: 'src/core imports only packages and other src/core files.',
            },
          ],
        },
      ],
    },
  },
  {
    // The popup is its own page: it reaches the reader through messages (src/shared/messages.ts),
    // never by importing the content script's modules (issue 9).
    files: ['src/popup/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/content', '**/content/**'],
              message: 'src/popup talks to the reader through src/shared/messages.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    // A reader feature (issue 9) gets everything from the feature context it is mounted with:
    // it imports ./context, the core, shared modules and packages, and no other content module
    // (not the overlay, not another feature). The list (index.ts) and the context itself are
    // the wiring, so they are left out.
    files: ['src/content/features/**/*.ts'],
    ignores: ['src/content/features/index.ts', 'src/content/features/context.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Any relative path but ./context, ../../core/… and ../../shared/….
              regex: '^(?!\\./context$|\\.\\./\\.\\./(?:core|shared)(?:/|$))\\.\\.?/',
              message:
                'A feature imports only ./context, src/core, src/shared and packages (issue 9).',
            },
          ],
        },
      ],
    },
  },
);
