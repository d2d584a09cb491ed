import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../scripts/openapi-document';
import { compositionOf, factsOf, propertiesOf, readApiReference, refName } from './openapi-model';

describe('readApiReference', () => {
  const document = buildOpenApiDocument();
  const reference = readApiReference(document);
  const operations = reference.tags.flatMap((tag) => tag.operations);

  it('groups every operation of the contract under its tag, in the order of the tags', () => {
    expect(reference.tags.map((tag) => tag.name)).toEqual([
      'Public',
      'Reset',
      'Session',
      'Security info',
      'Admin',
      'Dev',
    ]);
    const count = Object.values(document.paths).reduce((total, item) => total + Object.keys(item).length, 0);
    expect(operations).toHaveLength(count);
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(count);
    expect(reference.baseUrl).toBe('/api/v1');
    expect(Object.keys(reference.schemas)).toContain('ResetFlow');
  });

  it('reads who may call: `security: []` is nobody signed in, `[{}, bearer]` optional, `[bearer]` needed', () => {
    const security = (id: string) => operations.find((operation) => operation.id === id)?.security;
    expect(security('startReset')).toBe('none');
    expect(security('getMe')).toBe('bearer');
    expect(operations.some((operation) => operation.security === 'optional')).toBe(true);
  });

  it('keeps parameters, the body and every answer of an operation', () => {
    const verify = operations.find((operation) => operation.id === 'verifyChallenge')!;
    expect(verify.method).toBe('POST');
    expect(
      verify.parameters.map((parameter) => `${parameter.in}:${parameter.name}:${parameter.required}`),
    ).toEqual(['path:flowId:true', 'path:challengeId:true']);
    expect(verify.requestBody?.content.map((content) => refName(content.schema))).toEqual([
      'VerifyChallengeRequest',
    ]);
    expect(verify.responses[0]).toMatchObject({ status: '200', description: 'OK' });
    expect(verify.responses.map((response) => response.status)).toContain('429');
  });

  it('shows less, never more, of a document that is not what it expects', () => {
    expect(readApiReference(null)).toEqual({
      title: '',
      version: '',
      description: '',
      baseUrl: '',
      tags: [],
      schemas: {},
    });
    const odd = readApiReference({
      paths: { '/x': { get: { summary: 7, parameters: 'no' }, 'x-extension': {} } },
      security: [{ key: [] }],
    });
    expect(odd.tags).toEqual([
      {
        name: 'default',
        description: '',
        operations: [
          {
            id: 'get-/x',
            method: 'GET',
            path: '/x',
            summary: '',
            description: '',
            security: 'bearer',
            parameters: [],
            requestBody: null,
            responses: [],
          },
        ],
      },
    ]);
  });
});

describe('schema facts', () => {
  it('reads types, bounds, enums, properties and compositions', () => {
    expect(
      factsOf({ type: ['string', 'null'], minLength: 1, maxLength: 200, format: 'email' }),
    ).toMatchObject({
      types: ['string', 'null'],
      minLength: 1,
      maxLength: 200,
      format: 'email',
      hasConst: false,
      hasDefault: false,
    });
    expect(factsOf({ enum: ['a', 'b'], default: 'a' })).toMatchObject({
      enumValues: ['a', 'b'],
      hasDefault: true,
      defaultValue: 'a',
    });
    expect(propertiesOf({ properties: { a: { type: 'string' }, b: {} }, required: ['a'] })).toEqual([
      { name: 'a', schema: { type: 'string' }, required: true },
      { name: 'b', schema: {}, required: false },
    ]);
    expect(compositionOf({ anyOf: [{ type: 'string' }, 3] })).toEqual({
      kind: 'anyOf',
      parts: [{ type: 'string' }, {}],
    });
    expect(compositionOf({ type: 'string' })).toBeNull();
    expect(refName({ $ref: '#/components/schemas/User' })).toBe('User');
    expect(refName({})).toBeNull();
  });
});
