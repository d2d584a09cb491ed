import { adminEndpoints, buildPath, endpoints, problemSchema, type EndpointDefinition, type EndpointName } from '@/api';
import { call, DevApiReset, field, isRecord, type Answer, type CallOptions } from '../lib/http-calls';
import { RawConnection } from '../lib/raw-http';

/**
 * The contract's behaviour (API.md), checked over HTTP against any server. Each check throws a
 * `CheckFailure` with a sentence a backend developer can act on, or `SkipCheck` with the reason
 * when the server lacks what it needs (the mock's dev API for codes and the clock, a known user).
 */
export class CheckFailure extends Error {}
export class SkipCheck extends Error {}

export interface ConformanceContext {
  baseUrl: string;
  /** The server offers the mock's dev API (GET /dev/clock answered 200). */
  dev: boolean;
  /** A person who may reset (eligible and registered with e-mail), from --known-user or the dev personas. */
  knownUser: string | null;
  /** A token of a global administrator (dev sign-in), when the dev API is there. */
  adminToken: string | null;
  /** A token of a person without an admin role (dev sign-in as the known user). */
  userToken: string | null;
}

export interface Check {
  area: 'shapes' | 'validation' | 'problems' | 'auth' | 'paging' | 'size' | 'enumeration' | 'flow';
  name: string;
  run(context: ConformanceContext): Promise<void>;
}

// --- Assertions with readable messages -----------------------------------------------------------

function describeAnswer(answer: Answer): string {
  const type = answer.headers.get('Content-Type') ?? 'no Content-Type';
  return `${answer.status} ${type} ${answer.text.slice(0, 160).replace(/\s+/g, ' ')}`;
}

function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) throw new CheckFailure(`${what}: expected ${status}, got ${describeAnswer(answer)}`);
}

/** The answer is a problem: this status, `application/problem+json`, the problem shape, this code. */
function expectProblem(answer: Answer, status: number, code: string, what: string): void {
  const type = (answer.headers.get('Content-Type') ?? '').split(';')[0]?.trim();
  if (answer.status !== status) throw new CheckFailure(`${what}: expected ${status} ${code}, got ${describeAnswer(answer)}`);
  if (type !== 'application/problem+json') throw new CheckFailure(`${what}: expected Content-Type application/problem+json, got ${type || 'none'}`);
  const problem = problemSchema.safeParse(answer.body);
  if (!problem.success) throw new CheckFailure(`${what}: the body is not a problem {status, code, title}: ${answer.text.slice(0, 160)}`);
  if (problem.data.status !== status) throw new CheckFailure(`${what}: the problem says status ${problem.data.status}, the answer ${status}`);
  if (problem.data.code !== code) throw new CheckFailure(`${what}: expected problem code ${code}, got ${problem.data.code}`);
}

/** The 2xx body parses with the endpoint's own response schema (src/api). */
function expectShape(name: EndpointName, answer: Answer, what: string): void {
  const endpoint: EndpointDefinition = endpoints[name];
  expectStatus(answer, endpoint.status, what);
  if (!endpoint.response) return;
  const parsed = endpoint.response.safeParse(answer.body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new CheckFailure(`${what}: the answer does not match the ${name} schema (${issues.join('; ')})`);
  }
}

function violationFields(answer: Answer): string[] {
  if (!isRecord(answer.body) || !Array.isArray(answer.body.violations)) return [];
  return answer.body.violations.map((violation) => field(violation, 'field') ?? '').filter((name) => name !== '');
}

function need<T>(value: T | null, reason: string): T {
  if (value === null) throw new SkipCheck(reason);
  return value;
}

/** Symbols that stand for no letter when banned terms are looked for (unlike 0–9, $, @, !, | and +). */
const plainSymbols = '#%^&*=?~';

/**
 * A good new password that differs from run to run. The part that varies is plain symbols, so it
 * can spell no banned term: digits could (147 reads "lat", and "Harbour-Lantern-147!q" scored 3
 * of the 5 needed), which failed this check about 1 run in 60.
 */
export function freshPassword(seed: number): string {
  let tail = '';
  for (let rest = Math.abs(Math.trunc(seed)), i = 0; i < 4; i += 1, rest = Math.floor(rest / plainSymbols.length)) {
    tail += plainSymbols[rest % plainSymbols.length];
  }
  return `Harbour-Lantern-${tail}q`;
}

const noDev = 'the server offers no dev API (GET /dev/clock), so no admin session, code or clock';
const noKnownUser = 'no person known to be able to reset: pass --known-user <userPrincipalName> (or offer the dev API)';

/** A call to an endpoint of the table by name, with placeholder path parameters. */
function callEndpoint(context: ConformanceContext, name: EndpointName, options: CallOptions & { params?: Record<string, string>; query?: string } = {}) {
  const endpoint: EndpointDefinition = endpoints[name];
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const params = Object.fromEntries(names.map((param) => [param, options.params?.[param] ?? (param === 'kind' ? 'email' : 'unknown-id')]));
  return call(context.baseUrl, endpoint.method, `${buildPath(endpoint.path, params)}${options.query ?? ''}`, options);
}

async function startReset(context: ConformanceContext, userId: string): Promise<Answer> {
  if (context.dev) return new DevApiReset(context.baseUrl).start(userId);
  const captcha = await call(context.baseUrl, 'GET', '/captcha');
  if (isRecord(captcha.body) && captcha.body.enabled === true) throw new SkipCheck('the CAPTCHA is on and only the dev API can solve it');
  return call(context.baseUrl, 'POST', '/reset', { body: { userId } });
}

/** The names and JSON types of an object's fields, to compare two answers' shapes without their values. */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `[${value.length > 0 ? shapeOf(value[0]) : ''}]`;
  if (!isRecord(value)) return value === null ? 'null' : typeof value;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${key}:${shapeOf(value[key])}`)
    .join(',')}}`;
}

// --- The checks ------------------------------------------------------------------------------------

const adminNames = Object.keys(adminEndpoints) as (keyof typeof adminEndpoints)[];

/** The first page of an admin list, as the admin, shape-checked. */
async function firstPage(context: ConformanceContext, name: 'listUsers' | 'listAudit', limit: number): Promise<{ token: string; first: Answer }> {
  const token = need(context.adminToken, noDev);
  const first = await callEndpoint(context, name, { token, query: `?limit=${limit}` });
  expectShape(name, first, `GET ${endpoints[name].path}?limit=${limit}`);
  return { token, first };
}

/** A signed-in person without an admin role calls each admin endpoint: every one answers 403 forbidden. */
function nonAdminForbidden(name: string, names: readonly (keyof typeof adminEndpoints)[], options: CallOptions, what: string): Check {
  return {
    area: 'auth',
    name,
    async run(context) {
      const token = need(context.userToken, noDev);
      for (const endpointName of names) {
        const endpoint: EndpointDefinition = endpoints[endpointName];
        expectProblem(await callEndpoint(context, endpointName, { token, ...options }), 403, 'forbidden', `${endpoint.method} ${endpoint.path} ${what}`);
      }
    },
  };
}

export const checks: Check[] = [
  // Shapes: the public reads parse with the contract's schemas.
  ...(['getBranding', 'getPasswordRules', 'getCaptcha'] as const).map(
    (name): Check => ({
      area: 'shapes',
      name: `${endpoints[name].method} ${endpoints[name].path} matches its schema`,
      async run(context) {
        expectShape(name, await callEndpoint(context, name), `${endpoints[name].method} ${endpoints[name].path}`);
      },
    }),
  ),
  {
    area: 'shapes',
    name: 'a signed-in person reads GET /me and GET /me/security-info in their shapes',
    async run(context) {
      const token = need(context.userToken, noDev);
      expectShape('getMe', await callEndpoint(context, 'getMe', { token }), 'GET /me');
      expectShape('getSecurityInfo', await callEndpoint(context, 'getSecurityInfo', { token }), 'GET /me/security-info');
    },
  },
  {
    area: 'shapes',
    name: 'an admin reads the policy, the users, the groups and the report summary in their shapes',
    async run(context) {
      const token = need(context.adminToken, noDev);
      for (const name of ['getPolicy', 'listUsers', 'listGroups', 'getReportSummary'] as const) {
        expectShape(name, await callEndpoint(context, name, { token }), `${endpoints[name].method} ${endpoints[name].path}`);
      }
    },
  },

  // Validation: 400 invalid_request with violations naming the fields.
  {
    area: 'validation',
    name: 'malformed JSON is 400 invalid_request',
    async run(context) {
      const answer = await call(context.baseUrl, 'POST', '/session', { rawBody: { type: 'application/json', text: '{"userId": ' } });
      expectProblem(answer, 400, 'invalid_request', 'POST /session with malformed JSON');
    },
  },
  {
    area: 'validation',
    name: 'wrong types and unknown fields are 400 with a violation per field',
    async run(context) {
      const answer = await call(context.baseUrl, 'POST', '/session', { body: { userId: 42, password: ['x'], extra: true } });
      expectProblem(answer, 400, 'invalid_request', 'POST /session {userId: 42, password: ["x"], extra: true}');
      const fields = violationFields(answer);
      for (const name of ['userId', 'password', 'extra']) {
        if (!fields.includes(name)) throw new CheckFailure(`the violations should name "${name}", they name: ${fields.join(', ') || 'nothing'}`);
      }
    },
  },
  {
    area: 'validation',
    name: 'a query out of range (limit > 200) is 400 naming limit',
    async run(context) {
      const token = need(context.adminToken, noDev);
      const answer = await callEndpoint(context, 'listUsers', { token, query: '?limit=201' });
      expectProblem(answer, 400, 'invalid_request', 'GET /admin/users?limit=201');
      if (!violationFields(answer).includes('limit')) throw new CheckFailure('the violations should name "limit"');
    },
  },

  // Problems: every error is application/problem+json.
  {
    area: 'problems',
    name: 'an unknown path is 404 not_found as a problem',
    async run(context) {
      expectProblem(await call(context.baseUrl, 'GET', '/no-such-resource'), 404, 'not_found', 'GET /no-such-resource');
    },
  },
  {
    area: 'problems',
    name: 'an unknown reset flow is 404 not_found',
    async run(context) {
      expectProblem(await call(context.baseUrl, 'GET', '/reset/unknown-flow-0000'), 404, 'not_found', 'GET /reset/unknown-flow-0000');
    },
  },
  {
    area: 'problems',
    name: 'a path that does not percent-decode is 400 invalid_request, not a crash',
    async run(context) {
      const connection = await RawConnection.open(context.baseUrl);
      try {
        const answer = await connection.send({ method: 'GET', target: `${new URL(context.baseUrl).pathname}/reset/%` });
        const headers = new Headers(answer.headers);
        let body: unknown;
        try {
          body = JSON.parse(answer.body) as unknown;
        } catch {
          body = undefined;
        }
        expectProblem({ status: answer.status, headers, body, text: answer.body }, 400, 'invalid_request', 'GET /reset/%');
      } finally {
        connection.close();
      }
    },
  },

  // Auth: admin endpoints refuse anonymous and forged tokens; people without a role get 403.
  {
    area: 'auth',
    name: `all ${adminNames.length} admin endpoints refuse a call without a token with 401 unauthenticated`,
    async run(context) {
      for (const name of adminNames) {
        const endpoint: EndpointDefinition = endpoints[name];
        expectProblem(await callEndpoint(context, name), 401, 'unauthenticated', `${endpoint.method} ${endpoint.path} without a token`);
      }
    },
  },
  {
    area: 'auth',
    name: `all ${adminNames.length} admin endpoints refuse a forged token with 401 unauthenticated, whatever the body`,
    async run(context) {
      for (const name of adminNames) {
        const endpoint: EndpointDefinition = endpoints[name];
        const body = endpoint.body === undefined ? {} : endpoint.body === 'csv' ? { rawBody: { type: 'text/csv', text: 'x' } } : { body: { unknownField: true } };
        for (const token of ['forged-token', 'tok_AAAAAAAAAAAAAAAAAAAAAA']) {
          expectProblem(await callEndpoint(context, name, { token, ...body }), 401, 'unauthenticated', `${endpoint.method} ${endpoint.path} with a forged token`);
        }
      }
    },
  },
  nonAdminForbidden(
    'a person without an admin role gets 403 before the body is looked at (no field names leak)',
    ['putPolicy', 'putAdminBranding', 'createUser'],
    { body: { unknownField: true } },
    'as a non-admin with a bad body',
  ),
  nonAdminForbidden('a person without an admin role gets 403 forbidden from the admin reads', ['getPolicy', 'listUsers', 'listAudit'], {}, 'as a non-admin'),
  {
    area: 'auth',
    name: 'a wrong password and an unknown user both answer 401 invalid_credentials',
    async run(context) {
      const known = need(context.knownUser, noKnownUser);
      const wrong = await call(context.baseUrl, 'POST', '/session', { body: { userId: known, password: 'Not-The-Password-1!' } });
      const unknown = await call(context.baseUrl, 'POST', '/session', { body: { userId: `nobody-${Date.now()}@example.invalid`, password: 'Not-The-Password-1!' } });
      expectProblem(wrong, 401, 'invalid_credentials', 'a wrong password');
      expectProblem(unknown, 401, 'invalid_credentials', 'an unknown user');
    },
  },

  // Paging: limit, nextCursor and total.
  {
    area: 'paging',
    name: 'GET /admin/users pages with limit and nextCursor, and the pages do not overlap',
    async run(context) {
      const { token, first } = await firstPage(context, 'listUsers', 2);
      const page = first.body;
      if (!isRecord(page) || !Array.isArray(page.items)) throw new CheckFailure('no items');
      if (page.items.length > 2) throw new CheckFailure(`limit=2 answered ${page.items.length} items`);
      if (typeof page.total !== 'number' || page.total < page.items.length) throw new CheckFailure(`total ${String(page.total)} is less than the items on the page`);
      const cursor = field(page, 'nextCursor');
      if (page.total > 2 && cursor === null) throw new CheckFailure(`total is ${page.total} but there is no nextCursor after 2 items`);
      if (cursor === null) return;
      const second = await callEndpoint(context, 'listUsers', { token, query: `?limit=2&cursor=${encodeURIComponent(cursor)}` });
      expectShape('listUsers', second, 'the next page');
      const ids = (items: unknown) => (Array.isArray(items) ? items.map((item) => field(item, 'id')) : []);
      const overlap = ids(page.items).filter((id) => isRecord(second.body) && ids(second.body.items).includes(id));
      if (overlap.length > 0) throw new CheckFailure(`the second page repeats ${overlap.join(', ')}`);
    },
  },
  {
    area: 'paging',
    name: 'the audit log pages the same way',
    async run(context) {
      const { first } = await firstPage(context, 'listAudit', 1);
      if (isRecord(first.body) && Array.isArray(first.body.items) && first.body.items.length > 1) throw new CheckFailure('limit=1 answered more than one row');
    },
  },

  // 413.
  {
    area: 'size',
    name: 'a body over 1 MB is 413 payload_too_large, and the connection still answers after it',
    async run(context) {
      const connection = await RawConnection.open(context.baseUrl);
      const path = new URL(context.baseUrl).pathname;
      try {
        const refused = await connection.send(
          { method: 'POST', target: `${path}/reset`, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: 'x'.repeat(1_200_000) }) },
          10_000,
        );
        let body: unknown;
        try {
          body = JSON.parse(refused.body) as unknown;
        } catch {
          body = undefined;
        }
        expectProblem({ status: refused.status, headers: new Headers(refused.headers), body, text: refused.body }, 413, 'payload_too_large', 'POST /reset with 1.2 MB');
        if (refused.headers.connection?.toLowerCase() === 'close') return;
        const next = await connection.send({ method: 'GET', target: `${path}/branding` }, 5000).catch((error: unknown) => {
          throw new CheckFailure(`after the 413 the keep-alive connection gave no answer (${error instanceof Error ? error.message : String(error)}); drain the body or answer Connection: close`);
        });
        if (next.status !== 200) throw new CheckFailure(`after the 413, GET /branding on the same connection answered ${next.status}`);
      } finally {
        connection.close();
      }
    },
  },

  // Enumeration safety.
  {
    area: 'enumeration',
    name: 'reset start answers an unknown and a known person with the same status and shape',
    async run(context) {
      const known = need(context.knownUser, noKnownUser);
      const real = await startReset(context, known);
      const decoy = await startReset(context, `nobody-${Date.now()}@contoso.com`);
      if (real.status !== decoy.status) throw new CheckFailure(`a known person got ${real.status}, an unknown one ${decoy.status}`);
      expectShape('startReset', real, 'POST /reset for a known person');
      expectShape('startReset', decoy, 'POST /reset for an unknown person');
      if (shapeOf(real.body) !== shapeOf(decoy.body)) throw new CheckFailure(`the answers differ in shape: ${shapeOf(real.body)} vs ${shapeOf(decoy.body)}`);
      const headerNames = (answer: Answer) => [...answer.headers.keys()].filter((name) => name !== 'date' && name !== 'content-length').sort().join(',');
      if (headerNames(real) !== headerNames(decoy)) throw new CheckFailure(`the answers carry different headers: ${headerNames(real)} vs ${headerNames(decoy)}`);
    },
  },

  // The flow state machine.
  {
    area: 'flow',
    name: 'a reset walks verify → password → done; wrong codes, steps out of order and finished flows are refused',
    async run(context) {
      const known = need(context.knownUser, noKnownUser);
      if (!context.dev) throw new SkipCheck(`${noDev}: the codes are needed`);
      const devReset = new DevApiReset(context.baseUrl);
      const started = await startReset(context, known);
      expectShape('startReset', started, 'POST /reset');
      const flowId = need(field(started.body, 'flowId'), 'no flowId');
      if (field(started.body, 'step') !== 'verify') throw new CheckFailure(`a new flow should be at step "verify", it is at ${field(started.body, 'step')}`);
      expectShape('getReset', await call(context.baseUrl, 'GET', `/reset/${flowId}`), 'GET /reset/{flowId}');

      const early = await call(context.baseUrl, 'POST', `/reset/${flowId}/password`, { body: { newPassword: 'Harbour-Lantern-42!q' } });
      expectProblem(early, 409, 'conflict', 'a new password before any verification');

      const methodId = need(DevApiReset.methodId(started.body, 'email'), `${known} has no e-mail method to reset with`);
      const challenge = await call(context.baseUrl, 'POST', `/reset/${flowId}/challenges`, { body: { methodId } });
      expectShape('createChallenge', challenge, 'POST /reset/{flowId}/challenges');
      const challengeId = need(field(challenge.body, 'challengeId'), 'no challengeId');
      const code = need(await devReset.lastCode(await addressOf(context, known)), 'no code in the dev outbox');
      const wrongCode = code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
      const verifyPath = `/reset/${flowId}/challenges/${challengeId}/verify`;
      expectProblem(await call(context.baseUrl, 'POST', verifyPath, { body: { code: wrongCode } }), 422, 'invalid_code', 'a wrong code');
      const verified = await call(context.baseUrl, 'POST', verifyPath, { body: { code } });
      expectShape('verifyChallenge', verified, 'the right code');
      if (field(verified.body, 'step') !== 'password') throw new CheckFailure(`after the one gate the flow should be at "password", it is at ${field(verified.body, 'step')}`);

      const weak = await call(context.baseUrl, 'POST', `/reset/${flowId}/password`, { body: { newPassword: 'short' } });
      expectProblem(weak, 422, 'password_policy', 'a password that breaks the rules');
      const done = await call(context.baseUrl, 'POST', `/reset/${flowId}/password`, { body: { newPassword: freshPassword(Date.now()) } });
      expectShape('resetPassword', done, 'a good new password');
      if (field(done.body, 'step') !== 'done') throw new CheckFailure(`after the new password the flow should be "done", it is ${field(done.body, 'step')}`);
      expectProblem(await call(context.baseUrl, 'POST', `/reset/${flowId}/password`, { body: { newPassword: 'Harbour-Lantern-43!q' } }), 409, 'conflict', 'a second password on a finished flow');
      expectProblem(await call(context.baseUrl, 'POST', `/reset/${flowId}/challenges`, { body: { methodId } }), 409, 'conflict', 'a new challenge on a finished flow');
    },
  },
  {
    area: 'flow',
    name: 'a cancelled flow answers 204 once, then 409 conflict to any step',
    async run(context) {
      const known = need(context.knownUser, noKnownUser);
      const started = await startReset(context, known);
      const flowId = need(field(started.body, 'flowId'), `POST /reset answered ${started.status}`);
      expectStatus(await call(context.baseUrl, 'DELETE', `/reset/${flowId}`), 204, 'DELETE /reset/{flowId}');
      const methodId = DevApiReset.methodId(started.body, 'email') ?? 'unknown';
      expectProblem(await call(context.baseUrl, 'POST', `/reset/${flowId}/challenges`, { body: { methodId } }), 409, 'conflict', 'a challenge on a cancelled flow');
    },
  },
  {
    area: 'flow',
    name: 'a flow past its 15 minutes answers 410 flow_expired (moves the dev clock)',
    async run(context) {
      const known = need(context.knownUser, noKnownUser);
      if (!context.dev) throw new SkipCheck(`${noDev}: the clock is needed`);
      const started = await startReset(context, known);
      const flowId = need(field(started.body, 'flowId'), `POST /reset answered ${started.status}`);
      expectStatus(await call(context.baseUrl, 'POST', '/dev/clock', { body: { advanceSeconds: 16 * 60 } }), 200, 'POST /dev/clock');
      expectProblem(await call(context.baseUrl, 'GET', `/reset/${flowId}`), 410, 'flow_expired', 'GET /reset/{flowId} after 16 minutes');
    },
  },
  {
    area: 'auth',
    name: 'sign-in is throttled: after 10 wrong passwords, 429 throttled with Retry-After, for a known and an unknown account alike',
    async run(context) {
      const known = need(context.knownUser, noKnownUser);
      for (const userId of [known, `nobody-${Date.now()}@example.invalid`]) {
        let last: Answer | null = null;
        for (let i = 0; i < 11; i += 1) last = await call(context.baseUrl, 'POST', '/session', { body: { userId, password: `Not-The-Password-${i}!` } });
        if (last === null) throw new CheckFailure('no answer');
        const who = userId === known ? 'a known account' : 'an unknown account';
        expectProblem(last, 429, 'throttled', `the 11th wrong password for ${who}`);
        const retryAfter = Number(last.headers.get('Retry-After'));
        if (!Number.isInteger(retryAfter) || retryAfter <= 0) throw new CheckFailure(`the 429 for ${who} has no Retry-After header in seconds (got ${last.headers.get('Retry-After')})`);
        if (!isRecord(last.body) || last.body.retryAfterSeconds !== retryAfter) throw new CheckFailure(`retryAfterSeconds should equal the Retry-After header (${retryAfter})`);
      }
    },
  },
];

/** The known person's e-mail address, read by an admin (the dev outbox is filtered by it). */
async function addressOf(context: ConformanceContext, userPrincipalName: string): Promise<string> {
  const token = need(context.adminToken, noDev);
  const users = await call(context.baseUrl, 'GET', `/admin/users?query=${encodeURIComponent(userPrincipalName)}`, { token });
  const user = isRecord(users.body) && Array.isArray(users.body.items) ? users.body.items.find((item) => field(item, 'userPrincipalName') === userPrincipalName) : undefined;
  const contact = isRecord(user) ? user.contact : undefined;
  return need(field(contact, 'authenticationEmail'), `${userPrincipalName} has no authentication e-mail`);
}
