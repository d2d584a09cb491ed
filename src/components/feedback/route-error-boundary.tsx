import { Button, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router-dom';
import { isApiError } from '@/api';
import { describeProblem } from '@/i18n';
import { Actions, Page, PageHeading, Panel, useDocumentTitle } from '../layout';
import { NotFoundPage } from './not-found-page';

/** Each route's error boundary: a server failure or a broken chunk gets a page, not a blank screen. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  useDocumentTitle(t('titles.error'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Page>
      <Panel>
        <PageHeading>{t('errors.heading')}</PageHeading>
        <Text as="p">{isApiError(error) ? describeProblem(t, error) : t('errors.body')}</Text>
        <Actions>
          <Button appearance="primary" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </Button>
          <RouterLink to="/">{t('common.home')}</RouterLink>
        </Actions>
      </Panel>
    </Page>
  );
}
