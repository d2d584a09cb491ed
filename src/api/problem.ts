import { z } from 'zod/mini';

/** Every error code of docs/api.md; the client words each one per language. */
export const problemCodes = [
  'invalid_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'account_locked',
  'sspr_disabled',
  'not_in_group',
  'not_licensed',
  'not_registered',
  'writeback_disabled',
  'not_found',
  'conflict',
  'flow_expired',
  'payload_too_large',
  'captcha_failed',
  'invalid_code',
  'code_expired',
  'phone_mismatch',
  'wrong_answers',
  'password_policy',
  'validation_failed',
  'throttled',
  'internal',
] as const;
export const problemCodeSchema = z.enum(problemCodes);
export type ProblemCode = z.infer<typeof problemCodeSchema>;

/** Eligibility reasons, in the order PRODUCT.md checks them. */
export const eligibilityReasons = [
  'sspr_disabled',
  'not_in_group',
  'not_licensed',
  'not_registered',
  'writeback_disabled',
] as const;
export const eligibilityReasonSchema = z.enum(eligibilityReasons);
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;

/** Password rule codes: `violations[].code` of a `password_policy` problem. */
export const passwordViolationCodes = [
  'too_short',
  'too_long',
  'too_few_classes',
  'invalid_character',
  'banned',
  'same_as_current',
  'in_history',
  'wrong_current_password',
] as const;
export const passwordViolationCodeSchema = z.enum(passwordViolationCodes);
export type PasswordViolationCode = z.infer<typeof passwordViolationCodeSchema>;

export const violationParamsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

/**
 * One rule failure: a code with parameters, never English text. `field` is set for
 * `invalid_request` and `validation_failed` (a dotted path such as `questions.resetCount`).
 */
export const violationSchema = z.object({
  code: z.string(),
  field: z.optional(z.string()),
  params: z.optional(violationParamsSchema),
});
export type Violation = z.infer<typeof violationSchema>;

/** A violation's parameters as a message's interpolation values: booleans as text, nulls left out. */
export function violationParams(violation: Violation): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(violation.params ?? {})) {
    if (value !== null) params[key] = typeof value === 'boolean' ? String(value) : value;
  }
  return params;
}

/** One row of a CSV import check (`line` counts the header as line 1; `userId` is the userPrincipalName). */
export const problemRowSchema = z.object({
  line: z.number().check(z.int()),
  userId: z.string(),
  ok: z.boolean(),
  violations: z.array(violationSchema),
});
export type ProblemRow = z.infer<typeof problemRowSchema>;

/** The `application/problem+json` body of every non-2xx answer. */
export const problemSchema = z.object({
  status: z.number().check(z.int()),
  code: problemCodeSchema,
  title: z.string(),
  violations: z.optional(z.array(violationSchema)),
  retryAfterSeconds: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** A refused CSV import apply (422 `validation_failed`): every row with its violations. */
  rows: z.optional(z.array(problemRowSchema)),
  /** A wrong code, answers or phone number at reset: how many more failures before resets are blocked. */
  attemptsRemaining: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type Problem = z.infer<typeof problemSchema>;

/** The one error the typed client throws for any non-2xx answer or unparseable payload. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly violations: Violation[];
  readonly retryAfterSeconds: number | undefined;
  /** The rows of a refused CSV import; empty otherwise. */
  readonly rows: ProblemRow[];
  /** How many more failed verifications before a block, when the server says. */
  readonly attemptsRemaining: number | undefined;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.title}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.violations = problem.violations ?? [];
    this.retryAfterSeconds = problem.retryAfterSeconds;
    this.rows = problem.rows ?? [];
    this.attemptsRemaining = problem.attemptsRemaining;
  }

  toProblem(): Problem {
    return {
      status: this.status,
      code: this.code,
      title: this.message,
      ...(this.violations.length > 0 ? { violations: this.violations } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.rows.length > 0 ? { rows: this.rows } : {}),
      ...(this.attemptsRemaining !== undefined ? { attemptsRemaining: this.attemptsRemaining } : {}),
    };
  }
}

/**
 * No API answered: the network failed, or what answered was not our API (a web server's own 404
 * or 502–504, or its HTML page where JSON belongs). Status 0; every screen words it as "the
 * service can't be reached" and offers to try again.
 */
export class UnreachableError extends ApiError {
  /**
   * Something answered, but not our API (a web server's 404, a proxy's 502): asking again at once
   * changes nothing. False when the network failed, where a retry may get through.
   */
  readonly answered: boolean;

  constructor(title: string, answered: boolean) {
    super({ status: 0, code: 'internal', title });
    this.name = 'UnreachableError';
    this.answered = answered;
  }
}

export function unreachableError(title: string, { answered }: { answered: boolean }): UnreachableError {
  return new UnreachableError(title, answered);
}

export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && error.status === 0;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
