import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError, type Violation } from '@/api/problem';

export interface ServerViolationsOptions<T extends FieldValues> {
  /**
   * The fields that show errors. A violation goes to the first one its field equals or lies
   * under (`questions.custom.3` → `questions.custom`); one that matches none goes to the form's
   * root (`errors.root.server`).
   */
  fields: readonly Path<T>[];
  /** A violation in words, for the field it landed on; `sent` is what the form sent, if given to `apply`. */
  describe: (violation: Violation, field: Path<T> | 'root.server', sent: T | undefined) => string;
}

/**
 * The one way server violations reach a form: `apply(error)` puts each on its field with
 * `setError` (the kit's fields show them like their own checks), moves focus to the first, and
 * keeps their number for a summary. It returns false for any other error.
 */
export function useServerViolations<T extends FieldValues>(form: UseFormReturn<T>, { fields, describe }: ServerViolationsOptions<T>) {
  const [count, setCount] = useState(0);
  function apply(error: unknown, sent?: T): boolean {
    if (!isApiError(error) || error.code !== 'validation_failed') return false;
    const messages = new Map<Path<T> | 'root.server', string[]>();
    for (const violation of error.violations) {
      const field = fields.find((name) => violation.field === name || violation.field?.startsWith(`${name}.`)) ?? 'root.server';
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
