// ESLint: the recommended JavaScript and typescript-eslint rules (not the
// type-checked preset: lint stays fast, `tsc --noEmit` checks the types).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Stages that are pure functions of their inputs: the process comes in through ports. */
const PURE_STAGES = ['model', 'util', 'plan', 'judge', 'aggregate', 'compare', 'gate', 'report', 'pipeline'];

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'fixtures/', 'schema/', 'coverage/', '.rehearse/', 'test/**/golden/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Rehearse strips and escapes control characters on purpose (terminal, XML, workflow logs): the regexes that
      // find them, and the tests that prove none is left, must name them.
      'no-control-regex': 'off',
      // Prettier wraps code at 120 columns but not strings or comments: this keeps those within the same width.
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      // `_`-prefixed names are deliberately unused (a destructured field left out, a callback's slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: PURE_STAGES.map((stage) => `src/${stage}/**/*.ts`),
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message: 'A pure stage takes env, cwd and signals from its caller (see docs/architecture.md).',
        },
      ],
    },
  },
]);
