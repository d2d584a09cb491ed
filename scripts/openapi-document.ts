import { z } from 'zod/mini';
import * as contract from '@/api';
import { apiBasePath, endpoints, problemSchema, type EndpointDefinition, type EndpointName, type ProblemCode } from '@/api';

type JsonSchema = Record<string, unknown>;

export const contractTags = ['Public', 'Reset', 'Session', 'Security info', 'Admin', 'Dev'] as const;
export type ContractTag = (typeof contractTags)[number];
type Io = 'input' | 'output';

/** The status of each problem code (docs/api.md, Errors). */
export const problemStatus: Record<ProblemCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  account_locked: 403,
  sspr_disabled: 403,
  not_in_group: 403,
  not_licensed: 403,
  not_registered: 403,
  writeback_disabled: 403,
  not_found: 404,
  conflict: 409,
  flow_expired: 410,
  payload_too_large: 413,
  captcha_failed: 422,
  invalid_code: 422,
  code_expired: 422,
  phone_mismatch: 422,
  wrong_answers: 422,
  password_policy: 422,
  validation_failed: 422,
  throttled: 429,
  internal: 500,
};

const statusText: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/**
 * Named components: every object, union and enum schema the contract exports
 * (`userSchema` → `User`), so the document reads like the code.
 */
function contractRegistry() {
  const registry = z.registry<{ id: string }>();
  for (const [exportName, value] of Object.entries(contract)) {
    if (!exportName.endsWith('Schema')) continue;
    if (!(value instanceof z.core.$ZodObject || value instanceof z.core.$ZodUnion || value instanceof z.core.$ZodEnum)) continue;
    const name = exportName.slice(0, -'Schema'.length);
    registry.add(value, { id: name.charAt(0).toUpperCase() + name.slice(1) });
  }
  return registry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rewrite every `$ref` of a JSON value. */
function mapRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, rewrite));
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = key === '$ref' && typeof item === 'string' ? rewrite(item) : mapRefs(item, rewrite);
  }
  return result;
}

function collectRefs(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, into));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') into.add(item);
      else collectRefs(item, into);
    }
  }
  return into;
}

const componentRef = (name: string) => `#/components/schemas/${name}`;
const inputName = (name: string) => `${name}Input`;

/**
 * Converts request (io `input`) and answer (io `output`) schemas, hoisting named parts into
 * `components.schemas`. A schema whose input differs from its output (defaults make fields
 * optional on the way in) gets a second component, `<Name>Input`.
 */
class SchemaCollector {
  private readonly registry = contractRegistry();
  private readonly components: Record<Io, Map<string, JsonSchema>> = { input: new Map(), output: new Map() };

  convert(schema: z.ZodMiniType, io: Io): JsonSchema {
    const converted = z.toJSONSchema(schema, { metadata: this.registry, io, unrepresentable: 'any' });
    const { $schema: _dialect, $defs, ...rest } = converted;
    const rename = (ref: string) => {
      const name = ref.replace('#/$defs/', '');
      return componentRef(io === 'input' ? inputName(name) : name);
    };
    if (isRecord($defs)) {
      for (const [name, definition] of Object.entries($defs)) {
        if (isRecord(definition)) this.components[io].set(name, mapRefs(definition, rename) as JsonSchema);
      }
    }
    return mapRefs(rest, rename) as JsonSchema;
  }

  /** Inline JSON Schema of a schema's own properties (for path and query parameters). */
  properties(schema: z.ZodMiniType): { name: string; schema: JsonSchema; required: boolean }[] {
    const converted = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    const properties = isRecord(converted.properties) ? converted.properties : {};
    const required = new Set(Array.isArray(converted.required) ? converted.required.map(String) : []);
    return Object.entries(properties).map(([name, property]) => ({
      name,
      schema: isRecord(property) ? property : {},
      required: required.has(name),
    }));
  }

  /** Components, with each `<Name>Input` kept only where it really differs from `<Name>`. */
  schemas(): Record<string, JsonSchema> {
    const strip = (value: unknown) =>
      JSON.stringify(mapRefs(value, (ref) => ref.replace(/Input$/, '')));
    const differing = new Set<string>();
    for (const [name, definition] of this.components.input) {
      const output = this.components.output.get(name);
      if (output && strip(output) !== strip(definition)) differing.add(name);
    }
    // A schema that refers to a differing one differs too.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [name, definition] of this.components.input) {
        if (differing.has(name)) continue;
        const refs = [...collectRefs(definition, new Set())].map((ref) => ref.replace(componentRef(''), ''));
        if (refs.some((ref) => ref.endsWith('Input') && differing.has(ref.slice(0, -'Input'.length)))) {
          differing.add(name);
          grew = true;
        }
      }
    }
    const keepInput = (ref: string) => {
      const name = ref.replace(componentRef(''), '');
      if (!name.endsWith('Input')) return ref;
      const base = name.slice(0, -'Input'.length);
      return differing.has(base) ? ref : componentRef(base);
    };
    const result: Record<string, JsonSchema> = {};
    for (const [name, definition] of this.components.output) result[name] = mapRefs(definition, keepInput) as JsonSchema;
    for (const [name, definition] of this.components.input) {
      if (differing.has(name)) result[inputName(name)] = mapRefs(definition, keepInput) as JsonSchema;
      else if (!(name in result)) result[name] = mapRefs(definition, keepInput) as JsonSchema;
    }
    this.rewriteInput = keepInput;
    return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
  }

  rewriteInput: (ref: string) => string = (ref) => ref;
}

/** The section of the contract a path belongs to: an OpenAPI tag, and a section of docs/api.md. */
export function tagOf(path: string): ContractTag {
  const first = path.split('/')[1] ?? '';
  if (first === 'reset') return 'Reset';
  if (first === 'session') return 'Session';
  if (first === 'me') return path.startsWith('/me/security-info') || path.startsWith('/me/registration-prompt') ? 'Security info' : 'Session';
  if (first === 'admin') return 'Admin';
  if (first === 'dev') return 'Dev';
  return 'Public';
}

function problemAnswer(codes: ProblemCode[]) {
  const schema = {
    allOf: [{ $ref: componentRef('Problem') }, { type: 'object', properties: { code: { type: 'string', enum: codes } } }],
  };
  return {
    description: codes.map((code) => `\`${code}\``).join(', '),
    content: { 'application/problem+json': { schema } },
    ...(codes.includes('throttled')
      ? { headers: { 'Retry-After': { description: 'Seconds until a retry may succeed', schema: { type: 'integer', minimum: 0 } } } }
      : {}),
  };
}

/**
 * Signed-in calls need the Bearer token; a public call that may answer `unauthenticated` takes one
 * optionally; every other call says explicitly that it needs none (`security: []`).
 */
function securityOf(endpoint: EndpointDefinition) {
  if (endpoint.auth === 'user' || endpoint.auth === 'admin') return { security: [{ bearerAuth: [] }] };
  if (endpoint.errors.includes('unauthenticated')) return { security: [{}, { bearerAuth: [] }] };
  return { security: [] };
}

const tagDescriptions: Record<ContractTag, string> = {
  Public: 'Anyone may call these: the branding, the password rules and the CAPTCHA.',
  Reset: 'Self-service password reset: a flow of challenges (codes, questions, app), then a new password or an unlock.',
  Session: 'Signing in and out, and who is signed in.',
  'Security info': 'What a signed-in person registers for reset: e-mail, phones, the authenticator app and questions.',
  Admin: 'The admin console: policy, branding, the directory, reports and audit. Needs an admin role.',
  Dev: 'The mock backend only (the demo panel and tests): the outbox, the clock, faults. Absent from a real backend.',
};

function operationOf(name: EndpointName, endpoint: EndpointDefinition, schemas: SchemaCollector) {
  const parameters = [
    ...(endpoint.params ? schemas.properties(endpoint.params).map((parameter) => ({ ...parameter, in: 'path' as const, required: true })) : []),
    ...(endpoint.query ? schemas.properties(endpoint.query).map((parameter) => ({ ...parameter, in: 'query' as const })) : []),
  ].map(({ name: parameterName, in: location, required, schema }) => ({ name: parameterName, in: location, required, schema }));

  let requestBody: Record<string, unknown> | undefined;
  if (endpoint.body === 'csv') {
    requestBody = { required: true, content: { 'text/csv': { schema: { type: 'string' } } } };
  } else if (endpoint.body) {
    requestBody = {
      required: !endpoint.body.safeParse(undefined).success,
      content: { 'application/json': { schema: schemas.convert(endpoint.body, 'input') } },
    };
  }

  const success: Record<string, unknown> = { description: statusText[endpoint.status] ?? 'Success' };
  if (endpoint.response) {
    success.content = {
      'application/json': { schema: schemas.convert(endpoint.response, 'output') },
      ...(endpoint.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
    };
  }

  // Every endpoint may answer invalid_request and internal; a body may be too large.
  const codes = new Set<ProblemCode>(['invalid_request', 'internal']);
  for (const code of endpoint.errors) codes.add(code);
  if (endpoint.body) codes.add('payload_too_large');
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const status = problemStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = { [String(endpoint.status)]: success };
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) responses[String(status)] = problemAnswer(statusCodes);

  return {
    operationId: name,
    summary: endpoint.summary,
    tags: [tagOf(endpoint.path)],
    ...(endpoint.auth === 'dev' ? { description: 'Mock backend only; absent from a real backend.' } : {}),
    ...securityOf(endpoint),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the whole contract, generated from the endpoint table. */
export function buildOpenApiDocument() {
  const schemas = new SchemaCollector();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint: EndpointDefinition = endpoints[name];
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operationOf(name, endpoint, schemas);
  }
  const problem = schemas.convert(problemSchema, 'output');
  const components = schemas.schemas();
  if (!('Problem' in components)) components.Problem = problem;
  const document = {
    openapi: '3.1.1',
    info: {
      title: 'Password Portal API',
      version: '1.0.0',
      description:
        'Self-service password reset, security-info registration, password change and the admin console. ' +
        'Every non-2xx answer is application/problem+json. The Dev operations exist only in the mock backend.',
      // The project is private (package.json); say so rather than leave the licence open.
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: apiBasePath }],
    tags: contractTags.map((name) => ({ name, description: tagDescriptions[name] })),
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
  };
  // Requests may point at `<Name>Input` components that turned out equal to `<Name>`.
  return mapRefs(document, schemas.rewriteInput) as typeof document;
}
