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
    // Only the core is shared with Node; it must never reach for an extension API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', '**/shared/browser*'] },
      ],
    },
  },
);
