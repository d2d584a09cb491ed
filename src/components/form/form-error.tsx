import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/i18n';

/** A problem that belongs to the whole form (not one field), announced when it appears. */
export function FormError({ error, message }: { error?: unknown; message?: string }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message ?? describeProblem(t, error)}</MessageBarBody>
    </MessageBar>
  );
}
