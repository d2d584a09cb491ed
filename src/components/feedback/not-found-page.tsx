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
        <p>{t('notFound.body')}</p>
        <RouterLink to="/">{t('common.home')}</RouterLink>
      </Panel>
    </Page>
  );
}
