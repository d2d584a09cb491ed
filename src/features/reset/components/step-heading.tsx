import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ResetFlow } from '@/api';
import { PageHeading } from '@/components/layout';
import { dateTimeFormat } from '@/i18n';

/** "Verification step 1 of 2" and until when the reset lasts. */
export function StepHeading({ flow }: { flow: ResetFlow }) {
  const { t } = useTranslation();
  const expiresAt = new Date(flow.expiresAt);
  return (
    <>
      <PageHeading>
        {flow.gatesRequired > 1
          ? t('reset.verifyHeading', { step: Math.min(flow.gatesPassed + 1, flow.gatesRequired), total: flow.gatesRequired })
          : t('reset.verifyHeadingOne')}
      </PageHeading>
      <Text as="p" size={200}>
        {t('reset.expiresAt', { time: expiresAt, formatParams: { time: dateTimeFormat(expiresAt) } })}
      </Text>
    </>
  );
}
