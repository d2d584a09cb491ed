import { matchRequestUrl } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { ApiError, endpoints, problemSchema, type ApiClient, type EndpointDefinition, type EndpointName } from '@/api';
import { toMswPath } from '../../mocks/handlers';
import { createTestServer, testBaseUrl, type TestServer, type TestServerOptions } from '../../mocks/node';
import { problemStatus } from '../../scripts/openapi-document';
import { findLeaks, handedOutSecrets, isDistinctive, typedSecrets, type ScannedAnswer, type Secret } from './leak-scan';

export const adminUpn = 'admin@contoso.com';
export const adminPassword = 'Admin-Demo-2026!';

const endpointNames = Object.keys(endpoints) as EndpointName[];

function endpointOf(request: Request): EndpointName | null {
  const url = new URL(request.url);
  for (const name of endpointNames) {
    const endpoint: EndpointDefinition = endpoints[name];
    if (endpoint.method !== request.method) continue;
    if (matchRequestUrl(url, `${testBaseUrl}${toMswPath(endpoint.path)}`).matches) return name;
  }
  return null;
}

/**
 * What the handlers answered, per endpoint: `ok` for the success status, else the problem code.
 * Read off the wire, so a scenario counts only when the backend really answered it.
 */
export function trackAnswers(mock: TestServer) {
  const seen = new Set<string>();
  const pending: Promise<void>[] = [];
  mock.server.events.on('response:mocked', ({ request, response }) => {
    const name = endpointOf(request);
    if (!name) return;
    if (response.status === endpoints[name].status) {
      seen.add(`${name} ok`);
      return;
    }
    pending.push(
      response
        .clone()
        .json()
        .then((body: unknown) => {
          const problem = problemSchema.safeParse(body);
          if (problem.success) seen.add(`${name} ${problem.data.code}`);
        })
        .catch(() => undefined),
    );
  });
  return {
    /** `name outcome` pairs the table promises for these endpoints that no test produced. */
    async missing(names: readonly EndpointName[]): Promise<string[]> {
      await Promise.all(pending);
      return names.flatMap((name) =>
        ['ok', ...endpoints[name].errors].map((outcome) => `${name} ${outcome}`).filter((key) => !seen.has(key)),
      );
    },
  };
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Keeps every answer and every secret that went by (typed passwords and answers, codes the mock
 * sent, secrets handed out by design), so a suite can check that no answer leaked one.
 */
export function scanAnswers(mock: TestServer) {
  const answers: ScannedAnswer[] = [];
  const secrets: Secret[] = [];
  const pending: Promise<void>[] = [];
  mock.server.events.on('request:start', ({ request }) => {
    if (!endpointOf(request)) return;
    pending.push(
      request
        .clone()
        .text()
        .then((text) => {
          secrets.push(...typedSecrets(parsedJson(text)));
        })
        .catch(() => undefined),
    );
  });
  mock.server.events.on('response:mocked', ({ request, response }) => {
    const endpoint = endpointOf(request);
    if (!endpoint) return;
    pending.push(
      response
        .clone()
        .text()
        .then((text) => {
          answers.push({ endpoint, text });
          secrets.push(...handedOutSecrets(endpoint, parsedJson(text)));
        })
        .catch(() => undefined),
    );
  });
  return {
    /** Reads the codes the mock sent; call it before the state goes back to the seed. */
    harvestCodes() {
      for (const message of mock.backend.deps.state().outbox) if (message.code !== undefined) secrets.push({ kind: 'code', value: message.code });
    },
    /** Every answer that holds a secret, a hash or a stack trace. */
    async leaks(): Promise<string[]> {
      await Promise.all(pending);
      this.harvestCodes();
      return findLeaks(answers, secrets);
    },
    /** The kinds of secret seen so far (to show the scan looked at something). */
    async secretKinds(): Promise<Set<Secret['kind']>> {
      await Promise.all(pending);
      this.harvestCodes();
      return new Set(secrets.filter(isDistinctive).map((secret) => secret.kind));
    },
    answerCount: () => answers.length,
  };
}

export interface MockBackendHarness extends TestServer {
  answers: ReturnType<typeof trackAnswers>;
  /** A client signed in as this person (through the dev sign-in, so no password needed). */
  as(userPrincipalName: string): Promise<ApiClient>;
  /** A client signed in as the global admin. */
  admin(): Promise<ApiClient>;
  anonymous: ApiClient;
  /** What this file's answers leaked so far (checked again after the last test). */
  scan: ReturnType<typeof scanAnswers>;
  /** The newest code the mock sent to an address or phone number (E.164, no spaces). */
  lastCode(to: string): Promise<string>;
}

/** One backend per test file, back to the seed before every test. */
export async function useMockBackend(options: TestServerOptions = {}): Promise<MockBackendHarness> {
  const mock = await createTestServer(options);
  const answers = trackAnswers(mock);
  const scan = scanAnswers(mock);
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    scan.harvestCodes();
    return mock.reset();
  });
  afterEach(() => mock.server.resetHandlers());
  afterAll(async () => {
    const leaks = await scan.leaks();
    mock.server.close();
    // docs/api.md: no answer ever contains a stack trace, a password, a code or an answer hash.
    expect(leaks).toEqual([]);
  });
  const anonymous = mock.client();
  const as = async (userPrincipalName: string) => {
    const session = await anonymous.call('devSignIn', { body: { userId: userPrincipalName } });
    return mock.client(session.token);
  };
  return {
    ...mock,
    answers,
    scan,
    as,
    admin: () => as(adminUpn),
    anonymous,
    async lastCode(to) {
      const { items } = await anonymous.call('getOutbox', { query: { to } });
      const code = items.find((message) => message.code !== undefined)?.code;
      if (code === undefined) throw new Error(`No code was sent to ${to}`);
      return code;
    },
  };
}

/** Asserts the call fails with this problem code and the status docs/api.md gives it; answers the error. */
export async function expectProblem(promise: Promise<unknown>, code: keyof typeof problemStatus): Promise<ApiError> {
  let failure: unknown = null;
  try {
    await promise;
  } catch (error) {
    failure = error;
  }
  if (!(failure instanceof ApiError)) throw new Error(`Expected a ${code} problem, got ${String(failure ?? 'success')}`);
  expect({ status: failure.status, code: failure.code }).toEqual({ status: problemStatus[code], code });
  return failure;
}
