import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildPath, endpoints, problemSchema, type EndpointDefinition, type EndpointName, type Problem } from '@/api';
import { testBaseUrl } from '../../mocks/node';
import { stateSnapshot } from '../../mocks/store/state';
import { useMockBackend } from './harness';

const mock = await useMockBackend();
const api = mock.anonymous;

const writeEndpoints = (Object.keys(endpoints) as EndpointName[]).filter((name) => {
  const method: EndpointDefinition['method'] = endpoints[name].method;
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
});

interface Scene {
  tokens: Record<EndpointDefinition['auth'], string | null>;
  params: Record<string, string>;
}

/** Real tokens and real ids, so neither auth nor a 404 could be what answers. */
async function scene(): Promise<Scene> {
  const admin = await api.call('devSignIn', { body: { userId: 'admin@contoso.com' } });
  const person = await api.call('devSignIn', { body: { userId: 'adele@contoso.com' } });
  const captcha = await api.call('getCaptcha');
  const captchaBody = captcha.enabled
    ? { captcha: { challengeId: captcha.challengeId, answer: (await api.call('getCaptchaAnswer', { params: { challengeId: captcha.challengeId } })).answer } }
    : {};
  const flow = await api.call('startReset', { body: { userId: 'adele@contoso.com', ...captchaBody } });
  const emailMethod = flow.methods.find((method) => method.kind === 'email');
  if (!emailMethod) throw new Error('Adele has no e-mail method');
  const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: emailMethod.methodId } });
  const [message] = (await api.call('getOutbox', { query: {} })).items;
  const { items } = await mock.client(admin.token).call('listUsers', { query: { query: 'lynne@contoso.com' } });
  return {
    tokens: { public: person.token, user: person.token, admin: admin.token, dev: null },
    params: {
      flowId: flow.flowId,
      challengeId: challenge.challengeId,
      id: message?.id ?? 'missing',
      ...(items[0] ? { userId: items[0].id } : {}),
    },
  };
}

function urlOf(name: EndpointName, current: Scene): string {
  const endpoint: EndpointDefinition = endpoints[name];
  // `{id}` is a directory id under /admin and an outbox message id under /dev.
  const params = { ...current.params, ...(endpoint.path.startsWith('/admin') && current.params.userId ? { id: current.params.userId } : {}) };
  const query = name === 'importAuthData' ? '?mode=validate' : '';
  return `${testBaseUrl}${buildPath(endpoint.path, params)}${query}`;
}

async function send(name: EndpointName, current: Scene, body: string, contentType = 'application/json'): Promise<{ status: number; problem: Problem }> {
  const endpoint: EndpointDefinition = endpoints[name];
  const token = current.tokens[endpoint.auth];
  const response = await fetch(urlOf(name, current), {
    method: endpoint.method,
    headers: { 'Content-Type': contentType, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body,
  });
  expect(response.headers.get('Content-Type'), name).toBe('application/problem+json');
  return { status: response.status, problem: problemSchema.parse(await response.json()) };
}

/** A value of another JSON type than the schema asks for. */
function wrongValue(schema: unknown): unknown {
  const type = typeof schema === 'object' && schema !== null && 'type' in schema ? schema.type : undefined;
  if (type === 'string') return 12345;
  if (type === 'object' || type === 'array') return 'not-an-object';
  return { nested: true };
}

/** Every property of the body, with a value of the wrong type (unions: the first branch). */
function wrongTypes(schema: z.core.$ZodType): { body: Record<string, unknown>; fields: string[] } {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const branch = Array.isArray(json.anyOf) ? (json.anyOf.find((candidate) => typeof candidate === 'object' && candidate !== null && 'properties' in candidate) ?? json) : json;
  const properties = typeof branch === 'object' && branch !== null && 'properties' in branch && typeof branch.properties === 'object' && branch.properties !== null ? branch.properties : {};
  const body = Object.fromEntries(Object.entries(properties).map(([field, property]) => [field, wrongValue(property)]));
  return { body, fields: Object.keys(body) };
}

const twoMegabytes = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });

describe('bad input on every POST, PUT and PATCH endpoint', () => {
  it('covers the write endpoints of the table', () => {
    expect(writeEndpoints.length).toBeGreaterThan(30);
  });

  it.each(writeEndpoints)('%s refuses malformed JSON, wrong types, unknown fields and 2 MB, and changes nothing', async (name) => {
    const current = await scene();
    const before = stateSnapshot(mock.backend.deps.state());
    const endpoint: EndpointDefinition = endpoints[name];

    const tooLarge = await send(name, current, twoMegabytes, endpoint.body === 'csv' ? 'text/csv' : 'application/json');
    expect({ status: tooLarge.status, code: tooLarge.problem.code }).toEqual({ status: 413, code: 'payload_too_large' });

    const malformed = await send(name, current, '{"unterminated": ');
    expect({ status: malformed.status, code: malformed.problem.code }).toEqual({ status: 400, code: 'invalid_request' });

    const unknown = await send(name, current, JSON.stringify({ notAField: 1 }));
    expect({ status: unknown.status, code: unknown.problem.code }).toEqual({ status: 400, code: 'invalid_request' });

    const notAnObject = await send(name, current, '[1, 2, 3]');
    expect({ status: notAnObject.status, code: notAnObject.problem.code }).toEqual({ status: 400, code: 'invalid_request' });

    if (endpoint.body !== undefined && endpoint.body !== 'csv') {
      expect(unknown.problem.violations).toContainEqual({ code: 'unknown_field', field: 'notAField' });
      const { body, fields } = wrongTypes(endpoint.body);
      if (fields.length > 0) {
        const wrong = await send(name, current, JSON.stringify(body));
        expect({ status: wrong.status, code: wrong.problem.code }).toEqual({ status: 400, code: 'invalid_request' });
        const named = new Set((wrong.problem.violations ?? []).map((violation) => violation.field?.split('.')[0]));
        expect([...fields].filter((field) => !named.has(field)), `${name}: fields not named`).toEqual([]);
      }
    }

    const answers = [tooLarge, malformed, unknown, notAnObject].map((answer) => answer.problem);
    expect(JSON.stringify(answers)).not.toMatch(/at .+\.ts:\d+|Error:/);
    expect(stateSnapshot(mock.backend.deps.state()), `${name} changed the state`).toBe(before);
  });
});

describe('admin endpoints check the role before the body', () => {
  const adminWrites = writeEndpoints.filter((name) => endpoints[name].auth === 'admin');

  it.each(adminWrites)('%s answers a person without an admin role 403 forbidden, whatever the body (no field names)', async (name) => {
    const current = await scene();
    const endpoint: EndpointDefinition = endpoints[name];
    const person = { ...current, tokens: { ...current.tokens, admin: current.tokens.user } };
    const before = stateSnapshot(mock.backend.deps.state());
    const malformed = await send(name, person, '{"unknownField": 1, ', endpoint.body === 'csv' ? 'text/csv' : 'application/json');
    expect({ status: malformed.status, code: malformed.problem.code, violations: malformed.problem.violations }).toEqual({
      status: 403,
      code: 'forbidden',
      violations: undefined,
    });
    // The refusal is audited; nothing else changes.
    const after = mock.backend.deps.state();
    expect(after.audit.at(-1)).toMatchObject({ activity: 'accessDenied', actor: 'adele@contoso.com', result: 'failure', reason: 'forbidden' });
    after.audit.pop();
    expect(stateSnapshot(after)).toBe(before);
  });
});
