import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError, type ProblemCode, type Violation } from '@/api/problem';

type Target<T extends FieldValues> = Path<T> | 'root.server';

export interface ServerViolationsOptions<T extends FieldValues> {
  /**
   * The fields that show errors, in the order focus looks for the first. A violation goes to
   * the first one its field equals or lies under (`questions.custom.3` → `questions.custom`);
   * one that matches none goes to the form's root (`errors.root.server`).
   */
  fields: readonly Path<T>[];
  /** Where a violation goes when its own `field` does not say (a password rule has none). */
  fieldOf?: (violation: Violation) => Path<T> | undefined;
  /** A violation in words, for the field it landed on; `sent` is what the form sent, if given to `apply`. */
  describe: (violation: Violation, field: Target<T>, sent: T | undefined) => string;
  /** The problems whose violations belong to fields; default `validation_failed`. */
  problems?: readonly ProblemCode[];
}

/**
 * The one way server violations reach a form: `apply(error)` puts each on its field with
 * `setError` (the kit's fields show them like their own checks), moves focus to the first, and
 * keeps their number for a summary. It returns false for any other error.
 */
export function useServerViolations<T extends FieldValues>(form: UseFormReturn<T>, options: ServerViolationsOptions<T>) {
  const { fields, fieldOf, describe, problems = ['validation_failed'] } = options;
  const [count, setCount] = useState(0);
  function targetOf(violation: Violation): Target<T> {
    const named = fields.find((name) => violation.field === name || violation.field?.startsWith(`${name}.`));
    return named ?? fieldOf?.(violation) ?? 'root.server';
  }
  function apply(error: unknown, sent?: T): boolean {
    if (!isApiError(error) || !problems.includes(error.code)) return false;
    const messages = new Map<Target<T>, string[]>();
    for (const violation of error.violations) {
      const field = targetOf(violation);
      messages.set(field, [...(messages.get(field) ?? []), describe(violation, field, sent)]);
    }
    for (const [field, words] of messages) form.setError(field, { type: 'server', message: words.join(' ') });
    setCount(error.violations.length);
    const first = fields.find((name) => messages.has(name));
    if (first) form.setFocus(first);
    return true;
  }
  function clear() {
    setCount(0);
    form.clearErrors();
  }
  return { apply, clear, count };
}
