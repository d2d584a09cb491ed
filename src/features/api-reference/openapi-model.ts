/**
 * The parts of an OpenAPI 3.1 document this reference reads, narrowed from JSON without a schema
 * library: the page only displays what it finds, so anything unexpected is shown as less, never
 * trusted as more.
 */
export type JsonSchema = Record<string, unknown>;

export interface ApiParameter {
  name: string;
  in: string;
  required: boolean;
  schema: JsonSchema;
}

export interface ApiContent {
  mediaType: string;
  schema: JsonSchema;
}

export interface ApiResponse {
  status: string;
  description: string;
  content: ApiContent[];
}

/** Who may call: no one needs to sign in, a signed-in person (Bearer), or either. */
export type ApiSecurity = 'none' | 'bearer' | 'optional';

export interface ApiOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  security: ApiSecurity;
  parameters: ApiParameter[];
  requestBody: { required: boolean; content: ApiContent[] } | null;
  responses: ApiResponse[];
}

export interface ApiTag {
  name: string;
  description: string;
  operations: ApiOperation[];
}

export interface ApiReference {
  title: string;
  version: string;
  description: string;
  baseUrl: string;
  tags: ApiTag[];
  schemas: Record<string, JsonSchema>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const record = (value: unknown) => (isRecord(value) ? value : {});
const list = (value: unknown) => (Array.isArray(value) ? value : []);

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

function contentOf(value: unknown): ApiContent[] {
  return Object.entries(record(value)).map(([mediaType, media]) => ({
    mediaType,
    schema: record(record(media).schema),
  }));
}

/** An empty requirement (`{}`) means "no sign-in"; beside a scheme it makes the scheme optional. */
function securityOf(operation: Record<string, unknown>, fallback: unknown): ApiSecurity {
  const requirements = list(operation.security ?? fallback).map(record);
  if (requirements.length === 0) return 'none';
  const anonymous = requirements.some((requirement) => Object.keys(requirement).length === 0);
  const signedIn = requirements.some((requirement) => Object.keys(requirement).length > 0);
  if (!signedIn) return 'none';
  return anonymous ? 'optional' : 'bearer';
}

function operationOf(
  path: string,
  method: string,
  value: Record<string, unknown>,
  globalSecurity: unknown,
): ApiOperation {
  const body = isRecord(value.requestBody) ? value.requestBody : null;
  return {
    id: text(value.operationId) || `${method}-${path}`,
    method: method.toUpperCase(),
    path,
    summary: text(value.summary),
    description: text(value.description),
    security: securityOf(value, globalSecurity),
    parameters: list(value.parameters)
      .filter(isRecord)
      .map((parameter) => ({
        name: text(parameter.name),
        in: text(parameter.in),
        required: parameter.required === true,
        schema: record(parameter.schema),
      })),
    requestBody: body ? { required: body.required === true, content: contentOf(body.content) } : null,
    responses: Object.entries(record(value.responses)).map(([status, response]) => ({
      status,
      description: text(record(response).description),
      content: contentOf(record(response).content),
    })),
  };
}

/** The document's operations grouped by their first tag, in the order of the document's tags. */
export function readApiReference(document: unknown): ApiReference {
  const root = record(document);
  const info = record(root.info);
  const tags = new Map<string, ApiTag>();
  for (const tag of list(root.tags).filter(isRecord)) {
    tags.set(text(tag.name), { name: text(tag.name), description: text(tag.description), operations: [] });
  }
  for (const [path, item] of Object.entries(record(root.paths))) {
    for (const [method, operation] of Object.entries(record(item))) {
      if (!methods.includes(method) || !isRecord(operation)) continue;
      const tagName = text(list(operation.tags)[0]) || 'default';
      if (!tags.has(tagName)) tags.set(tagName, { name: tagName, description: '', operations: [] });
      tags.get(tagName)!.operations.push(operationOf(path, method, operation, root.security));
    }
  }
  return {
    title: text(info.title),
    version: text(info.version),
    description: text(info.description),
    baseUrl: text(record(list(root.servers)[0]).url),
    tags: [...tags.values()].filter((tag) => tag.operations.length > 0),
    schemas: Object.fromEntries(
      Object.entries(record(record(root.components).schemas)).map(([name, schema]) => [name, record(schema)]),
    ),
  };
}

/** `#/components/schemas/ResetFlow` → `ResetFlow`. */
export function refName(schema: JsonSchema): string | null {
  const ref = text(schema.$ref);
  return ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : ref || null;
}

/** A schema's own facts (type, bounds, format, pattern), in the document's words, for one line. */
export interface SchemaFacts {
  types: string[];
  enumValues: unknown[] | null;
  constValue: unknown;
  hasConst: boolean;
  format: string;
  pattern: string;
  min: number | null;
  max: number | null;
  minLength: number | null;
  maxLength: number | null;
  minItems: number | null;
  maxItems: number | null;
  defaultValue: unknown;
  hasDefault: boolean;
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

export function factsOf(schema: JsonSchema): SchemaFacts {
  const type = schema.type;
  return {
    types: Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [],
    enumValues: Array.isArray(schema.enum) ? schema.enum : null,
    constValue: schema.const,
    hasConst: 'const' in schema,
    format: text(schema.format),
    pattern: text(schema.pattern),
    min: numberOrNull(schema.minimum),
    max: numberOrNull(schema.maximum),
    minLength: numberOrNull(schema.minLength),
    maxLength: numberOrNull(schema.maxLength),
    minItems: numberOrNull(schema.minItems),
    maxItems: numberOrNull(schema.maxItems),
    defaultValue: schema.default,
    hasDefault: 'default' in schema,
  };
}

/** The properties of an object schema, required ones first as the document lists them. */
export function propertiesOf(schema: JsonSchema): { name: string; schema: JsonSchema; required: boolean }[] {
  const required = new Set(list(schema.required).map(String));
  return Object.entries(record(schema.properties)).map(([name, property]) => ({
    name,
    schema: record(property),
    required: required.has(name),
  }));
}

/** The alternatives of `anyOf`/`oneOf`, or the parts of `allOf`. */
export function compositionOf(
  schema: JsonSchema,
): { kind: 'allOf' | 'anyOf' | 'oneOf'; parts: JsonSchema[] } | null {
  for (const kind of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[kind])) return { kind, parts: schema[kind].map(record) };
  }
  return null;
}
