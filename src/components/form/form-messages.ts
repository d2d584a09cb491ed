import type { TFunction } from 'i18next';
import { z } from 'zod/mini';
import { violationSchema, type Violation } from '@/api';
import { describeViolation } from '@/i18n';

/**
 * Form errors travel as a violation encoded in the message, the same code-with-params shape
 * the server uses, so the field words it in the current language when it renders.
 */
export function violationMessage(code: string, params?: Record<string, string | number>): string {
  return JSON.stringify(params ? { code, params } : { code });
}

export function violationFromMessage(message: string | undefined): Violation | null {
  if (!message || !message.startsWith('{')) return null;
  try {
    const parsed = violationSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A field's error in words: an encoded violation is described, anything else shown as is. */
export function wordFieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const violation = violationFromMessage(message);
  return violation ? describeViolation(t, violation) : message;
}

function inputLength(input: unknown): number {
  return typeof input === 'string' ? input.length : 0;
}

/** zod issues as violation codes (`formResolver` passes it to the form schema's parse). */
export const formErrorMap = (issue: { code: string; input?: unknown; minimum?: unknown; maximum?: unknown; format?: unknown; origin?: unknown }): string => {
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    return min <= 1 ? violationMessage('required') : violationMessage('too_short', { min, actual: inputLength(issue.input) });
  }
  if (issue.code === 'too_big') return violationMessage('too_long', { max: Number(issue.maximum), actual: inputLength(issue.input) });
  if (issue.code === 'invalid_format' && issue.format === 'email') return violationMessage('invalid_email');
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null || issue.input === '')) return violationMessage('required');
  return violationMessage(issue.code);
};

/** A required text field that says so in the person's language. */
export const requiredText = () => z.string().check(z.trim(), z.minLength(1, violationMessage('required')));
