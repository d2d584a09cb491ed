import { HttpResponse } from 'msw';
import type { Problem, Violation } from '@/api';
import type { z } from 'zod';

/** Every non-2xx answer: `application/problem+json`, with `Retry-After` when the problem says when. */
export function problemResponse(problem: Problem): HttpResponse<string> {
  const headers = new Headers({ 'Content-Type': 'application/problem+json' });
  if (problem.retryAfterSeconds !== undefined) headers.set('Retry-After', String(problem.retryAfterSeconds));
  return new HttpResponse(JSON.stringify(problem), { status: problem.status, headers });
}

export function invalidRequest(violations: Violation[], title = 'The request is not valid'): HttpResponse<string> {
  return problemResponse({ status: 400, code: 'invalid_request', title, violations });
}

export const internalProblem: Problem = { status: 500, code: 'internal', title: 'Something went wrong on our side' };

type ZodIssue = z.core.$ZodIssue;
type ViolationParams = NonNullable<Violation['params']>;

function fieldOf(path: readonly PropertyKey[], fallback: string): string {
  return path.length === 0 ? fallback : path.map(String).join('.');
}

/** The parameters a zod issue gives its violation (its bound, format or allowed values). */
function issueParams(issue: ZodIssue): ViolationParams | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected };
    case 'too_big':
      return { max: Number(issue.maximum) };
    case 'too_small':
      return { min: Number(issue.minimum) };
    case 'invalid_format':
      return { format: issue.format };
    case 'invalid_value':
      return { allowed: issue.values.map(String).join('|') };
    default:
      return undefined;
  }
}

/**
 * Zod issues → `violations: [{code, field}]`, one per field (dotted path), so a client can put
 * each on the form field that caused it. `fallback` names the part (body, query, params) when
 * the issue is about the whole of it.
 */
export function violationsFromIssues(issues: readonly ZodIssue[], fallback: string, prefix: readonly PropertyKey[] = []): Violation[] {
  const violations: Violation[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) violations.push({ code: 'unknown_field', field: fieldOf([...path, key], fallback) });
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch the input came closest to: its issues name real fields.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      violations.push(...violationsFromIssues(closest, fallback, path));
    } else {
      const params = issueParams(issue);
      violations.push({ code: issue.code, field: fieldOf(path, fallback), ...(params ? { params } : {}) });
    }
  }
  return violations;
}
