import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The import direction of STYLE.md: app → features → components/api/branding/i18n; mocks → src/api. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noMocks = { group: ['**/mocks/**', '../mocks/*', '../../mocks/*'], message: 'src never imports mocks (only main.tsx, dynamically).' };
const noApp = { group: ['@/app', '@/app/**'], message: 'Only the app layer composes features.' };
const pureTs = { group: ['msw', 'msw/*', 'react', 'react-dom', '@/*', '!@/api'], message: 'The engine, store and rules are pure TypeScript: no msw, no React.' };
const mocksApiOnly = { group: ['@/*', '!@/api', '@/api/**/x', '**/src/*', '!**/src/api', '**/src/!(api)/**'], message: 'mocks import only src/api.' };
const noTesting = { group: ['**/testing/**', '**/testing'], message: 'Test fixtures are for tests only.' };
const noFeatures = { group: ['@/features', '@/features/**'], message: 'Shared code does not import features.' };

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
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/main.tsx'], rules: restrict([noMocks]) },
  { files: ['src/features/**/*.{ts,tsx}'], rules: restrict([noMocks, noApp, { group: ['@/features/**'], message: 'Features never import each other; within a feature use relative paths.' }]) },
  { files: ['src/api/**', 'src/components/**', 'src/branding/**', 'src/i18n/**'], rules: restrict([noMocks, noApp, noFeatures]) },
  { files: ['src/api/**'], rules: restrict([noMocks, noApp, noFeatures, { group: ['@/components/**', '@/branding/**', '@/i18n/**', 'react', 'react-dom'], message: 'The contract depends on nothing but zod.' }]) },
  {
    files: ['mocks/**/*.ts'],
    rules: restrict([mocksApiOnly]),
  },
  // The mock's layers point one way: handlers → engine → store → rules; test fixtures stay out of production files.
  { files: ['mocks/**/*.ts'], ignores: ['**/*.test.ts', 'mocks/testing/**'], rules: restrict([mocksApiOnly, noTesting]) },
  { files: ['mocks/{engine,store,rules,testing}/**/*.ts'], rules: restrict([pureTs]) },
  { files: ['mocks/engine/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([pureTs, noTesting]) },
  { files: ['mocks/store/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([pureTs, noTesting, { group: ['**/engine/**', '**/engine', '**/handlers/**'], message: 'The store uses rules, never operations.' }]) },
  { files: ['mocks/rules/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([pureTs, noTesting, { group: ['**/store/**', '**/engine/**', '**/handlers/**'], message: 'Rules are the bottom layer: pure functions only.' }]) },
);
