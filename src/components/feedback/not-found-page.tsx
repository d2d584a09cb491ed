import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Page, PageHeading, Panel, useDocumentTitle } from '../layout';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('titles.notFound'));
  return (
    <Page>
      <Panel>
        <PageHeading>{t('notFound.heading')}</PageHeading>
        <Text as="p">{t('notFound.body')}</Text>
        <RouterLink to="/">{t('common.home')}</RouterLink>
      </Panel>
    </Page>
  );
}
