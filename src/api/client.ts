import { apiBasePath, buildPath, type EndpointDefinition } from './endpoint-definition';
import type { EndpointInput, EndpointName, EndpointOutput, Endpoints } from './endpoints';
import { ApiError, problemSchema, unreachableError } from './problem';

type RequiredKeys<T> = { [P in keyof T]: undefined extends T[P] ? never : P }[keyof T];
type OptionalKeys<T> = {
  [P in keyof T]: T[P] extends undefined ? never : undefined extends T[P] ? P : never;
}[keyof T];

/** Only the parts an endpoint has: `params`, `query`, `body` (optional where the contract allows). */
export type CallInput<K extends EndpointName> = {
  [P in RequiredKeys<EndpointInput<K>>]: EndpointInput<K>[P];
} & { [P in OptionalKeys<EndpointInput<K>>]?: EndpointInput<K>[P] } & {
  signal?: AbortSignal;
};

export interface ApiClientOptions {
  /** Origin plus base path, e.g. `https://passwords.contoso.com/api/v1`; default `/api/v1`. */
  baseUrl?: string;
  /**
   * Read before every call, for a base known only at run time (`portal.json`); wins over
   * `baseUrl`. Null: this portal has no API, so every call fails as `not_found` without sending.
   */
  runtimeBaseUrl?: () => string | null | Promise<string | null>;
  getToken?: () => string | null;
  fetch?: typeof fetch;
}

/** The part of the contract a client can call: `peopleEndpoints`, `adminEndpoints`, `devEndpoints` or all of them. */
export type EndpointTable<N extends EndpointName> = { [K in N]: Endpoints[K] };

export interface ApiClient<N extends EndpointName = EndpointName> {
  call<K extends N>(
    name: K,
    ...[input]: [RequiredKeys<EndpointInput<K>>] extends [never]
      ? [input?: CallInput<K>]
      : [input: CallInput<K>]
  ): Promise<EndpointOutput<K>>;
  /** Reports with `Accept: text/csv`: every row of the range as CSV text. */
  csv<K extends N>(name: K, input: CallInput<K>): Promise<string>;
  baseUrl: string;
  /**
   * Type-only: makes a client of one area unassignable to a client of more (generic methods
   * alone would let `ApiClient<People>` pass as `ApiClient`). Never set.
   */
  readonly area?: (name: N) => void;
}

function toQueryString(query: unknown): string {
  if (query === undefined || query === null || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Statuses a web server or proxy answers by itself when no API is behind it, or it is down. */
const noApiStatuses = new Set([404, 405, 501, 502, 503, 504]);

async function problemFrom(response: Response): Promise<ApiError> {
  const fallbackCode = response.status >= 500 ? 'internal' : 'invalid_request';
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) return new ApiError(parsed.data);
  } catch {
    // Not JSON: fall through to a generic problem of the same status.
  }
  // The API answers every error with a problem document (API.md); anything else is not from it.
  if (noApiStatuses.has(response.status)) return unreachableError(`No API answered (${response.status})`, { answered: true });
  return new ApiError({
    status: response.status,
    code: fallbackCode,
    title: response.statusText || 'Unexpected answer',
  });
}

/**
 * The typed client: one `call` per endpoint name of the contract. Every answer is parsed with
 * its schema; anything else (a problem, a network failure, a payload that breaks the contract)
 * becomes one `ApiError`.
 */
export function createApiClient<N extends EndpointName>(
  table: EndpointTable<N>,
  options: ApiClientOptions = {},
): ApiClient<N> {
  const endpoints: Partial<Record<EndpointName, EndpointDefinition>> = table;
  const baseUrl = options.baseUrl ?? apiBasePath;

  async function send(name: N, input: Record<string, unknown>, accept: string): Promise<Response> {
    const endpoint = Object.hasOwn(endpoints, name) ? endpoints[name] : undefined;
    if (!endpoint) throw new Error(`${name} is not part of this client's contract`);
    const base = options.runtimeBaseUrl ? await options.runtimeBaseUrl() : baseUrl;
    if (base === null) throw new ApiError({ status: 404, code: 'not_found', title: 'This portal has no API (portal.json)' });
    const url =
      base +
      buildPath(endpoint.path, input.params as Record<string, string> | undefined) +
      toQueryString(input.query);
    const headers: Record<string, string> = { Accept: accept };
    const token = options.getToken?.();
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if ('body' in endpoint && input.body !== undefined) {
      if (endpoint.body === 'csv') {
        headers['Content-Type'] = 'text/csv';
        body = String(input.body);
      } else {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(input.body);
      }
    }
    const doFetch = options.fetch ?? fetch;
    try {
      return await doFetch(url, {
        method: endpoint.method,
        headers,
        body,
        signal: input.signal as AbortSignal | undefined,
      });
    } catch (error) {
      // By name: jsdom, Node and browsers each have their own DOMException class.
      if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
        throw error;
      throw unreachableError('The server could not be reached', { answered: false });
    }
  }

  async function call<K extends N>(name: K, input?: CallInput<K>): Promise<EndpointOutput<K>> {
    const response = await send(name, (input ?? {}) as Record<string, unknown>, 'application/json');
    if (!response.ok) throw await problemFrom(response);
    const schema = endpoints[name]?.response;
    if (!schema) return undefined as EndpointOutput<K>;
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      // A web server's page (its fallback to index.html) where the API should be.
      throw unreachableError('The answer was not JSON: no API at this address', { answered: true });
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new ApiError({
        status: response.status,
        code: 'internal',
        title: `The answer of ${name} broke the contract`,
      });
    }
    return parsed.data as EndpointOutput<K>;
  }

  async function csv<K extends N>(name: K, input: CallInput<K>): Promise<string> {
    const response = await send(name, input as Record<string, unknown>, 'text/csv');
    if (!response.ok) throw await problemFrom(response);
    return response.text();
  }

  return { call: call as ApiClient<N>['call'], csv, baseUrl };
}
