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
);
