import { memoryStorage, type StateStorage } from '../store/persistence';
import { createBackend, type Backend } from '../engine/backend';
import { ProblemError, type RequestContext } from '../engine/operations';
import { seededRandom } from '../rules/crypto';

/** A fixed start for engine tests: a Monday morning in spring. */
export const kitStart = Date.parse('2026-03-02T09:00:00.000Z');

export interface BackendKit {
  backend: Backend;
  storage: StateStorage & { text(): string | null };
  /** Moves the real clock under the mock clock. */
  tick(ms: number): void;
  /** Signs in as a user (dev sign-in) and answers the request context with their token. */
  as(userPrincipalName: string): Promise<RequestContext>;
}

/** A small seeded backend on a fixed clock with in-memory storage that saves at once. */
export async function createBackendKit(options: { generatedUsers?: number; storage?: StateStorage & { text(): string | null } } = {}): Promise<BackendKit> {
  let now = kitStart;
  const storage = options.storage ?? memoryStorage();
  const backend = await createBackend({
    storage,
    now: () => now,
    random: seededRandom(7),
    seedOptions: { generatedUsers: options.generatedUsers ?? 40 },
    saveDelayMs: 0,
    // Tests hash cheaply (ADR 0004); the hashes record their cost.
    hashIterations: 1_000,
  });
  return {
    backend,
    storage,
    tick(ms) {
      now += ms;
    },
    async as(userPrincipalName) {
      const session = await backend.operations.devSignIn({ params: undefined, query: undefined, body: { userId: userPrincipalName } }, { token: null });
      return { token: session.token };
    },
  };
}

/** No params, query or body: the input of an operation that takes none. */
export const none = { params: undefined, query: undefined, body: undefined } as const;

/** The problem an operation threw; fails the test when it succeeded or threw something else. */
export async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a problem');
}
