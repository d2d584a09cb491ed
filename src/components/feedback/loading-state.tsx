import { Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Something is on its way; announced politely. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <Spinner role="status" label={label ?? t('common.loading')} />;
}
