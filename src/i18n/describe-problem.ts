import type { TFunction } from 'i18next';
import { eligibilityReasonSchema, isApiError, problemCodeSchema, violationParams, type EligibilityReason, type Violation } from '@/api';

/** When a date is today only the time matters; otherwise the date too. */
export function dateTimeFormat(date: Date, now: Date = new Date()): Intl.DateTimeFormatOptions {
  return date.toDateString() === now.toDateString() ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
}

/**
 * The person's own locale for dates and numbers: the browser's preferred tag of the page's
 * language (en-GB writes "5 Dec, 17:55", en-US "Dec 5, 5:55 PM"), else the language itself.
 */
export function personLocale(language: string): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === language.toLowerCase()) ?? language;
}

/** "24 hours", "3 days", "45 minutes" in the locale: the largest unit that reads naturally. */
function describeDuration(locale: string, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] =
    minutes >= 72 * 60 ? [Math.round(minutes / (24 * 60)), 'day'] : minutes > 120 ? [Math.round(minutes / 60), 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * Until when a wait lasts, from a problem's retryAfterSeconds: "Try again after 14:05 (in 60
 * minutes)" for a short one; a block says how long and until when, "for 24 hours, until 5 Dec, 17:55".
 */
export function describeRetryAfter(t: TFunction, retryAfterSeconds: number, now: Date = new Date()): string {
  const until = new Date(now.getTime() + retryAfterSeconds * 1000);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const options = { until, formatParams: { until: dateTimeFormat(until, now) } };
  if (minutes <= 120) return t('common.untilIn', { ...options, count: minutes });
  const locale = personLocale(t('common.locale'));
  const when = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(until);
  return t('common.blockedFor', { duration: describeDuration(locale, retryAfterSeconds), until: when });
}

/** One rule or validation failure in the person's language, with its parameters. */
export function describeViolation(t: TFunction, violation: Violation): string {
  const key = `violations.${violation.code}`;
  const params = violationParams(violation);
  if (violation.code !== 'fallback' && violation.code !== 'fallbackField' && t(key, { defaultValue: '' }) !== '') {
    // The key is built from a code the server sent: checked above, so the default never shows.
    return t(key, { ...params, defaultValue: '' });
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
  const parts: string[] = [isEligibilityReason(code) ? t(`reasons.${code}.body`) : t(`problems.${code}`)];
  if (code === 'password_policy' || code === 'validation_failed') {
    parts.push(...error.violations.map((violation) => describeViolation(t, violation)));
  }
  if (code === 'throttled' && error.retryAfterSeconds !== undefined) {
    parts.push(describeRetryAfter(t, error.retryAfterSeconds));
  }
  // A wrong code, answer or number at reset: a warning before the block, not after it.
  if (error.attemptsRemaining !== undefined && error.attemptsRemaining > 0) {
    parts.push(t('common.attemptsRemaining', { count: error.attemptsRemaining }));
  }
  return parts.join(' ');
}
