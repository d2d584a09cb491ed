import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regenerate } from './api-doc-tables';

// `npm run api:doc`: rewrites the generated tables of docs/api.md from the endpoint table;
// `-- --check` only says whether they are up to date (exit code 1 when not).
const target = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/api.md');
const current = readFileSync(target, 'utf8');
const next = regenerate(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${target} is stale: run npm run api:doc`);
    process.exitCode = 1;
  }
} else if (next !== current) {
  writeFileSync(target, next);
  console.log(`Wrote ${target}`);
} else {
  console.log(`${target} is up to date`);
}
