import { buildOpenApiDocument } from '../scripts/openapi-document';
import { createBackend } from './engine/backend';
import { createHandlers } from './handlers';
import { clientAddressOf, corsOriginsFromArgs, createMockHttpServer, listen } from './http-server';
import { fileStorage } from './store/file-storage';
import { memoryStorage } from './store/persistence';

/**
 * `npm run mock:serve`: the same handlers over plain HTTP for clients outside the browser
 * (curl, a mobile app, another team's frontend, the conformance kit).
 *
 * - `PORT` (default 4010; 0 picks a free one) and `HOST` (default 127.0.0.1).
 * - State lives in memory and starts from the seed; set `MOCK_STATE_FILE=./mock-state.json`
 *   to keep it across restarts (the same versioned blob the browser keeps in localStorage).
 * - CORS is off: `npm run mock:serve -- --cors=https://app.example,http://localhost:3000`
 *   allows those origins, `--cors=*` any origin.
 * - `GET /api/v1/openapi.json` is the OpenAPI document of the contract.
 */

async function main() {
  const port = Number(process.env.PORT ?? 4010);
  const host = process.env.HOST ?? '127.0.0.1';
  const stateFile = process.env.MOCK_STATE_FILE;
  const corsOrigins = corsOriginsFromArgs(process.argv.slice(2));
  const backend = await createBackend({ storage: stateFile ? fileStorage(stateFile) : memoryStorage() });
  for (const notice of backend.notices()) console.warn(`Notice: ${notice}`);

  const server = createMockHttpServer({ handlers: createHandlers(backend, { clientOf: clientAddressOf }), corsOrigins, openApiDocument: buildOpenApiDocument });
  const url = await listen(server, port, host);
  console.log(`Mock backend listening on ${url}`);
  console.log(corsOrigins.length === 0 ? 'CORS: off (--cors=<origin>[,…] or --cors=* to allow browsers elsewhere)' : `CORS: ${corsOrigins.join(', ')}`);

  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal}: stopping the mock backend`);
    backend.flush();
    server.close(() => process.exit(0));
    server.closeAllConnections();
    // Whatever still hangs after a second is not worth waiting for.
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('The mock backend could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
