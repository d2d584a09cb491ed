import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/i18n';
import { FormStatus } from './form-status';

/**
 * A problem that belongs to the whole form (not one field), announced when it appears; with
 * `focus`, focus moves to it too (where it is the only result of an action).
 */
export function FormError({ error, message, focus = false }: { error?: unknown; message?: string; focus?: boolean }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <FormStatus intent="error" focus={focus}>
      {message ?? describeProblem(t, error)}
    </FormStatus>
  );
}
