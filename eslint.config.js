import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'packages/data/src/generated/**',
      'packages/components/custom-elements.json',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'test/components/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['packages/components/src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    files: ['packages/components/src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // test/testing.ts re-exports it with a hook that keeps failures on DOM nodes reportable.
    files: ['test/**/*.ts'],
    ignores: ['test/testing.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { name: '@open-wc/testing', message: 'Import from test/testing.ts instead.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'test/tools/**', '.ci/**'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
