import { http, HttpResponse, matchRequestUrl, type RequestHandler } from 'msw';
import { apiBasePath, endpoints, type EndpointDefinition, type EndpointName } from '@/api';
import { ProblemError, type CsvEndpointName, type MockBackend, type RequestContext } from '../engine/operations';
import { isWellFormedId, pathIdsWellFormed, withMalformedIdsReplaced } from './path-ids';
import { internalProblem, invalidRequest, problemResponse } from './problems';
import { decodeBody, parseParts, queryObject, readRawBody, type ParsedParts, type ReadFailure } from './read-request';

export interface HandlerOptions {
  /**
   * Where the API lives. The default (`*` + `/api/v1`) matches any origin, so the same handlers serve
   * the service worker, Node tests and the HTTP middleware.
   */
  baseUrl?: string;
  /**
   * Who sent a request (its address), for the per-client throttles. Only a server that knows the
   * address can say (`mock:serve` from the socket); without it every request is the one local client.
   * Never read it from a header the client can set.
   */
  clientOf?: (request: Request) => string | undefined;
}

export const defaultBaseUrl = `*${apiBasePath}`;

const endpointNames = Object.keys(endpoints) as EndpointName[];

/** `/reset/{flowId}` → `/reset/:flowId` (msw's path syntax). */
export function toMswPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Reports the table marks `csv: true`, which `MockBackend.csv` answers as text. */
function isCsvEndpoint(name: EndpointName): name is CsvEndpointName {
  const endpoint: EndpointDefinition = endpoints[name];
  return endpoint.csv === true;
}

type UntypedOperation = (input: ParsedParts, context: RequestContext) => Promise<unknown>;

/**
 * The one place the table's name meets its operation. The endpoint's own schemas produced
 * `input`, so it is that endpoint's parsed input by construction; TypeScript can't follow a
 * name through the union of every endpoint's signature, hence the widening here and nowhere else.
 */
function operationOf(backend: MockBackend, name: EndpointName): UntypedOperation {
  return backend.operations[name] as UntypedOperation;
}
function csvOperationOf(backend: MockBackend, name: CsvEndpointName): UntypedOperation {
  return backend.csv[name] as UntypedOperation;
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

const unauthenticated = () => problemResponse({ status: 401, code: 'unauthenticated', title: 'Sign in first' });
const notFound = () => problemResponse({ status: 404, code: 'not_found', title: 'There is no such resource' });

/**
 * An id in the path that can't be one of ours names nothing, but the caller learns that only
 * once they may call the endpoint at all: who is signed in (and an admin, for admin calls) first.
 */
async function unknownPathId(backend: MockBackend, endpoint: EndpointDefinition, context: RequestContext): Promise<Response> {
  if (endpoint.auth === 'user' || endpoint.auth === 'admin') {
    const me = await backend.operations.getMe({ params: undefined, query: undefined, body: undefined }, context);
    if (endpoint.auth === 'admin' && !me.isAdmin) {
      return problemResponse({ status: 403, code: 'forbidden', title: 'This needs an administrator' });
    }
  }
  return notFound();
}

/** Whether a path decodes: `%` alone or `%E0%A4` are no path at all (msw's matching would throw on them). */
function isDecodablePath(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname);
    return true;
  } catch {
    return false;
  }
}

function wantsCsv(request: Request): boolean {
  return (request.headers.get('Accept') ?? '').toLowerCase().includes('text/csv');
}

function csvFileName(endpoint: EndpointDefinition): string {
  const last = endpoint.path.split('/').filter(Boolean).pop() ?? 'report';
  return `${last}.csv`;
}

function refusal(outcome: ReadFailure): Response {
  return outcome.reason === 'too_large'
    ? problemResponse({ status: 413, code: 'payload_too_large', title: 'The body is larger than 1 MB' })
    : invalidRequest(outcome.violations);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The endpoint's own path parameters (msw also reports the base URL's `*` wildcard as `0`). */
function pathParams(endpoint: EndpointDefinition, params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name] of endpoint.path.matchAll(/\{(\w+)\}/g)) {
    const value = name === undefined ? undefined : params[name];
    if (name !== undefined && typeof value === 'string') result[name] = value;
  }
  return result;
}

/** The shared wrapper: dev latency and faults, size limit, body decoding, validation, token, operation, answer. */
async function answer(
  backend: MockBackend,
  name: EndpointName,
  request: Request,
  rawParams: Record<string, string>,
  client: string | undefined,
): Promise<Response> {
  const endpoint: EndpointDefinition = endpoints[name];
  try {
    if (endpoint.auth !== 'dev') {
      // The dev API stays fast and reliable so the demo panel can always turn faults off again.
      const settings = backend.devSettings();
      if (settings.latencyMs > 0) await sleep(settings.latencyMs);
      if (settings.failureRate > 0 && Math.random() < settings.failureRate) {
        return problemResponse({ ...internalProblem, title: 'Injected fault (dev settings)' });
      }
    }

    let token = bearerToken(request);
    // A token that isn't one of ours is a dead one: it never reaches the engine.
    if (token !== null && !isWellFormedId('token', token)) {
      if (endpoint.auth === 'user' || endpoint.auth === 'admin' || endpoint.errors.includes('unauthenticated')) return unauthenticated();
      token = null;
    }
    // No token on a signed-in call: 401 before anything looks at the body (as auth in front of a real API does).
    if (token === null && (endpoint.auth === 'user' || endpoint.auth === 'admin')) return unauthenticated();

    const context: RequestContext = { token, ...(client !== undefined ? { client } : {}) };
    // The role before the body: a person without it learns nothing about the fields (issue 11, defect 10).
    backend.authorize(endpoint.auth, context);

    const raw = await readRawBody(request);
    if (!raw.ok) return refusal(raw);
    const body = decodeBody(endpoint, request, raw.value);
    if (!body.ok) return refusal(body);
    const query = queryObject(new URL(request.url));
    if (!query.ok) return refusal(query);
    const parts = parseParts(endpoint, { params: rawParams, query: query.value, body: body.value });
    if (!parts.ok) return refusal(parts);

    if (!pathIdsWellFormed(endpoint, rawParams)) return await unknownPathId(backend, endpoint, context);
    const input: ParsedParts = { ...parts.value, body: withMalformedIdsReplaced(parts.value.body) };

    if (isCsvEndpoint(name) && wantsCsv(request)) {
      const text = await csvOperationOf(backend, name)(input, context);
      return new HttpResponse(String(text), {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${csvFileName(endpoint)}"`,
        },
      });
    }

    const result = await operationOf(backend, name)(input, context);
    if (endpoint.response === null) return new HttpResponse(null, { status: endpoint.status });
    return HttpResponse.json(result ?? null, { status: endpoint.status });
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error.problem);
    // Anything else is a bug of the mock: a generic problem, never its message or stack.
    return problemResponse(internalProblem);
  }
}

/**
 * The msw handler of the whole contract: one handler for everything under the base path, which
 * finds the endpoint in the table itself (in the table's order, among the rows of the request's
 * method); an unknown path is a 404 `not_found`, a known path with another method a 405 naming the
 * allowed ones.
 *
 * One handler, not one per row (issue 9): msw reads the request's cookies and compiles the path
 * for every handler it tries, and it tries them on every request the page makes, its scripts
 * and images included. With ~80 rows that was ~70 ms of a phone's main thread per request in the
 * demo (CPU ×4); now it is one handler's check, and the table is searched only for API calls.
 */
export function createHandlers(backend: MockBackend, options: HandlerOptions = {}): RequestHandler[] {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/$/, '');
  const base = baseUrl.startsWith('*') ? baseUrl.slice(1) : baseUrl;
  const underBase = (url: URL) => {
    const where = base.startsWith('/') ? url.pathname : `${url.origin}${url.pathname}`;
    return where === base || where.startsWith(`${base}/`);
  };
  const routes = endpointNames.map((name) => {
    const endpoint: EndpointDefinition = endpoints[name];
    return { name, endpoint, pattern: `${baseUrl}${toMswPath(endpoint.path)}` };
  });

  const methodNotAllowed = (allowed: string[]) => {
    const response = problemResponse({
      status: 405,
      code: 'invalid_request',
      title: 'This method is not allowed here',
      violations: [{ code: 'method_not_allowed', field: 'method', params: { allowed: allowed.join(', ') } }],
    });
    response.headers.set('Allow', allowed.join(', '));
    return response;
  };

  const dispatch = async ({ request }: { request: Request }): Promise<Response> => {
    const url = new URL(request.url);
    // msw's matching throws a URIError on a path that doesn't decode: refused before any pattern.
    if (!isDecodablePath(url)) return invalidRequest([{ code: 'malformed_path', field: 'path' }], 'The path is not valid percent-encoding');
    const method = request.method.toUpperCase();
    const allowed: string[] = [];
    for (const route of routes) {
      const match = matchRequestUrl(url, route.pattern);
      if (!match.matches) continue;
      if (route.endpoint.method === method) return answer(backend, route.name, request, pathParams(route.endpoint, match.params ?? {}), options.clientOf?.(request));
      allowed.push(route.endpoint.method);
    }
    return allowed.length === 0 ? notFound() : methodNotAllowed(allowed);
  };
  // Under the base path (the one test a path that doesn't decode can take), or matched by it as
  // msw matches a pattern (its leading `*` stands for any origin and any prefix).
  const handles = (url: URL) =>
    underBase(url) || (isDecodablePath(url) && (matchRequestUrl(url, baseUrl).matches || matchRequestUrl(url, `${baseUrl}/*`).matches));
  return [http.all(({ request }) => handles(new URL(request.url)), dispatch)];
}
