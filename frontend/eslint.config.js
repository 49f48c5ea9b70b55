import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Every folder under src/features is a business area, read from the file system so that
 * a new area is held to the boundaries without editing this file.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * Business areas stay independent (as in bulletproof-react): a feature never imports
 * another feature, and only src/app composes features into routes. Below them, in layers:
 * src/records (each record kind's queries and what a change of it refreshes) builds on
 * src/lib, src/config and src/i18n; src/components (shared UI) may also use records.
 */
const boundaries = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need to src/records, src/lib or src/components, or compose them in src/app.',
  })),
  {
    target: './src/records',
    from: ['./src/features', './src/app', './src/components'],
    message: 'Records hold queries and their invalidation only: they may use src/lib, src/config and src/i18n, never features, UI or the app.',
  },
  {
    target: ['./src/lib', './src/config', './src/i18n'],
    from: ['./src/features', './src/app', './src/records', './src/components'],
    message: 'src/lib, src/config and src/i18n are the bottom layer: they must not depend on records, components, features or the app.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components must not depend on features or the app.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not depend on the app shell.',
  },
];

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'src/api/schema.d.ts', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat['recommended-latest']],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['*.config.ts', '*.test.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
