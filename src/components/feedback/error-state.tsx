import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isUnreachable } from '@/api';
import { describeProblem } from '@/i18n';

/**
 * A failed load with a way to try again, in place. An API that can't be reached (no backend, a
 * refused connection) says so in its title: "The service can't be reached".
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        {isUnreachable(error) && <MessageBarTitle>{t('errors.unreachableHeading')}</MessageBarTitle>}
        {describeProblem(t, error)}
      </MessageBarBody>
      {onRetry && (
        <Button appearance="secondary" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </MessageBar>
  );
}
