import { useTranslation } from 'react-i18next';
import { Page, PageHeading, Panel, PortalLink, useDocumentTitle } from '../layout';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('titles.notFound'));
  return (
    <Page>
      <Panel>
        <PageHeading>{t('notFound.heading')}</PageHeading>
        <p>{t('notFound.body')}</p>
        <PortalLink to="/">{t('common.home')}</PortalLink>
      </Panel>
    </Page>
  );
}
