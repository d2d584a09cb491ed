import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './openapi-document';

// `npm run openapi`: the published contract, regenerated from the endpoint table.
const target = resolve(dirname(fileURLToPath(import.meta.url)), '../openapi/openapi.json');
const document = buildOpenApiDocument();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Wrote ${target}: ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas`);
