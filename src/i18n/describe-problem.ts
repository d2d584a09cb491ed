import type { TFunction } from 'i18next';
import { eligibilityReasonSchema, isApiError, problemCodeSchema, type EligibilityReason, type Violation } from '@/api';

/** When a date is today only the time matters; otherwise the date too. */
export function dateTimeFormat(date: Date, now: Date = new Date()): Intl.DateTimeFormatOptions {
  return date.toDateString() === now.toDateString() ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
}

/** "Try again after 14:05 (in 60 minutes)" from a problem's retryAfterSeconds. */
export function describeRetryAfter(t: TFunction, retryAfterSeconds: number, now: Date = new Date()): string {
  const until = new Date(now.getTime() + retryAfterSeconds * 1000);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const options = { until, formatParams: { until: dateTimeFormat(until, now) } };
  return minutes <= 120 ? t('common.untilIn', { ...options, count: minutes }) : t('common.until', options);
}

function paramsOf(violation: Violation): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(violation.params ?? {})) {
    if (value !== null) params[key] = typeof value === 'boolean' ? String(value) : value;
  }
  return params;
}

/** One rule or validation failure in the person's language, with its parameters. */
export function describeViolation(t: TFunction, violation: Violation): string {
  const key = `violations.${violation.code}`;
  const params = paramsOf(violation);
  if (violation.code !== 'fallback' && violation.code !== 'fallbackField' && t(key, { defaultValue: '' }) !== '') {
    return t(key, params);
  }
  return violation.field
    ? t('violations.fallbackField', { field: violation.field, code: violation.code })
    : t('violations.fallback', { code: violation.code });
}

export function isEligibilityReason(code: string): code is EligibilityReason {
  return eligibilityReasonSchema.safeParse(code).success;
}

/** Any error in plain words: a problem code (with its violations and until when), or a generic line. */
export function describeProblem(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('problems.internal');
  if (error.status === 0) return t('errors.offline');
  const code = problemCodeSchema.parse(error.code);
  const parts = [isEligibilityReason(code) ? t(`reasons.${code}.body`) : t(`problems.${code}`)];
  if (code === 'password_policy' || code === 'validation_failed') {
    parts.push(...error.violations.map((violation) => describeViolation(t, violation)));
  }
  if (code === 'throttled' && error.retryAfterSeconds !== undefined) {
    parts.push(describeRetryAfter(t, error.retryAfterSeconds));
  }
  return parts.join(' ');
}
