import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError, type ProblemCode } from '@/api/problem';
import { describeProblem } from '@/i18n';

/** The problems that say the code typed is wrong, spent or gone: they belong on the code field. */
export const codeProblems: readonly ProblemCode[] = ['invalid_code', 'code_expired', 'not_found'];

export function isCodeProblem(error: unknown): error is ApiError {
  return isApiError(error) && codeProblems.includes(error.code);
}

/**
 * The one way a code problem reaches a form: `apply(error)` puts it in words on the code field
 * and moves focus there. It returns false for any other error.
 */
export function useCodeProblems<T extends FieldValues>(form: UseFormReturn<T>, field: Path<T>) {
  const { t } = useTranslation();
  function apply(error: unknown): boolean {
    if (!isCodeProblem(error)) return false;
    form.setError(field, { message: describeProblem(t, error) }, { shouldFocus: true });
    return true;
  }
  return { apply };
}
