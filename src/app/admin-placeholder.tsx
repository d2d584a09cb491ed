import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Page, PageHeading, Panel, useDocumentTitle } from '@/components/layout';

/** Stands in for the admin console until `@/features/admin` exports `AdminApp`. */
export function AdminPlaceholder() {
  const { t } = useTranslation();
  useDocumentTitle(t('titles.admin'));
  return (
    <Page>
      <Panel>
        <PageHeading>{t('titles.admin')}</PageHeading>
        <Text as="p">{t('common.loading')}</Text>
      </Panel>
    </Page>
  );
}
