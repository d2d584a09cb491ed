import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { endpoints, problemCodes } from '@/api';
import { callsIn, notImplementedHeading, section } from '../../scripts/api-doc-tables';
import { buildOpenApiDocument, problemStatus } from '../../scripts/openapi-document';

const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
const document: unknown = JSON.parse(JSON.stringify(buildOpenApiDocument()));
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${where} is not an object`);
  return value;
}

/** Resolves a local JSON pointer such as `#/components/schemas/User`. */
function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

function refsOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsOf(item, found));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refsOf(item, found);
    }
  }
  return found;
}

interface OperationEntry {
  key: string;
  path: string;
  operation: Record<string, unknown>;
  pathItem: Record<string, unknown>;
}

function operations(): OperationEntry[] {
  const paths = record(record(document, 'document').paths, 'paths');
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const pathItem = record(item, path);
    for (const method of httpMethods) {
      if (method in pathItem) entries.push({ key: `${method} ${path}`, path, operation: record(pathItem[method], `${method} ${path}`), pathItem });
    }
  }
  return entries;
}

/** Problem codes an operation documents: the `code` enums of its problem answers. */
function documentedCodes(operation: Record<string, unknown>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [status, response] of Object.entries(record(operation.responses, 'responses'))) {
    const content = record(record(response, status).content ?? {}, 'content');
    const problem = content['application/problem+json'];
    if (!problem) continue;
    // { allOf: [{ $ref: Problem }, { properties: { code: { enum } } }] }
    const allOf = record(record(problem, status).schema, status).allOf;
    const parts = Array.isArray(allOf) ? allOf.map((part) => record(part, status)) : [];
    expect(parts[0]).toEqual({ $ref: '#/components/schemas/Problem' });
    const code = record(record(parts[1]?.properties ?? {}, status).code ?? {}, status);
    result.set(status, Array.isArray(code.enum) ? code.enum.map(String) : []);
  }
  return result;
}

describe('the OpenAPI document', () => {
  it('passes the OpenAPI 3.1 schema validator, which refuses a broken copy', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(record(document, 'document')));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');

    const broken = structuredClone(record(document, 'document'));
    broken.paths = { 'no-leading-slash': { get: { responses: 'none' } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('has the fields OpenAPI 3.1 requires at the top', () => {
    const root = record(document, 'document');
    expect(root.openapi).toMatch(/^3\.1\.\d+$/);
    const info = record(root.info, 'info');
    expect(typeof info.title).toBe('string');
    expect(typeof info.version).toBe('string');
    expect(Object.keys(record(root.paths, 'paths')).every((path) => path.startsWith('/'))).toBe(true);
    expect(record(record(root.components, 'components').schemas, 'schemas').Problem).toBeDefined();
  });

  it('gives every operation a unique id and responses, each with a description', () => {
    const ids = new Set<string>();
    for (const { key, operation } of operations()) {
      expect(typeof operation.operationId, key).toBe('string');
      expect(ids.has(String(operation.operationId)), key).toBe(false);
      ids.add(String(operation.operationId));
      const responses = record(operation.responses, `${key} responses`);
      expect(Object.keys(responses).length, key).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(responses)) {
        expect(status, key).toMatch(/^[1-5]\d\d$/);
        expect(typeof record(response, `${key} ${status}`).description, `${key} ${status}`).toBe('string');
      }
    }
    expect(ids.size).toBe(Object.keys(endpoints).length);
  });

  it('declares every path parameter of a path template, required, and no others', () => {
    for (const { key, path, operation } of operations()) {
      const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      const parameters = Array.isArray(operation.parameters) ? operation.parameters.map((parameter) => record(parameter, key)) : [];
      for (const parameter of parameters) {
        expect(['path', 'query', 'header', 'cookie'], key).toContain(parameter.in);
        expect(typeof parameter.name, key).toBe('string');
        expect(isRecord(parameter.schema), key).toBe(true);
      }
      const declared = parameters.filter((parameter) => parameter.in === 'path');
      expect(declared.map((parameter) => parameter.name).sort(), key).toEqual(inTemplate);
      expect(declared.every((parameter) => parameter.required === true), key).toBe(true);
    }
  });

  it('resolves every $ref inside the document', () => {
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((ref) => resolvePointer(document, ref) === undefined)).toEqual([]);
  });

  it('uses only declared security schemes: Bearer auth on signed-in calls, optional where a public call may take a token, explicitly none elsewhere', () => {
    const schemes = record(record(record(document, 'document').components, 'components').securitySchemes, 'securitySchemes');
    expect(schemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    for (const { key, operation } of operations()) {
      const endpoint = Object.values(endpoints).find((candidate) => `${candidate.method.toLowerCase()} ${candidate.path}` === key);
      expect(endpoint, key).toBeDefined();
      const needsToken = endpoint?.auth === 'user' || endpoint?.auth === 'admin';
      const mayTakeToken = !needsToken && endpoint?.errors.some((code) => code === 'unauthenticated');
      expect(operation.security, key).toEqual(needsToken ? [{ bearerAuth: [] }] : mayTakeToken ? [{}, { bearerAuth: [] }] : []);
    }
  });

  it('names every call of docs/api.md', () => {
    const ours = new Set(operations().map((entry) => entry.key));
    const documented = callsIn(apiDoc.replace(section(apiDoc, notImplementedHeading), '')).map((call) => `${call.method.toLowerCase()} ${call.path}`);
    expect(documented.length).toBeGreaterThan(45);
    expect(documented.filter((call) => !ours.has(call))).toEqual([]);
  });

  it('documents the success answer and every error code of each endpoint under its status', () => {
    const byKey = new Map(operations().map((entry) => [entry.key, entry.operation]));
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = byKey.get(`${endpoint.method.toLowerCase()} ${endpoint.path}`);
      expect(operation, name).toBeDefined();
      if (!operation) continue;
      const responses = record(operation.responses, name);
      expect(responses[String(endpoint.status)], name).toBeDefined();
      const codes = documentedCodes(operation);
      for (const code of [...endpoint.errors, 'invalid_request', 'internal']) {
        expect(problemCodes, name).toContain(code);
        const status = String(Object.entries(problemStatus).find(([known]) => known === code)?.[1]);
        expect(codes.get(status), `${name} ${code}`).toContain(code);
      }
      if (endpoint.response === null) expect(record(responses[String(endpoint.status)], name).content, name).toBeUndefined();
    }
  });

  it('takes the CSV import as text/csv and offers reports as CSV too', () => {
    const paths = record(record(document, 'document').paths, 'paths');
    const importBody = JSON.stringify(record(record(paths['/admin/auth-data/import'], 'import').post, 'post').requestBody);
    expect(importBody).toContain('text/csv');
    const audit = JSON.stringify(record(record(paths['/admin/audit'], 'audit').get, 'get').responses);
    expect(audit).toContain('text/csv');
  });
});
