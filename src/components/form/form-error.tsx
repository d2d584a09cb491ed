import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useFocusOnAppear } from '@/components/layout';
import { describeProblem } from '@/i18n';

/**
 * A problem that belongs to the whole form (not one field), announced when it appears. It takes
 * focus when it is the result of the person's action (focus was in its form, or fell to the body).
 */
export function FormError({ error, message }: { error?: unknown; message?: string }) {
  const { t } = useTranslation();
  const shown = message ?? error;
  const ref = useFocusOnAppear<HTMLDivElement>(shown, { onlyFromWithin: true });
  if (!error && !message) return null;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="error" role="alert">
      <MessageBarBody>{message ?? describeProblem(t, error)}</MessageBarBody>
    </MessageBar>
  );
}
