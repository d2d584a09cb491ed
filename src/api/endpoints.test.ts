import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminEndpoints, buildPath, devEndpoints, endpoints, peopleEndpoints } from './endpoints';

const apiDoc = readFileSync(new URL('../../../shared/design/API.md', import.meta.url), 'utf8');

/** `GET /reset/{flowId}` style calls, as API.md writes them in its tables. */
function documentedCalls(): string[] {
  const calls = new Set<string>();
  for (const match of apiDoc.matchAll(
    /`((?:GET|POST|PUT|PATCH|DELETE)(?:\s*\/[^`]*)?)`(?:,\s*`((?:GET|POST|PUT|PATCH|DELETE)[^`]*)`)?/g,
  )) {
    for (const raw of [match[1], match[2]]) {
      if (!raw) continue;
      const [method, rawPath] = raw.split(/\s+/);
      if (!rawPath) continue;
      const path = rawPath.split('?')[0]!;
      // `{email|mobilePhone|app}` names three concrete paths.
      const alternatives = /\{([a-zA-Z]+(?:\|[a-zA-Z]+)+)\}/.exec(path);
      if (alternatives) {
        for (const kind of alternatives[1]!.split('|'))
          calls.add(`${method} ${path.replace(alternatives[0], kind)}`);
      } else {
        calls.add(`${method} ${path}`);
      }
    }
  }
  return [...calls];
}

describe('the endpoint table', () => {
  it('names every call of API.md with its method and path', () => {
    const ours = new Set(Object.values(endpoints).map((endpoint) => `${endpoint.method} ${endpoint.path}`));
    const documented = documentedCalls();
    expect(documented.length).toBeGreaterThan(45);
    expect(documented.filter((call) => !ours.has(call))).toEqual([]);
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
});
