import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isUnreachable } from '@/api';
import { describeProblem } from '@/i18n';
import { PageHeading, Panel } from '../layout';

/**
 * A failed load with a way to try again, in place. An API that can't be reached (no backend, a
 * refused connection) says so in its title: "The service can't be reached". `asPageHeading`: the
 * error takes a whole step's place, so it is a step's panel, and its title is the page's heading
 * (which takes focus, as a step's heading does) instead of the message's.
 */
export function ErrorState({
  error,
  onRetry,
  asPageHeading = false,
}: {
  error: unknown;
  onRetry?: () => void;
  asPageHeading?: boolean;
}) {
  const { t } = useTranslation();
  const unreachable = isUnreachable(error);
  const message = (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        {unreachable && !asPageHeading && <MessageBarTitle>{t('errors.unreachableHeading')}</MessageBarTitle>}
        {describeProblem(t, error)}
      </MessageBarBody>
      {onRetry && (
        <Button appearance="secondary" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </MessageBar>
  );
  if (!asPageHeading) return message;
  return (
    <Panel>
      <PageHeading>{unreachable ? t('errors.unreachableHeading') : t('errors.heading')}</PageHeading>
      {message}
    </Panel>
  );
}
