import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import { createBackend } from './engine/backend';
import { createHandlers } from './handlers';
import { memoryStorage, type StateStorage } from './store/persistence';

/**
 * `npm run mock:serve`: the same handlers over plain HTTP for clients outside the browser
 * (curl, a mobile app, another team's frontend).
 *
 * - `PORT` (default 4010; 0 picks a free one) and `HOST` (default 127.0.0.1).
 * - State lives in memory and starts from the seed; set `MOCK_STATE_FILE=./mock-state.json`
 *   to keep it across restarts (the same versioned blob the browser keeps in localStorage).
 * - CORS is open (`*`): any origin may call it, with the Authorization header.
 */

function fileStorage(path: string): StateStorage {
  return {
    load() {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    save(text) {
      writeFileSync(path, text);
    },
    clear() {
      rmSync(path, { force: true });
    },
  };
}

const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Disposition',
  'Access-Control-Max-Age': '600',
};

async function main() {
  const port = Number(process.env.PORT ?? 4010);
  const host = process.env.HOST ?? '127.0.0.1';
  const stateFile = process.env.MOCK_STATE_FILE;
  const backend = await createBackend({ storage: stateFile ? fileStorage(stateFile) : memoryStorage() });
  for (const notice of backend.notices()) console.warn(`Notice: ${notice}`);

  const app = createMockApp(...createHandlers(backend));
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(corsHeaders)) response.setHeader(name, value);
    // Preflights never reach the API: CORS is the server's business, not the contract's.
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    app(request, response);
  });

  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    console.log(`Mock backend listening on http://${host}:${actualPort}/api/v1`);
  });

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
