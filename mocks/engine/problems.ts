import type { ProblemCode, ProblemRow, Violation } from '@/api';
import { ProblemError } from './operations';

/** Shorthands for the expected failures of docs/api.md. */
export function problem(
  status: number,
  code: ProblemCode,
  title: string,
  extra: { violations?: Violation[]; retryAfterSeconds?: number; rows?: ProblemRow[]; attemptsRemaining?: number } = {},
): ProblemError {
  return new ProblemError(status, code, title, extra);
}

export const notFound = (what = 'Not found') => problem(404, 'not_found', what);
export const conflict = (title: string) => problem(409, 'conflict', title);
export const forbidden = (title = 'An admin role is required') => problem(403, 'forbidden', title);
export const unauthenticated = () => problem(401, 'unauthenticated', 'Sign in first');
export const validationFailed = (violations: Violation[]) =>
  problem(422, 'validation_failed', 'Some values are not valid', { violations });
export const passwordPolicy = (violations: Violation[]) =>
  problem(422, 'password_policy', 'The password does not meet the rules', { violations });
export const throttled = (retryAfterSeconds: number, title = 'Too many attempts') =>
  problem(429, 'throttled', title, { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
export const internal = (title = 'Internal error') => problem(500, 'internal', title);
