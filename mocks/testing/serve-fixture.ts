import type { Server } from 'node:http';
import { buildOpenApiDocument } from '../../scripts/openapi-document';
import { createBackend, type Backend } from '../engine/backend';
import { createHandlers } from '../handlers';
import { clientAddressOf, createMockHttpServer, listen } from '../http-server';
import { memoryStorage } from '../store/persistence';

export interface ServedMock {
  /** The API's base URL, e.g. `http://127.0.0.1:41234/api/v1`. */
  baseUrl: string;
  backend: Backend;
  server: Server;
  close(): Promise<void>;
}

/**
 * `mock:serve` in the test's own process on a free port: the same HTTP layer, handlers and
 * engine as `npm run mock:serve`, on a smaller seeded directory (200 generated users).
 */
export async function serveMock(options: { corsOrigins?: string[] } = {}): Promise<ServedMock> {
  const backend = await createBackend({ storage: memoryStorage(), seedOptions: { generatedUsers: 200 } });
  const server = createMockHttpServer({ handlers: createHandlers(backend, { clientOf: clientAddressOf }), corsOrigins: options.corsOrigins ?? [], openApiDocument: buildOpenApiDocument });
  const baseUrl = await listen(server, 0, '127.0.0.1');
  return {
    baseUrl,
    backend,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
