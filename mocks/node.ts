import { setupServer, type SetupServer } from 'msw/node';
import { createApiClient, endpoints, type ApiClient } from '@/api';
import { createBackend } from './engine/backend';
import { seededRandom } from './rules/crypto';
import { createHandlers } from './handlers';
import { memoryStorage } from './store/persistence';

/** Where tests send requests: any origin works, this one reads well in failures. */
export const testOrigin = 'http://portal.test';
export const testBaseUrl = `${testOrigin}/api/v1`;
/** The instant a test backend starts at (the mock clock then only moves when a test moves it). */
export const testStart = Date.parse('2026-03-02T09:00:00.000Z');

export interface TestServerOptions {
  /** Epoch ms the clock starts at; default `testStart`. */
  now?: number;
  /** Generated users besides the personas; default 200 (the seed's few thousand make no test better, only slower). */
  generatedUsers?: number;
  /** The seed of the randomness (ids, codes, the generated directory); default 2026. */
  seed?: number;
}

export type TestBackend = Awaited<ReturnType<typeof createBackend>>;

export interface TestServer {
  server: SetupServer;
  backend: TestBackend;
  /** The real (not the mock API) clock under the backend: tests move it with `tick`, or with POST /dev/clock. */
  tick(ms: number): void;
  /** A typed client against the handlers, signed in with `token` when given. */
  client(token?: string | null): ApiClient;
  /** Back to the seed and the start time; cheap, so call it before every test. */
  reset(): Promise<void>;
}

/**
 * The mock backend for Node tests (Vitest): in-memory state, a clock that stands still unless a
 * test moves it, seeded randomness, and msw's `setupServer` over the same handlers as the
 * browser. Typical use:
 *
 * ```ts
 * const mock = await createTestServer();
 * beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
 * beforeEach(() => mock.reset());
 * afterEach(() => mock.server.resetHandlers());
 * afterAll(() => mock.server.close());
 * ```
 */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const start = options.now ?? testStart;
  let now = start;
  const backend = await createBackend({
    storage: memoryStorage(),
    now: () => now,
    random: seededRandom(options.seed ?? 2026),
    seedOptions: { generatedUsers: options.generatedUsers ?? 200, seed: options.seed ?? 2026 },
    // Tests hash cheaply (ADR 0004); the hashes record their cost.
    hashIterations: 1_000,
  });
  const server = setupServer(...createHandlers(backend));
  return {
    server,
    backend,
    tick(ms) {
      now += ms;
    },
    client(token = null) {
      return createApiClient(endpoints, { baseUrl: testBaseUrl, getToken: () => token });
    },
    async reset() {
      now = start;
      await backend.reset();
    },
  };
}
