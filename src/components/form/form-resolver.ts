import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';
import { formErrorMap } from './form-messages';

/**
 * react-hook-form's resolver for a zod/mini form schema, with the form's messages
 * (`formErrorMap`): what `zodResolver(schema, { error: formErrorMap })` of @hookform/resolvers
 * did, without its branches for zod 3 and zod classic, which every form page loaded before it
 * worked (issue 9). One message per field: its first issue (a union's: the first of its first
 * option).
 */
export function formResolver<T extends z.ZodMiniType<unknown, FieldValues>>(schema: T): Resolver<z.input<T>, unknown, z.output<T>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values, { error: formErrorMap });
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: toNestErrors(firstIssues(result.error.issues), options) };
  };
}

function firstIssues(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  const queue = [...issues];
  for (let issue = queue.shift(); issue; issue = queue.shift()) {
    const path = issue.path.join('.');
    if (issue.code === 'invalid_union') {
      const first = issue.errors[0]?.[0];
      errors[path] ??= first ? { message: first.message, type: first.code } : { message: issue.message, type: issue.code };
      for (const option of issue.errors) queue.push(...option);
    } else {
      errors[path] ??= { message: issue.message, type: issue.code };
    }
  }
  return errors;
}
