import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/i18n';

/** A failed load with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{describeProblem(t, error)}</MessageBarBody>
      {onRetry && (
        <Button appearance="secondary" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </MessageBar>
  );
}
