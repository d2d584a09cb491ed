/**
 * A small client written only against the types openapi-typescript generates from the published
 * OpenAPI document (`npm run openapi:check` generates them into openapi/types.ts and compiles this
 * file): the starting point of a backend or mobile team that has nothing but the document.
 */
import type { components, operations } from '../../openapi/types';

type Schemas = components['schemas'];
export type ResetFlow = Schemas['ResetFlow'];
export type Problem = Schemas['Problem'];

/** The JSON body an operation takes, and the JSON its success answer carries. */
type JsonBody<Op> = Op extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;
type JsonAnswer<Op, Status extends number> = Op extends { responses: { [S in Status]: { content: { 'application/json': infer Answer } } } } ? Answer : never;

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.title}`);
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { status, code, title } = { status: undefined, code: undefined, title: undefined, ...value };
  return typeof status === 'number' && typeof code === 'string' && typeof title === 'string';
}

export function createClient(baseUrl: string, token: string | null = null) {
  async function send<Answer>(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) {
      const problem: unknown = text ? JSON.parse(text) : null;
      throw new ProblemError(isProblem(problem) ? problem : { status: response.status, code: 'internal', title: text.slice(0, 200) });
    }
    // The document is the promise: an answer is trusted to match it (checking that is the conformance kit's job).
    const answer: Answer = text ? JSON.parse(text) : undefined;
    return answer;
  }
  const id = encodeURIComponent;

  return {
    branding: () => send<JsonAnswer<operations['getBranding'], 200>>('GET', '/branding'),
    startReset: (body: JsonBody<operations['startReset']>) => send<JsonAnswer<operations['startReset'], 201>>('POST', '/reset', body),
    createChallenge: (flowId: string, body: JsonBody<operations['createChallenge']>) =>
      send<JsonAnswer<operations['createChallenge'], 201>>('POST', `/reset/${id(flowId)}/challenges`, body),
    verify: (flowId: string, challengeId: string, body: JsonBody<operations['verifyChallenge']>) =>
      send<JsonAnswer<operations['verifyChallenge'], 200>>('POST', `/reset/${id(flowId)}/challenges/${id(challengeId)}/verify`, body),
    setPassword: (flowId: string, body: JsonBody<operations['resetPassword']>) =>
      send<JsonAnswer<operations['resetPassword'], 200>>('POST', `/reset/${id(flowId)}/password`, body),
    signIn: (body: JsonBody<operations['signIn']>) => send<JsonAnswer<operations['signIn'], 201>>('POST', '/session', body),
    users: (query = '') => send<JsonAnswer<operations['listUsers'], 200>>('GET', `/admin/users?query=${id(query)}`),
  };
}

/** A reset by e-mail code, end to end, as the portal walks it: the types carry every step. */
export async function resetByEmail(baseUrl: string, userId: string, readCode: () => Promise<string>, newPassword: string): Promise<ResetFlow> {
  const api = createClient(baseUrl);
  const flow = await api.startReset({ userId });
  const email = flow.methods.find((method) => method.kind === 'email');
  if (!email) throw new Error('No e-mail method');
  const challenge = await api.createChallenge(flow.flowId, { methodId: email.methodId });
  const verified = await api.verify(flow.flowId, challenge.challengeId, { code: await readCode() });
  const step: 'verify' | 'password' | 'done' = verified.step;
  if (step !== 'password') throw new Error(`Expected the password step, got ${step}`);
  return api.setPassword(flow.flowId, { newPassword });
}

/** An admin's first page of users: the signed-in calls take the token the session answered. */
export async function firstUsers(baseUrl: string, userId: string, password: string): Promise<string[]> {
  const session = await createClient(baseUrl).signIn({ userId, password });
  const page = await createClient(baseUrl, session.token).users();
  return page.items.map((user) => `${user.userPrincipalName} (${user.roles.join(', ') || 'no admin role'})`);
}
