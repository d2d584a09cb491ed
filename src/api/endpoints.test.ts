import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callsIn, notImplementedHeading, section } from '../../scripts/api-doc-tables';
import { adminEndpoints, buildPath, devEndpoints, endpoints, peopleEndpoints, type EndpointDefinition } from './endpoints';
import { problemCodes } from './problem';

const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
const notImplemented = section(apiDoc, notImplementedHeading);
const callKey = (call: { method: string; path: string }) => `${call.method} ${call.path}`;

describe('the endpoint table', () => {
  it('names every call of docs/api.md with its method and path', () => {
    const ours = new Set(Object.values(endpoints).map(callKey));
    const documented = callsIn(apiDoc.replace(notImplemented, '')).map(callKey);
    expect(documented.length).toBeGreaterThan(45);
    expect(documented.filter((call) => !ours.has(call))).toEqual([]);
  });

  it('is documented in docs/api.md, every endpoint', () => {
    const documented = new Set(callsIn(apiDoc.replace(notImplemented, '')).map(callKey));
    expect(Object.values(endpoints).map(callKey).filter((call) => !documented.has(call))).toEqual([]);
  });

  it('has no two endpoints on the same method and path', () => {
    const keys = Object.values(endpoints).map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps each area to its own callers: people public or signed in, admin, dev', () => {
    const auths = (table: Record<string, { auth: string }>) =>
      [...new Set(Object.values(table).map((endpoint) => endpoint.auth))].sort();
    expect(auths(peopleEndpoints)).toEqual(['public', 'user']);
    expect(auths(adminEndpoints)).toEqual(['admin']);
    expect(auths(devEndpoints)).toEqual(['dev']);
    expect(Object.keys(endpoints)).toHaveLength(
      Object.keys(peopleEndpoints).length +
        Object.keys(adminEndpoints).length +
        Object.keys(devEndpoints).length,
    );
  });

  it('fills path parameters, encoding them', () => {
    expect(buildPath('/reset/{flowId}/challenges/{challengeId}', { flowId: 'a b', challengeId: 'c' })).toBe(
      '/reset/a%20b/challenges/c',
    );
    expect(() => buildPath('/reset/{flowId}', {})).toThrow(/flowId/);
  });

  it('lists only problem codes as errors, a typo failing the typecheck', () => {
    const known = new Set<string>(problemCodes);
    expect(Object.values(endpoints).flatMap((endpoint) => endpoint.errors.filter((code) => !known.has(code)))).toEqual([]);
    const typo = {
      method: 'GET',
      path: '/typo',
      auth: 'public',
      summary: 'A typo in errors',
      response: null,
      status: 204,
      // @ts-expect-error 'not_foud' is no problem code
      errors: ['not_foud'],
    } satisfies EndpointDefinition;
    expect(typo.errors).toHaveLength(1);
  });
});
