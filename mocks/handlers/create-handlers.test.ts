import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { problemSchema, type DevSettings, type ResetFlow } from '@/api';
import { ProblemError, type CsvOperations, type MockBackend, type Operations } from '../engine/operations';
import { createHandlers } from './create-handlers';

const notUsed = async (): Promise<never> => {
  throw new Error('not used by this test');
};

/** Ids shaped like the ones the mock hands out (the handlers refuse any other shape). */
const flowId = `flw_${'F'.repeat(22)}`;
const challengeId = `chl_${'C'.repeat(22)}`;
const userId = 'usr-000001';
const token = `tok_${'T'.repeat(22)}`;

const flow: ResetFlow = {
  flowId,
  expiresAt: '2026-01-01T00:15:00.000Z',
  step: 'verify',
  gatesRequired: 1,
  gatesPassed: 0,
  methods: [],
  unlockAvailable: false,
  outcome: null,
};

/** Only the operations a test touches do anything; the layer under test is the HTTP one. */
function fakeBackend(overrides: Partial<Operations> = {}, csvOverrides: Partial<CsvOperations> = {}) {
  const settings: DevSettings = { latencyMs: 0, failureRate: 0 };
  const operations: Operations = {
    getBranding: notUsed, getPasswordRules: notUsed, checkPassword: notUsed, getCaptcha: notUsed,
    startReset: notUsed, getReset: notUsed, createChallenge: notUsed, getChallenge: notUsed,
    verifyChallenge: notUsed, resetPassword: notUsed, unlockAccount: notUsed, contactAdmin: notUsed,
    cancelReset: notUsed, signIn: notUsed, signOut: notUsed, getMe: notUsed, getSecurityInfo: notUsed,
    startEmailVerification: notUsed, startPhoneVerification: notUsed, startAppVerification: notUsed,
    completeEmail: notUsed, completeMobilePhone: notUsed, completeApp: notUsed, registerQuestions: notUsed,
    deleteMethod: notUsed, confirmSecurityInfo: notUsed, dismissRegistrationPrompt: notUsed,
    changePassword: notUsed, getPolicy: notUsed, putPolicy: notUsed, getAdminBranding: notUsed,
    putAdminBranding: notUsed, deleteAdminBranding: notUsed, listUsers: notUsed, createUser: notUsed,
    getUser: notUsed, patchUser: notUsed, deleteUser: notUsed, unlockUser: notUsed,
    adminResetPassword: notUsed, importAuthData: notUsed, listGroups: notUsed, getReportSummary: notUsed,
    listRegistrations: notUsed, listResets: notUsed, listAudit: notUsed, getOutbox: notUsed,
    getRollout: notUsed, sendAnnouncement: notUsed, putRolloutReminder: notUsed, deleteRolloutReminder: notUsed,
    approvePush: notUsed, denyPush: notUsed, getCaptchaAnswer: notUsed, resetDemo: notUsed,
    getClock: notUsed, advanceClock: notUsed, resetClock: notUsed, getDevSettings: notUsed, putDevSettings: notUsed,
    devSignIn: notUsed, getDevNotices: notUsed, getPersonas: notUsed,
    ...overrides,
  };
  const csv: CsvOperations = { listRegistrations: notUsed, listResets: notUsed, listAudit: notUsed, ...csvOverrides };
  const backend: MockBackend = { operations, csv, devSettings: () => settings, authorize: () => undefined };
  return { backend, settings };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'http://portal.test/api/v1';

function use(backend: MockBackend) {
  server.use(...createHandlers(backend));
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return problemSchema.parse(await response.json());
}

/** A token the fake backend never checks: the handlers only need one to be there, of the right shape. */
const signedIn = { Authorization: `Bearer ${token}` };

function postJson(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

describe('the generated handlers', () => {
  it('passes decoded path params, parsed body and the Bearer token to the operation and answers its status', async () => {
    const verifyChallenge = vi.fn(async () => flow);
    use(fakeBackend({ verifyChallenge }).backend);
    // `%2D` is `-`: the operation gets the decoded id.
    const response = await postJson(`/reset/${flowId.slice(0, -1)}%2D/challenges/${challengeId}/verify`, JSON.stringify({ code: '123456' }), {
      Authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(flow);
    expect(verifyChallenge).toHaveBeenCalledWith(
      { params: { flowId: `${flowId.slice(0, -1)}-`, challengeId }, query: undefined, body: { code: '123456' } },
      { token },
    );
  });

  it('applies query defaults and answers 201 and 204 as the table says', async () => {
    const listUsers = vi.fn(async () => ({ items: [], nextCursor: null, total: 0 }));
    const startReset = vi.fn(async () => flow);
    const cancelReset = vi.fn(async () => undefined);
    use(fakeBackend({ listUsers, startReset, cancelReset }).backend);

    expect((await fetch(`${base}/admin/users?query=ann`, { headers: signedIn })).status).toBe(200);
    expect(listUsers).toHaveBeenCalledWith({ params: undefined, query: { query: 'ann', limit: 50 }, body: undefined }, { token });
    expect((await postJson('/reset', JSON.stringify({ userId: 'ann@contoso.com' }))).status).toBe(201);
    const cancelled = await fetch(`${base}/reset/${flowId}`, { method: 'DELETE' });
    expect(cancelled.status).toBe(204);
    expect(await cancelled.text()).toBe('');
  });

  it('answers a thrown ProblemError as its problem, with Retry-After when it says when', async () => {
    const startReset = vi.fn(async () => {
      throw new ProblemError(429, 'throttled', 'Too many tries', { retryAfterSeconds: 90 });
    });
    use(fakeBackend({ startReset }).backend);
    const response = await postJson('/reset', JSON.stringify({ userId: 'x' }));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('90');
    expect(await problemOf(response)).toEqual({ status: 429, code: 'throttled', title: 'Too many tries', retryAfterSeconds: 90 });
  });

  it('answers any other failure with a generic 500 that leaks neither message nor stack', async () => {
    const getBranding = vi.fn(async () => {
      throw new Error('secret detail at engine.ts:42');
    });
    use(fakeBackend({ getBranding }).backend);
    const response = await fetch(`${base}/branding`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('engine.ts');
    expect(problemSchema.parse(JSON.parse(text)).code).toBe('internal');
  });

  it('refuses malformed JSON, wrong types, unknown fields and a wrong Content-Type with 400 naming the fields', async () => {
    const signIn = vi.fn(notUsed);
    use(fakeBackend({ signIn }).backend);

    const malformed = await problemOf(await postJson('/session', '{"userId": '));
    expect(malformed).toMatchObject({ status: 400, code: 'invalid_request', violations: [{ code: 'malformed_json', field: 'body' }] });

    const wrongTypes = await problemOf(await postJson('/session', JSON.stringify({ userId: 42, password: ['x'], extra: 1 })));
    expect(wrongTypes.violations?.map((violation) => violation.field).sort()).toEqual(['extra', 'password', 'userId']);
    expect(wrongTypes.violations).toContainEqual({ code: 'unknown_field', field: 'extra' });

    const missing = await problemOf(await fetch(`${base}/session`, { method: 'POST' }));
    expect(missing.violations).toContainEqual(expect.objectContaining({ field: 'body' }));

    const text = await problemOf(
      await fetch(`${base}/session`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"userId":"a","password":"b"}' }),
    );
    expect(text.violations).toEqual([{ code: 'unsupported_media_type', field: 'body', params: { expected: 'application/json' } }]);
    expect(signIn).not.toHaveBeenCalled();
  });

  it('names nested fields with dotted paths', async () => {
    use(fakeBackend().backend);
    const problem = await problemOf(
      await fetch(`${base}/admin/users/${userId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', ...signedIn },
        body: JSON.stringify({ contact: { mobilePhone: 5, fax: '1' } }),
      }),
    );
    expect(problem.violations).toEqual([
      { code: 'invalid_type', field: 'contact.mobilePhone', params: { expected: 'string' } },
      { code: 'unknown_field', field: 'contact.fax' },
    ]);
  });

  it('refuses a query out of range, an unknown query parameter and one on an endpoint without a query', async () => {
    use(fakeBackend().backend);
    const tooMany = await problemOf(await fetch(`${base}/admin/users?limit=201&colour=red`, { headers: signedIn }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.violations).toEqual([
      { code: 'too_big', field: 'limit', params: { max: 200 } },
      { code: 'unknown_field', field: 'colour' },
    ]);
    const noQuery = await problemOf(await fetch(`${base}/branding?x=1`));
    expect(noQuery.violations).toEqual([{ code: 'unknown_field', field: 'x' }]);
  });

  it('refuses a body over 1 MB with 413 before parsing it, whatever it holds', async () => {
    const createUser = vi.fn(notUsed);
    use(fakeBackend({ createUser }).backend);
    const huge = JSON.stringify({ displayName: 'x'.repeat(1024 * 1024) });
    const response = await postJson('/admin/users', huge, signedIn);
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe('payload_too_large');
    const notJson = await postJson('/admin/users', '{'.repeat(1024 * 1024 + 1), signedIn);
    expect((await problemOf(notJson)).code).toBe('payload_too_large');
    // Exactly 1 MB is still accepted as far as size goes (then fails validation).
    const atLimit = await postJson('/admin/users', ' '.repeat(1024 * 1024 - 2) + '{}', signedIn);
    expect((await problemOf(atLimit)).code).toBe('invalid_request');
    expect(createUser).not.toHaveBeenCalled();
  });

  it('takes a CSV body as text and answers reports as CSV when asked', async () => {
    const importAuthData = vi.fn(async () => ({ rows: [], applied: 0 }));
    const listAudit = vi.fn(async () => 'id,occurredAt\r\na1,2026-01-01T00:00:00.000Z\r\n');
    use(fakeBackend({ importAuthData }, { listAudit }).backend);

    const imported = await fetch(`${base}/admin/auth-data/import?mode=validate`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${token}` },
      body: 'userPrincipalName\r\n',
    });
    expect(imported.status).toBe(200);
    expect(importAuthData).toHaveBeenCalledWith(
      { params: undefined, query: { mode: 'validate' }, body: 'userPrincipalName\r\n' },
      { token },
    );

    const report = await fetch(`${base}/admin/audit?from=2026-01-01`, { headers: { Accept: 'text/csv', Authorization: `Bearer ${token}` } });
    expect(report.status).toBe(200);
    expect(report.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(report.headers.get('Content-Disposition')).toBe('attachment; filename="audit.csv"');
    expect(await report.text()).toContain('a1,2026-01-01');
    expect(listAudit).toHaveBeenCalledWith({ params: undefined, query: { from: '2026-01-01', limit: 50 }, body: undefined }, { token });
  });

  it('answers 401 unauthenticated, not 400, when a signed-in or admin endpoint gets no token, whatever the body', async () => {
    const putPolicy = vi.fn(notUsed);
    const startEmailVerification = vi.fn(notUsed);
    use(fakeBackend({ putPolicy, startEmailVerification }).backend);
    const policy = await fetch(`${base}/admin/policy`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"enablement": ' });
    expect(policy.status).toBe(401);
    expect((await problemOf(policy)).code).toBe('unauthenticated');
    const email = await postJson('/me/security-info/email/verification', JSON.stringify({ unknown: true }));
    expect(email.status).toBe(401);
    expect((await problemOf(email)).code).toBe('unauthenticated');
    expect(putPolicy).not.toHaveBeenCalled();
    expect(startEmailVerification).not.toHaveBeenCalled();
  });

  it('answers an unknown path with 404 and a known path with the wrong method with 405', async () => {
    use(fakeBackend().backend);
    const unknown = await fetch(`${base}/nope/deeper`);
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).code).toBe('not_found');
    const wrongMethod = await fetch(`${base}/admin/users/${userId}`, { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET, PATCH, DELETE');
    expect((await problemOf(wrongMethod)).code).toBe('invalid_request');
  });

  it('is one handler that answers under the base path only, and leaves the page\'s own files to the network', async () => {
    // msw reads the cookies and compiles the path of every handler it tries, on every request the
    // page makes: one handler keeps that to one try (issue 9).
    const handlers = createHandlers(fakeBackend().backend, { baseUrl: base });
    expect(handlers).toHaveLength(1);
    for (const elsewhere of ['http://portal.test/assets/app.js', 'http://portal.test/api/v1x/branding', 'http://portal.test/branding.json']) {
      expect(await getResponse(handlers, new Request(elsewhere))).toBeUndefined();
    }
    expect((await getResponse(handlers, new Request(`${base}/nope`)))?.status).toBe(404);
  });

  it('injects faults and latency from the dev settings, but never on the dev API', async () => {
    const getBranding = vi.fn(notUsed);
    const getClock = vi.fn(async () => ({ now: '2026-01-01T00:00:00.000Z' }));
    const { backend, settings } = fakeBackend({ getBranding, getClock });
    use(backend);
    settings.failureRate = 1;
    const faulted = await fetch(`${base}/branding`);
    expect(faulted.status).toBe(500);
    expect((await problemOf(faulted)).code).toBe('internal');
    expect(getBranding).not.toHaveBeenCalled();
    expect((await fetch(`${base}/dev/clock`)).status).toBe(200);

    settings.failureRate = 0;
    settings.latencyMs = 60;
    getBranding.mockImplementation(async () => {
      throw new ProblemError(404, 'not_found', 'x');
    });
    const started = performance.now();
    await fetch(`${base}/branding`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('answers a path that does not decode with 400 invalid_request as problem+json, for every endpoint', async () => {
    use(fakeBackend().backend);
    for (const path of ['/reset/%', `/reset/${flowId}/challenges/%E0%A4%A`, '/admin/users/%', '/dev/captcha/%zz', '/%']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(400);
      expect(await problemOf(response)).toMatchObject({ code: 'invalid_request', violations: [{ code: 'malformed_path', field: 'path' }] });
    }
  });

  it('answers a path id that is not of our shape with 404, without asking the engine, once the caller may call', async () => {
    const getReset = vi.fn(notUsed);
    const contactAdmin = vi.fn(notUsed);
    const getUser = vi.fn(notUsed);
    const getMe = vi.fn(async () => ({ id: userId, userPrincipalName: 'a@contoso.com', displayName: 'A', roles: [], source: 'cloud' as const, isAdmin: false }));
    use(fakeBackend({ getReset, contactAdmin, getUser, getMe }).backend);
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '..', 'x'.repeat(200), `${flowId}x`]) {
      const read = await fetch(`${base}/reset/${encodeURIComponent(id)}`);
      expect(read.status, id).toBe(404);
      expect((await problemOf(read)).code).toBe('not_found');
      const contact = await postJson(`/reset/${encodeURIComponent(id)}/contact-admin`, '{}');
      expect(contact.status, id).toBe(404);
    }
    expect(getReset).not.toHaveBeenCalled();
    expect(contactAdmin).not.toHaveBeenCalled();

    // Admin paths: anonymous and forged callers learn nothing about the id, a non-admin is refused.
    expect((await fetch(`${base}/admin/users/__proto__`)).status).toBe(401);
    expect((await fetch(`${base}/admin/users/__proto__`, { headers: { Authorization: 'Bearer __proto__' } })).status).toBe(401);
    expect((await fetch(`${base}/admin/users/__proto__`, { headers: signedIn })).status).toBe(403);
    getMe.mockImplementation(async () => ({ id: userId, userPrincipalName: 'a@contoso.com', displayName: 'A', roles: [], source: 'cloud' as const, isAdmin: true }));
    expect((await fetch(`${base}/admin/users/constructor`, { headers: signedIn })).status).toBe(404);
    expect(getUser).not.toHaveBeenCalled();
  });

  it('never hands a token of another shape to the engine: a dead token where one counts, none where it does not', async () => {
    const getMe = vi.fn(notUsed);
    const getClock = vi.fn(async () => ({ now: '2026-01-01T00:00:00.000Z' }));
    use(fakeBackend({ getMe, getClock }).backend);
    for (const forged of ['__proto__', 'constructor', 'tok_short', token.replace('tok_', 'tik_')]) {
      const me = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${forged}` } });
      expect(me.status, forged).toBe(401);
      expect((await problemOf(me)).code).toBe('unauthenticated');
    }
    expect(getMe).not.toHaveBeenCalled();
    expect((await fetch(`${base}/dev/clock`, { headers: { Authorization: 'Bearer __proto__' } })).status).toBe(200);
    expect(getClock).toHaveBeenCalledWith({ params: undefined, query: undefined, body: undefined }, { token: null });
  });

  it('replaces a body id of another shape by one that names nothing, so the engine answers as for any unknown id', async () => {
    const startReset = vi.fn(async () => flow);
    use(fakeBackend({ startReset }).backend);
    await postJson('/reset', JSON.stringify({ userId: 'ann@contoso.com', captcha: { challengeId: '__proto__', answer: 'x' } }));
    expect(startReset).toHaveBeenCalledWith(
      { params: undefined, query: undefined, body: { userId: 'ann@contoso.com', captcha: { challengeId: 'unknown:captcha', answer: 'x' } } },
      { token: null },
    );
    const good = `cap_${'K'.repeat(22)}`;
    await postJson('/reset', JSON.stringify({ userId: 'ann@contoso.com', captcha: { challengeId: good, answer: 'x' } }));
    expect(startReset).toHaveBeenLastCalledWith(expect.objectContaining({ body: { userId: 'ann@contoso.com', captcha: { challengeId: good, answer: 'x' } } }), { token: null });
  });
});
