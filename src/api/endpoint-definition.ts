import { z } from 'zod/mini';
import type { ProblemCode } from './problem';

/**
 * Who may call an endpoint: anyone, a signed-in person (Bearer token), a signed-in admin, or
 * the mock backend's dev API.
 */
export type EndpointAuth = 'public' | 'user' | 'admin' | 'dev';

export interface EndpointDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base path `/api/v1`, with `{name}` path parameters. */
  path: string;
  auth: EndpointAuth;
  summary: string;
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  /** A JSON body schema, or `'csv'` for a `text/csv` body. */
  body?: z.ZodMiniType | 'csv';
  /** The 2xx answer's schema, or null when it has no body. */
  response: z.ZodMiniType | null;
  status: 200 | 201 | 202 | 204;
  /** The problem codes this endpoint answers with besides `invalid_request` and `internal`. */
  errors: readonly ProblemCode[];
  /** Answers `text/csv` too when the request says `Accept: text/csv`. */
  csv?: boolean;
}

export const apiBasePath = '/api/v1';

/** `/reset/{flowId}` + `{flowId: 'f1'}` → `/reset/f1`. */
export function buildPath(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** A path parameter: a non-empty id of at most 200 characters. */
export const pathParam = () => z.string().check(z.minLength(1), z.maxLength(200));

/** Path parameters of one name, e.g. `idParams('id')` for `/admin/users/{id}`. */
export const idParams = (name: string) => z.strictObject({ [name]: pathParam() });
