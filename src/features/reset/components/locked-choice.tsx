import { Button, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ResetFlow } from '@/api';
import { FormError } from '@/components/form';
import { Actions, PageHeading, Panel } from '@/components/layout';
import { useUnlockAccount } from '../api/unlock-account';
import { flowEndFrom, type FlowEnd } from '../flow-end';

export interface LockedChoiceProps {
  flow: ResetFlow;
  onReset(): void;
  onDone(flow: ResetFlow): void;
  onEnded(end: FlowEnd): void;
}

/** On-premises accounts that are locked out: unlock only, or reset and unlock. */
export function LockedChoice({ flow, onReset, onDone, onEnded }: LockedChoiceProps) {
  const { t } = useTranslation();
  const unlock = useUnlockAccount();
  return (
    <Panel>
      <PageHeading>{t('reset.lockedHeading')}</PageHeading>
      <Text as="p">{t('reset.lockedIntro')}</Text>
      <FormError error={unlock.isError && !flowEndFrom(unlock.error, flow.flowId) ? unlock.error : undefined} />
      <Actions>
        <Button
          appearance="primary"
          disabled={unlock.isPending}
          onClick={() =>
            unlock.mutate(flow.flowId, {
              onSuccess: onDone,
              onError: (error) => {
                const end = flowEndFrom(error, flow.flowId);
                if (end) onEnded(end);
              },
            })
          }
        >
          {t('reset.unlockOnly')}
        </Button>
        <Button appearance="secondary" onClick={onReset}>
          {t('reset.resetAndUnlock')}
        </Button>
      </Actions>
    </Panel>
  );
}
