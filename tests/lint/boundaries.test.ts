import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The arrows of ADR 0003 hold by path: each snippet is linted with the project's own config as if
 * it sat at `at`, so the imports resolve against the real tree and no fixture file lives in it.
 */
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(at: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, at) });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

/** The first production module of a mocks folder, so the case survives renames inside it. */
function firstModuleIn(folder: string) {
  const name = readdirSync(path.join(root, folder)).find((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  if (!name) throw new Error(`${folder} holds no module`);
  return name.replace(/\.ts$/, '');
}

// The first lint loads the config and parses the tree it follows, which takes seconds on a busy machine.
describe('import boundaries', { timeout: 60_000 }, () => {
  it('stops a feature reaching into another feature by a relative path', async () => {
    const errors = await boundaryErrors(
      'src/features/security-info/components/lint-fixture.ts',
      "export { forgetSavedReset } from '../../reset/flow-storage';\n",
    );
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('stops shared components importing a feature', async () => {
    const errors = await boundaryErrors('src/components/form/lint-fixture.ts', "export * from '../../features/reset';\n");
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('stops one admin screen reaching into another by a relative path', async () => {
    const errors = await boundaryErrors('src/features/admin-policy/lint-fixture.ts', "export * from '../admin-users/api/get-user';\n");
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('stops the admin shell importing a screen', async () => {
    const errors = await boundaryErrors('src/admin/components/lint-fixture.ts', "export * from '../../features/admin-policy';\n");
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it("stops a people's feature loading the admin shell", async () => {
    const errors = await boundaryErrors('src/features/home/lint-fixture.ts', "export * from '../../admin/api/keys';\n");
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('lets an admin screen use the admin shell and the shared layers', async () => {
    const errors = await boundaryErrors(
      'src/features/admin-policy/lint-fixture.ts',
      ["export { adminKeys } from '../../admin/api/keys';", "export { useAdminTranslation } from '@/admin/i18n/register';", "export { FormError } from '@/components/form';", ''].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('stops src importing the mock backend', async () => {
    const errors = await boundaryErrors('src/features/reset/lint-fixture.ts', "export * from '../../../mocks/handlers';\n");
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('stops the store importing the engine', async () => {
    const errors = await boundaryErrors('mocks/store/lint-fixture.ts', `export * from '../engine/${firstModuleIn('mocks/engine')}';\n`);
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('stops a production mocks file importing the test kits', async () => {
    const errors = await boundaryErrors('mocks/engine/lint-fixture.ts', `export * from '../testing/${firstModuleIn('mocks/testing')}';\n`);
    expect(errors).toContain('import-x/no-restricted-paths');
  });

  it('stops an import cycle', async () => {
    // client.ts imports endpoint-definition.ts, so endpoint-definition importing the client closes a loop.
    const errors = await boundaryErrors(
      'src/api/endpoint-definition.ts',
      "import { createApiClient } from './client';\nexport const client = createApiClient;\n",
    );
    expect(errors).toContain('import-x/no-cycle');
  });

  it('lets a feature use its own files and the shared layers', async () => {
    const errors = await boundaryErrors(
      'src/features/reset/lint-fixture.ts',
      [
        "export { forgetSavedReset } from './flow-storage';",
        "export { FormError } from '@/components/form/form-error';",
        "export { ApiError } from '../../api/problem';",
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('keeps the languages out of the app’s code: types from the registry only (the page carries the list)', async () => {
    const rule = '@typescript-eslint/no-restricted-imports';
    expect(await boundaryErrors('src/components/shell/lint-fixture.ts', "export { languageList } from '@/i18n/languages';\n")).toContain(rule);
    expect(await boundaryErrors('src/i18n/lint-fixture.ts', "export { languages } from './languages';\n")).toContain(rule);
    expect(await boundaryErrors('src/i18n/lint-fixture.ts', "export type { LanguageTag } from './languages';\n")).toEqual([]);
    expect(await boundaryErrors('src/prerender/lint-fixture.ts', "export { languageList } from '@/i18n/languages';\n")).toEqual([]);
  });
});
