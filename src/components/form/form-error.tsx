import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/i18n';
import { FormStatus } from './form-status';

/**
 * A problem that belongs to the whole form (not one field), announced when it appears. It takes
 * focus when it is the result of the person's action (focus was in its form, or fell to the
 * body); with `focus`, always (where it is the only result of an action).
 */
export function FormError({ error, message, focus = false }: { error?: unknown; message?: string; focus?: boolean }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <FormStatus intent="error" focus={focus || 'from-within'} result={message ?? error}>
      {message ?? describeProblem(t, error)}
    </FormStatus>
  );
}
