import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * STYLE.md's arrows, enforced on the resolved path of every import (ADR 0003), so a relative
 * `../../other-feature/x` is caught like `@/features/other-feature/x`:
 * src: app → features → admin (the shared admin shell) → components/api/branding/i18n, where only
 * the console's screens (`src/features/admin-*`) use the admin shell;
 * mocks: handlers → engine → store → rules, and mocks → src/api only.
 */
const root = import.meta.dirname;
const featureNames = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const sharedUi = ['./api', './components', './branding', './i18n'];

const zones = [
  // src/main.tsx sits at the top of src, outside this glob: its dynamic import turns demo mode on.
  { target: 'src/*/**', from: 'mocks', message: 'src never imports mocks (only start.tsx, dynamically).' },
  { target: 'src/features', from: 'src/app', message: 'Only the app layer composes features.' },
  ...featureNames.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message: 'Features never import each other: move what both need to src/admin or src/components.',
  })),
  {
    target: featureNames.filter((name) => !name.startsWith('admin-')).map((name) => `src/features/${name}`),
    from: 'src/admin',
    message: "Only the console's screens (src/features/admin-*) use the admin shell: people's pages never load it.",
  },
  {
    target: 'src/admin',
    from: 'src',
    except: ['./admin', ...sharedUi],
    message: 'The admin shell imports only api, components, branding and i18n.',
  },
  {
    target: ['src/components', 'src/branding', 'src/i18n'],
    from: 'src',
    except: sharedUi,
    message: 'Shared code imports no feature, no admin shell and no app.',
  },
  {
    target: 'src/portal-config',
    from: 'src',
    except: ['./portal-config', ...sharedUi],
    message: 'The back-end modes import only api, components, branding and i18n.',
  },
  { target: 'src/api', from: 'src', except: ['./api'], message: 'The contract depends on nothing but zod.' },
  { target: 'mocks', from: 'src', except: ['./api'], message: 'mocks import only src/api.' },
  {
    target: ['mocks/engine', 'mocks/store', 'mocks/rules'],
    from: ['node_modules/msw', 'node_modules/react', 'node_modules/react-dom'],
    message: 'Below the handlers the mock backend is pure TypeScript: no msw, no React.',
  },
];
/** Each mocks layer imports only itself and the layers below it; its tests may add the kits. */
const mocksLayer = (layer, below, message) => (kits) => ({
  target: `mocks/${layer}`,
  from: 'mocks',
  except: [`./${layer}`, ...below.map((name) => `./${name}`), ...kits],
  message,
});
const mocksLayers = [
  mocksLayer('handlers', ['engine', 'store', 'rules'], 'The handlers call the engine, never the files that start a server or a worker.'),
  mocksLayer('engine', ['store', 'rules'], 'The engine imports only the store and the rules.'),
  mocksLayer('store', ['rules'], 'The store may use the rules, never the operations.'),
  mocksLayer('rules', [], 'The rules are the bottom layer.'),
];
const productionOnlyZones = [
  { target: 'src/api', from: 'node_modules', except: ['./zod'], message: 'The contract depends on nothing but zod.' },
  {
    target: ['src', 'scripts', 'mocks/rules', 'mocks/store', 'mocks/engine', 'mocks/handlers', 'mocks/*.ts'],
    from: 'mocks/testing',
    message: 'mocks/testing holds kits for tests only.',
  },
];
const testFiles = ['**/*.test.{ts,tsx}', 'tests/**'];
const restrictPaths = (list) => ({ 'import-x/no-restricted-paths': ['error', { basePath: root, zones: list }] });

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'coverage', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'openapi'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files must be parsed for no-cycle to follow them; @/ resolves through tsconfig.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })],
    },
    rules: {
      ...restrictPaths([...zones, ...mocksLayers.map((layer) => layer([])), ...productionOnlyZones]),
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // The app reads its languages from the page (src/i18n/page-languages.ts, ADR "language registry
  // outside home"): only their types come from the registry, so adding a language adds 0 bytes to
  // home's JavaScript (`npm run size -- --check` proves it). The prerender and the tests use it.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...testFiles, 'src/prerender/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)i18n/languages$|^\\./languages$',
              allowTypeImports: true,
              message: 'The app takes its languages from the page (src/i18n/page-languages.ts); import only types from the registry.',
            },
          ],
        },
      ],
    },
  },
  // In Node there is no page, so the page's languages are English alone: a browser test or a
  // script that asked them for German got "English", switched to it, and waited for German text
  // that never came (CI, stop 20). They take the registry itself.
  {
    files: ['tests/e2e/**', 'tests/nginx/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/i18n',
              importNames: ['languageInfo', 'pageLanguages', 'isLanguageTag'],
              message: 'Node has no page, so these answer English alone: import them from @/i18n/languages.',
            },
          ],
        },
      ],
    },
  },
  // Tests may use vitest, node and the kits of mocks/testing; every other arrow holds for them too.
  { files: testFiles, rules: restrictPaths([...zones, ...mocksLayers.map((layer) => layer(['./testing']))]) },
);
