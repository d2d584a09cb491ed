import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpoints, problemCodes, type EndpointDefinition } from '@/api';
import {
  callsIn,
  codeSpans,
  notImplementedHeading,
  regenerate,
  section,
  tableRows,
} from '../../scripts/api-doc-tables';
import { contractTags, problemStatus, tagOf } from '../../scripts/openapi-document';

const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
const notImplemented = section(apiDoc, notImplementedHeading);
const allEndpoints: EndpointDefinition[] = Object.values(endpoints);
const callKey = (call: { method: string; path: string }) => `${call.method} ${call.path}`;

/** The promises of the "Documented, not implemented" list: each item's text up to its first ": ". */
const notImplementedItems = notImplemented
  .split('\n- ')
  .slice(1)
  .map((item) => item.split(': ')[0] ?? item);

function statusOf(code: string): number | undefined {
  return Object.entries(problemStatus).find(([known]) => known === code)?.[1];
}

describe('docs/api.md', () => {
  it('has the tables npm run api:doc writes from the endpoint table', () => {
    expect(regenerate(apiDoc)).toBe(apiDoc);
  });

  it('lists each endpoint in its section with its method, path, success status and every problem code', () => {
    for (const tag of contractTags) {
      const rows = tableRows(section(apiDoc, tag));
      const inSection = allEndpoints.filter((endpoint) => tagOf(endpoint.path) === tag);
      expect(rows, tag).toHaveLength(inSection.length);
      for (const endpoint of inSection) {
        const row = rows.find((cells) =>
          callsIn(cells[0] ?? '').some((call) => callKey(call) === callKey(endpoint)),
        );
        expect(row, callKey(endpoint)).toBeDefined();
        const [, , , , answer = '', problems = ''] = row ?? [];
        expect(answer.split(' ')[0], callKey(endpoint)).toBe(String(endpoint.status));
        expect(codeSpans(problems).sort(), callKey(endpoint)).toEqual([...endpoint.errors].sort());
        for (const code of endpoint.errors)
          expect(problems, `${callKey(endpoint)} ${code}`).toMatch(
            new RegExp(`${statusOf(code)} [^;]*\`${code}\``),
          );
      }
    }
  });

  it('gives every problem code in the Errors table at the status the code answers with, and no code the code lacks', () => {
    const rows = tableRows(section(apiDoc, 'Errors'));
    const documented = rows.flatMap(([status = '', codes = '']) =>
      codeSpans(codes).map((code) => ({ status: Number(status), code })),
    );
    expect(documented.map(({ code }) => code).sort()).toEqual(
      expect.arrayContaining([...problemCodes].sort()),
    );
    const promisedOnly = new Set(codeSpans(notImplemented));
    for (const { status, code } of documented) {
      if (promisedOnly.has(code) && statusOf(code) === undefined) continue;
      expect(statusOf(code), code).toBe(status);
    }
  });

  it('lists under "Documented, not implemented" only what the code does not do', () => {
    for (const item of notImplementedItems) {
      const calls = callsIn(item);
      expect(calls, item).not.toEqual([]);
      const codes = codeSpans(item).filter((span) => !/^(GET|POST|PUT|PATCH|DELETE) /.test(span));
      for (const call of calls) {
        const endpoint = allEndpoints.find((candidate) => callKey(candidate) === callKey(call));
        // A call the table lacks is not implemented; a call it has must lack the code listed.
        if (!endpoint) continue;
        expect(codes, item).not.toEqual([]);
        for (const code of codes) expect(endpoint.errors, `${callKey(call)} ${code}`).not.toContain(code);
      }
    }
  });
});
