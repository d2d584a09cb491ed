import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './openapi-document';

/**
 * `npm run openapi:check`: the published document, as real tools see it.
 * 1. Redocly CLI's recommended ruleset finds 0 errors and 0 warnings.
 * 2. openapi-typescript generates types from it (into openapi/, which git ignores), and the
 *    small client in tests/openapi-client compiles against them with tsc.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documentPath = resolve(root, 'openapi/openapi.json');
const typesPath = resolve(root, 'openapi/types.ts');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
// No usage reports and no update checks: CI reaches only the npm registry.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function run(command: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

function fail(message: string, output = ''): never {
  console.error(`openapi:check: ${message}`);
  if (output) console.error(output);
  process.exit(1);
}

mkdirSync(dirname(documentPath), { recursive: true });
writeFileSync(documentPath, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);

const lint = run(bin('redocly'), ['lint', documentPath, '--extends', 'recommended', '--format', 'json']);
let totals: { errors: number; warnings: number } | null = null;
try {
  const report: unknown = JSON.parse(lint.stdout);
  if (typeof report === 'object' && report !== null && 'totals' in report) {
    const { errors, warnings } = { errors: NaN, warnings: NaN, ...(typeof report.totals === 'object' ? report.totals : {}) };
    totals = { errors: Number(errors), warnings: Number(warnings) };
  }
} catch {
  totals = null;
}
if (totals === null) fail('Redocly CLI did not report', `${lint.stdout}\n${lint.stderr}`);
console.log(`Redocly recommended lint: ${totals.errors} errors, ${totals.warnings} warnings`);
if (totals.errors > 0 || totals.warnings > 0) {
  fail('the document must lint clean', run(bin('redocly'), ['lint', documentPath, '--extends', 'recommended']).stdout);
}

const generate = run(bin('openapi-typescript'), [documentPath, '--output', typesPath]);
if (generate.status !== 0) fail('openapi-typescript failed', `${generate.stdout}\n${generate.stderr}`);
console.log(`openapi-typescript: wrote ${typesPath}`);

const compile = run(bin('tsc'), ['-p', resolve(root, 'tests/openapi-client/tsconfig.json')]);
if (compile.status !== 0) fail('the typed client does not compile against the generated types', compile.stdout);
console.log('tests/openapi-client compiles against the generated types');
